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
    /** Bumped by every role or disabled change, so a stale change is a conflict. */
    version: number;
    /** When an admin disabled the account; null while it is enabled. */
    disabled_at: string | null;
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
    /** Updated at most once a minute (see api-token-methods.ts), so lookups stay reads. */
    last_used_at: string | null;
  };
  setup_tokens: {
    token_hash: string;
    expires_at: string;
  };
};
