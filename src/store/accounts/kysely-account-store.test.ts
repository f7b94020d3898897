import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { down, up } from '../migrations/0002-accounts.js';
import { up as upControls } from '../migrations/0003-account-controls.js';
import type { AccountStore } from './account-store.js';
import { createAccountStore } from './kysely-account-store.js';
import type { AccountTables } from './tables.js';

const adminUrl = process.env.DEBRIEF_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Adapter {
  name: string;
  open(): Promise<{ db: Kysely<AccountTables>; close(): Promise<void> }>;
}

const adapters: Adapter[] = [
  {
    name: 'sqlite',
    async open() {
      const db = new Kysely<AccountTables>({
        dialect: new SqliteDialect({ database: new Database(':memory:') }),
      });
      return { db, close: () => db.destroy() };
    },
  },
  {
    name: 'postgres',
    async open() {
      const name = `debrief_accounts_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const db = new Kysely<AccountTables>({
        dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url.toString(), max: 4 }) }),
      });
      return {
        db,
        async close() {
          await db.destroy();
          await admin.query(`DROP DATABASE IF EXISTS ${name}`);
          await admin.end();
        },
      };
    },
  },
];

for (const adapter of adapters) {
  describe(`accounts on ${adapter.name}`, () => {
    let accounts: AccountStore;
    let clock = new Date('2026-03-04T10:00:00Z');
    let close: () => Promise<void>;
    let db: Kysely<AccountTables>;

    beforeAll(async () => {
      const opened = await adapter.open();
      close = opened.close;
      db = opened.db;
      await up(opened.db);
      await up(opened.db); // a second run changes nothing
      await upControls(opened.db);
      accounts = createAccountStore(opened.db, { now: () => clock });
    });
    afterAll(async () => close());

    it('starts with no users and completes setup once with a valid token', async () => {
      expect(await accounts.countUsers()).toBe(0);
      // Two servers starting on one new database each print a link; the first one's still works, and setup done
      // with it retires the other.
      const token = await accounts.createSetupToken();
      const other = await accounts.createSetupToken();
      await expect(
        accounts.completeSetup('wrong', { username: 'ana', name: 'Ana', password: 'correct horse' }),
      ).rejects.toMatchObject({ code: 'forbidden' });
      const admin = await accounts.completeSetup(token, {
        username: 'Ana',
        name: 'Ana Lima',
        password: 'correct horse',
      });
      expect(admin).toMatchObject({ username: 'Ana', role: 'admin' });
      for (const used of [token, other]) {
        await expect(
          accounts.completeSetup(used, { username: 'bob', name: 'Bob', password: 'correct horse' }),
        ).rejects.toMatchObject({ code: 'forbidden' });
      }
    });

    it('checks passwords and treats usernames case-insensitively', async () => {
      expect(await accounts.verifyLogin('ana', 'correct horse')).toMatchObject({ name: 'Ana Lima' });
      expect(await accounts.verifyLogin('ana', 'wrong horse!')).toBeUndefined();
      expect(await accounts.verifyLogin('nobody', 'correct horse')).toBeUndefined();
    });

    it('replaces a password and signs out the old sessions', async () => {
      const ana = await accounts.findUser('ana');
      const session = await accounts.createSession(ana!.id);
      await accounts.setPassword(ana!.id, 'a brand new password');
      expect(await accounts.findSession(session.token)).toBeUndefined();
      expect(await accounts.verifyLogin('ana', 'correct horse')).toBeUndefined();
      expect(await accounts.verifyLogin('ana', 'a brand new password')).toMatchObject({ username: 'Ana' });
      await accounts.setPassword(ana!.id, 'correct horse');
    });

    it('refuses a taken username and a short password, naming the field', async () => {
      await expect(
        accounts.createUser({ username: 'ANA', name: 'Other', password: 'long enough pw' }),
      ).rejects.toMatchObject({ code: 'conflict' });
      await expect(accounts.createUser({ username: 'bo', name: 'Bo', password: 'short' })).rejects.toThrow(
        /password/,
      );
    });

    it('finds a live session by its token and forgets it after logout or expiry', async () => {
      const ana = await accounts.findUser('ana');
      const session = await accounts.createSession(ana!.id, 60_000);
      expect(await accounts.findSession(session.token)).toMatchObject({
        user: { username: 'Ana' },
        csrfToken: session.csrfToken,
      });
      clock = new Date(clock.getTime() + 61_000);
      expect(await accounts.findSession(session.token)).toBeUndefined();
      const next = await accounts.createSession(ana!.id);
      await accounts.deleteSession(next.token);
      expect(await accounts.findSession(next.token)).toBeUndefined();
    });

    it('resolves a personal API token to its user and stores only a digest', async () => {
      const viewer = await accounts.createUser({
        username: 'vic',
        name: 'Vic',
        password: 'viewer password',
        role: 'viewer',
      });
      const created = await accounts.createApiToken(viewer.id, 'laptop');
      expect(created.token).toMatch(/^dbt_/);
      expect(await accounts.findApiTokenUser(created.token)).toMatchObject({
        username: 'vic',
        role: 'viewer',
      });
      expect(await accounts.findApiTokenUser(`${created.token}x`)).toBeUndefined();
      const stored = await db.selectFrom('api_tokens').select('token_hash').execute();
      expect(stored.map((row) => row.token_hash)).not.toContain(created.token);
      expect((await accounts.listUsers()).map((user) => user.username)).toEqual(['Ana', 'vic']);
    });

    it('drops its tables on the way down', async () => {
      const opened = await adapter.open();
      await up(opened.db);
      await down(opened.db);
      await expect(createAccountStore(opened.db).countUsers()).rejects.toThrow();
      await opened.close();
    });
  });
}
