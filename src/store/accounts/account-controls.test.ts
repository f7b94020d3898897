import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError } from '../../domain/index.js';
import type { AuditRecord } from '../kysely-audit-log.js';
import { up as upAccounts } from '../migrations/0002-accounts.js';
import { up as upControls } from '../migrations/0003-account-controls.js';
import { createTestDatabase } from '../test-support/postgres.js';
import type { AccountStore } from './account-store.js';
import { createAccountStore } from './kysely-account-store.js';
import type { AccountTables } from './tables.js';
import type { User } from './user.js';

const cheap = { N: 1024, r: 8, p: 1 };

const adapters = {
  async sqlite() {
    const db = new Kysely<AccountTables>({
      dialect: new SqliteDialect({ database: new Database(':memory:') }),
    });
    return { db, close: () => db.destroy() };
  },
  async postgres() {
    const database = await createTestDatabase('debrief_account_controls');
    const db = new Kysely<AccountTables>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url, max: 4 }) }),
    });
    return {
      db,
      async close() {
        await db.destroy();
        await database.drop();
      },
    };
  },
};

describe.each(Object.keys(adapters) as (keyof typeof adapters)[])('account controls on %s', (name) => {
  let accounts: AccountStore;
  let close: () => Promise<void>;
  let clock = new Date('2026-05-06T09:00:00Z');
  const audit: AuditRecord[] = [];
  let counter = 0;

  async function newUser(role: User['role']): Promise<User> {
    counter += 1;
    const username = `${role}${counter}`;
    return accounts.createUser({
      username,
      name: `${role} ${counter}`,
      password: `${username} password`,
      role,
    });
  }

  beforeAll(async () => {
    const opened = await adapters[name]();
    close = opened.close;
    await upAccounts(opened.db);
    await upControls(opened.db);
    accounts = createAccountStore(opened.db, {
      now: () => clock,
      passwordCost: cheap,
      audit: async (_trx, record) => {
        audit.push(record);
      },
    });
  });
  afterAll(async () => close?.());

  it('lists a user’s tokens without the secret, and tracks last use to the minute', async () => {
    const owner = await newUser('editor');
    const other = await newUser('viewer');
    const laptop = await accounts.createApiToken(owner.id, 'laptop');
    clock = new Date(clock.getTime() + 1_000);
    await accounts.createApiToken(owner.id, 'ci');
    await accounts.createApiToken(other.id, 'theirs');

    const listed = await accounts.listApiTokens(owner.id);
    expect(listed.map((token) => token.name)).toEqual(['laptop', 'ci']);
    expect(listed[0]).toEqual({
      id: laptop.id,
      name: 'laptop',
      userId: owner.id,
      createdAt: laptop.createdAt,
      lastUsedAt: null,
    });
    expect(JSON.stringify(listed)).not.toContain(laptop.token);
    expect((await accounts.listApiTokens()).map((token) => token.name)).toEqual(
      expect.arrayContaining(['laptop', 'ci', 'theirs']),
    );

    const firstUse = clock.toISOString();
    await accounts.findApiTokenUser(laptop.token);
    clock = new Date(clock.getTime() + 30_000);
    await accounts.findApiTokenUser(laptop.token);
    expect((await accounts.listApiTokens(owner.id))[0]?.lastUsedAt).toBe(firstUse);
    clock = new Date(clock.getTime() + 60_000);
    await accounts.findApiTokenUser(laptop.token);
    expect((await accounts.listApiTokens(owner.id))[0]?.lastUsedAt).toBe(clock.toISOString());
  });

  it('revokes a token for its owner only, and the token stops resolving', async () => {
    const owner = await newUser('editor');
    const stranger = await newUser('editor');
    const created = await accounts.createApiToken(owner.id, 'to revoke');
    await expect(
      accounts.revokeApiToken(created.id, { actor: stranger.username, ownerId: stranger.id }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(await accounts.findApiTokenUser(created.token)).toMatchObject({ id: owner.id });

    const revoked = await accounts.revokeApiToken(created.id, { actor: owner.username, ownerId: owner.id });
    expect(revoked).toMatchObject({ id: created.id, name: 'to revoke', userId: owner.id });
    expect(await accounts.findApiTokenUser(created.token)).toBeUndefined();
    expect(await accounts.listApiTokens(owner.id)).toEqual([]);
    expect(audit.at(-1)).toMatchObject({
      actor: owner.username,
      action: 'delete',
      entity: 'api-token',
      entityId: created.id,
      changes: { name: 'to revoke', user: owner.username },
    });
    await expect(accounts.revokeApiToken(created.id, { actor: 'root' })).rejects.toThrow(
      /no API token with id "TOK-/,
    );
  });

  it('lets an admin revoke anyone’s token by leaving out the owner', async () => {
    const owner = await newUser('viewer');
    const created = await accounts.createApiToken(owner.id, 'forgotten');
    await accounts.revokeApiToken(created.id, { actor: 'ada' });
    expect(await accounts.findApiTokenUser(created.token)).toBeUndefined();
  });

  it('changes a role with the version read, and refuses a stale version with the current user', async () => {
    const user = await newUser('editor');
    expect(user).toMatchObject({ version: 1, disabled: false });
    const viewer = await accounts.updateUser(user.id, { role: 'viewer' }, 1, { actor: 'ada' });
    expect(viewer).toMatchObject({ role: 'viewer', version: 2, disabled: false });
    expect(audit.at(-1)).toMatchObject({
      actor: 'ada',
      action: 'update',
      entity: 'user',
      entityId: user.id,
      changes: { role: { old: 'editor', new: 'viewer' } },
    });
    const stale = accounts.updateUser(user.id, { role: 'admin' }, 1, { actor: 'ada' });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ current: { role: 'viewer', version: 2 } });
    expect(await accounts.getUser(user.id)).toMatchObject({ role: 'viewer', version: 2 });
    // Nothing to change: no new version, no audit entry.
    const entries = audit.length;
    expect(await accounts.updateUser(user.id, { role: 'viewer' }, 2)).toMatchObject({ version: 2 });
    expect(audit).toHaveLength(entries);
  });

  it('names the bad field of a change and an unknown user', async () => {
    const user = await newUser('editor');
    await expect(accounts.updateUser(user.id, { role: 'owner' as User['role'] }, 1)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/role.*admin, editor, viewer/),
    });
    await expect(
      accounts.updateUser(user.id, { username: 'x' } as unknown as { role: 'viewer' }, 1),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/username/) });
    await expect(accounts.updateUser('USR-nobody', { role: 'viewer' }, 1)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(accounts.getUser('USR-nobody')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses to demote or disable the last enabled admin', async () => {
    // Earlier cases made no admins: demote any that exist but one, to start from exactly one.
    const admins = (await accounts.listUsers()).filter((user) => user.role === 'admin' && !user.disabled);
    for (const extra of admins.slice(1))
      await accounts.updateUser(extra.id, { role: 'editor' }, extra.version);
    const only = admins[0] ?? (await newUser('admin'));
    const current = await accounts.getUser(only.id);
    await expect(accounts.updateUser(only.id, { role: 'editor' }, current.version)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/last enabled admin.*before you demote/),
    });
    await expect(accounts.updateUser(only.id, { disabled: true }, current.version)).rejects.toThrow(
      /last enabled admin.*before you disable/,
    );
    const second = await newUser('admin');
    const demoted = await accounts.updateUser(only.id, { role: 'editor' }, current.version);
    expect(demoted.role).toBe('editor');
    await expect(accounts.updateUser(second.id, { role: 'viewer' }, 1)).rejects.toMatchObject({
      code: 'conflict',
    });
    await accounts.updateUser(only.id, { role: 'admin' }, demoted.version);
  });

  it('lets only one of two admins demoting each other at the same time win', async () => {
    const enabledAdmins = async () =>
      (await accounts.listUsers()).filter((user) => user.role === 'admin' && !user.disabled);
    const admins = await enabledAdmins();
    for (const extra of admins.slice(2))
      await accounts.updateUser(extra.id, { role: 'editor' }, extra.version);
    while ((await enabledAdmins()).length < 2) await newUser('admin');
    const [a, b] = (await enabledAdmins()) as [User, User];
    const results = await Promise.allSettled([
      accounts.updateUser(a.id, { role: 'editor' }, a.version),
      accounts.updateUser(b.id, { disabled: true }, b.version),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(await enabledAdmins()).toHaveLength(1);
  });

  it('disables a user: login, sessions and tokens stop working; enabling brings the tokens back', async () => {
    const user = await newUser('editor');
    const session = await accounts.createSession(user.id);
    const token = await accounts.createApiToken(user.id, 'script');
    const disabled = await accounts.updateUser(user.id, { disabled: true }, 1, { actor: 'ada' });
    expect(disabled).toMatchObject({ disabled: true, version: 2 });
    expect(audit.at(-1)).toMatchObject({ actor: 'ada', changes: { disabled: { old: false, new: true } } });

    expect(await accounts.findSession(session.token)).toBeUndefined();
    expect(await accounts.findApiTokenUser(token.token)).toBeUndefined();
    await expect(accounts.verifyLogin(user.username, `${user.username} password`)).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/disabled; ask an admin/),
    });
    expect(await accounts.verifyLogin(user.username, 'a wrong password')).toBeUndefined();
    await expect(accounts.createSession(user.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(accounts.createApiToken(user.id, 'more')).rejects.toMatchObject({ code: 'forbidden' });

    await accounts.updateUser(user.id, { disabled: false }, 2);
    expect(await accounts.findApiTokenUser(token.token)).toMatchObject({ id: user.id, disabled: false });
    // Sessions ended by disabling stay ended.
    expect(await accounts.findSession(session.token)).toBeUndefined();
    expect(await accounts.verifyLogin(user.username, `${user.username} password`)).toMatchObject({
      id: user.id,
    });
  });
});
