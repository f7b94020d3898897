import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { AccountStore, AuditLog, ChangeFeed, Store } from '../../store/index.js';
import { buildServer, type ServerOptions } from '../build-server.js';
import { type Dialect, openTestStore } from './test-store.js';

/** scrypt parameters for test accounts: valid, but fast. */
export const testPasswordCost = { N: 1024, r: 8, p: 1 };

export interface Caller {
  username: string;
  name: string;
  token: string;
}

/** A server on a fresh store with an admin (signed in by cookie), an editor and a viewer (API tokens). */
export interface TestServer {
  app: FastifyInstance;
  store: Store;
  audit: AuditLog;
  changes: ChangeFeed;
  accounts: AccountStore;
  /** The database's URL (`sqlite::memory:` cannot be opened again; a PostgreSQL one can). */
  databaseUrl: string;
  admin: { cookie: string; csrfToken: string };
  editor: Caller;
  viewer: Caller;
  /** Sends a request as an API token holder. */
  as(caller: Caller, options: InjectOptions): Promise<LightMyRequestResponse>;
  /** Sends a request as the signed-in admin (cookie plus CSRF header). */
  asAdmin(options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** Starts a test server; the first admin is created through the real setup flow. */
export async function startTestServer(
  dialect: Dialect,
  options: Partial<ServerOptions> = {},
): Promise<TestServer> {
  const { database, store, url, close } = await openTestStore(dialect);
  const { audit, changes } = database;
  // Cheap password hashing: the tests exercise the flow, not scrypt's cost.
  const accounts = database.accounts({ passwordCost: testPasswordCost });
  const app = await buildServer({
    store,
    audit,
    changes,
    accounts,
    meetingRooms: database.meetingRooms,
    meetingCards: database.meetingCards,
    meetingNotes: database.meetingNotes,
    intakeGroups: database.intakeGroups,
    loginAttemptsPerMinute: 1_000,
    ...options,
  });
  const setupToken = await accounts.createSetupToken();
  const setup = await app.inject({
    method: 'POST',
    url: '/api/setup',
    payload: { token: setupToken, username: 'ada', name: 'Ada Admin', password: 'admin password 1' },
  });
  if (setup.statusCode !== 201) throw new Error(`setup failed: ${setup.body}`);
  const cookie = setup.cookies.find((c) => c.name === 'debrief_session');
  const admin = { cookie: `debrief_session=${cookie?.value}`, csrfToken: setup.json().csrfToken as string };
  const caller = async (username: string, name: string, role: 'editor' | 'viewer'): Promise<Caller> => {
    const user = await accounts.createUser({ username, name, password: `${username} password`, role });
    const { token } = await accounts.createApiToken(user.id, 'tests');
    return { username, name, token };
  };
  const editor = await caller('eli', 'Eli Editor', 'editor');
  const viewer = await caller('vera', 'Vera Viewer', 'viewer');
  return {
    app,
    store,
    audit,
    changes,
    accounts,
    databaseUrl: url,
    admin,
    editor,
    viewer,
    as: (who, request) =>
      app.inject({ ...request, headers: { ...request.headers, authorization: `Bearer ${who.token}` } }),
    asAdmin: (request) =>
      app.inject({
        ...request,
        headers: { ...request.headers, cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
      }),
    async close() {
      await app.close();
      await close();
    },
  };
}
