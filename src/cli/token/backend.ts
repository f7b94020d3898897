import type { Command } from 'commander';
import type { RemoteClient } from '../../store/http/index.js';
import { needsDatabase } from '../../store/http/index.js';
import type { AccountStore, ApiTokenInfo } from '../../store/index.js';
import { cliActor, withDatabase } from '../context.js';
import { CliError } from '../errors.js';
import { remoteTarget } from '../remote-target.js';

/** A token as the CLI shows it: the listing fields plus the owner's username. */
export type TokenRow = ApiTokenInfo & { username: string };

/** What the token verbs need, from a database (any user's tokens) or a server (the caller's own). */
export interface TokenBackend {
  /** Creates a token for `username`; only on a database (a server refuses token creation with a token). */
  create(username: string | undefined, name: string): Promise<TokenRow & { token: string }>;
  list(username: string | undefined): Promise<TokenRow[]>;
  revoke(id: string): Promise<void>;
}

function noUser(username: string): CliError {
  return new CliError(
    `no user named ${JSON.stringify(username)}; create one in the web app or with \`debrief serve\` setup`,
  );
}

/** Tokens straight on the database: whoever can open it acts as an admin (recorded as `cli:<login>`). */
export function databaseTokens(accounts: AccountStore): TokenBackend {
  async function userNamed(username: string) {
    const user = await accounts.findUser(username);
    if (!user) throw noUser(username);
    return user;
  }
  return {
    async create(username, name) {
      if (username === undefined) {
        throw new CliError('--user: expected the username the token acts as (needed without --server)');
      }
      const user = await userNamed(username);
      const created = await accounts.createApiToken(user.id, name, { actor: cliActor() });
      return { ...created, username: user.username };
    },
    async list(username) {
      const users = await accounts.listUsers();
      const owner = username === undefined ? undefined : await userNamed(username);
      const names = new Map(users.map((user) => [user.id, user.username]));
      const tokens = await accounts.listApiTokens(owner?.id);
      return tokens.map((token) => ({ ...token, username: names.get(token.userId) ?? token.userId }));
    },
    async revoke(id) {
      await accounts.revokeApiToken(id, { actor: cliActor() });
    },
  };
}

/**
 * Tokens through a server's API: the caller's own; an admin token may also revoke anyone's. Creating one is
 * refused: a server only lets a signed-in browser session create tokens, so a leaked token cannot mint more.
 */
export function serverTokens(client: RemoteClient): TokenBackend {
  let me: Promise<{ user: { id: string; username: string } }> | undefined;
  // The server serves the token's own user; `--user` naming someone else needs the database.
  async function self(username: string | undefined, verb: string): Promise<string> {
    me ??= client.call({ path: '/api/me' });
    const own = (await me).user.username;
    if (username !== undefined && username.toLowerCase() !== own.toLowerCase()) {
      throw needsDatabase(`\`debrief token ${verb}\``);
    }
    return own;
  }
  return {
    async create() {
      // Said before any request: the server would answer 403 to an API token anyway.
      throw needsDatabase('`debrief token create`');
    },
    async list(username) {
      const own = await self(username, 'list');
      const { tokens } = await client.call<{ tokens: ApiTokenInfo[] }>({ path: '/api/tokens' });
      return tokens.map((token) => ({ ...token, username: own }));
    },
    async revoke(id) {
      await client.call({ method: 'DELETE', path: `/api/tokens/${encodeURIComponent(id)}` });
    },
  };
}

/** Runs `work` with the tokens of the server named by --server, else of the database named by --db. */
export async function withTokens<T>(
  command: Command,
  work: (tokens: TokenBackend) => Promise<T>,
): Promise<T> {
  const remote = remoteTarget(command);
  if (remote) {
    const { remoteClient } = await import('../../store/http/index.js');
    return work(serverTokens(remoteClient(remote.url, remote.token)));
  }
  return withDatabase(command, (database) => work(databaseTokens(database.accounts())));
}
