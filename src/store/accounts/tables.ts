/** The accounts tables as Kysely sees them (timestamps are ISO 8601 text on both databases). */
export type AccountTables = {
  users: {
    id: string;
    username: string;
    username_key: string;
    name: string;
    role: string;
    password_hash: string;
    created_at: string;
  };
  sessions: {
    token_hash: string;
    user_id: string;
    csrf_token: string;
    created_at: string;
    expires_at: string;
  };
  api_tokens: {
    id: string;
    token_hash: string;
    user_id: string;
    name: string;
    created_at: string;
  };
  setup_tokens: {
    token_hash: string;
    expires_at: string;
  };
};
