import { randomBytes, randomUUID, type ScryptOptions } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DebriefError, parseWith } from '../../domain/index.js';
import type { AuditRecord } from '../kysely-audit-log.js';
import { type AccountAudit, joinedUserColumns, toUser, userColumns } from './account-rows.js';
import type { AccountStore, NewSession, Session } from './account-store.js';
import { apiTokenMethods } from './api-token-methods.js';
import { defaultPasswordCost, hashPassword, verifyPassword } from './password.js';
import { digestSecret, newSecret } from './secret.js';
import type { AccountTables } from './tables.js';
import { newUserSchema, passwordSchema, type User } from './user.js';
import { userAdminMethods } from './user-admin-methods.js';

const day = 24 * 60 * 60 * 1000;

function disabledError(username: string): DebriefError {
  return new DebriefError('forbidden', `the account ${username} is disabled; ask an admin to enable it`);
}

export interface AccountStoreOptions {
  now?: (() => Date) | undefined;
  /** Writes an account change to the audit log, inside the change's transaction. */
  audit?: ((trx: Kysely<AccountTables>, record: AuditRecord) => Promise<void>) | undefined;
  /** scrypt parameters for new password hashes (existing hashes keep theirs). */
  passwordCost?: ScryptOptions | undefined;
}

/** The accounts port on a Kysely database (SQLite or PostgreSQL) whose accounts migration has run. */
export function createAccountStore(
  db: Kysely<AccountTables>,
  options: AccountStoreOptions = {},
): AccountStore {
  const now = options.now ?? (() => new Date());
  const cost = options.passwordCost ?? defaultPasswordCost;
  // Checked for unknown usernames too, so response time does not reveal which names exist.
  let decoy: Promise<string> | undefined;
  const decoyHash = () => {
    decoy ??= hashPassword('decoy password that matches nothing', cost);
    return decoy;
  };
  async function audit(trx: Kysely<AccountTables>, record: AccountAudit): Promise<void> {
    await options.audit?.(trx, { ...record, at: now().toISOString(), incidentId: null });
  }

  async function insertUser(input: unknown, trx: Kysely<AccountTables>, actor?: string): Promise<User> {
    const fields = parseWith(newUserSchema, input, 'user');
    const key = fields.username.toLowerCase();
    const taken = await trx
      .selectFrom('users')
      .select('id')
      .where('username_key', '=', key)
      .executeTakeFirst();
    if (taken) throw new DebriefError('conflict', `username ${JSON.stringify(fields.username)} is taken`);
    const row = {
      id: `USR-${randomUUID()}`,
      username: fields.username,
      username_key: key,
      name: fields.name,
      role: fields.role,
      password_hash: await hashPassword(fields.password, cost),
      created_at: now().toISOString(),
      version: 1,
      disabled_at: null,
    };
    await trx.insertInto('users').values(row).execute();
    const user = toUser(row);
    const { id, username, name, role } = user;
    await audit(trx, {
      actor: actor ?? username,
      action: 'create',
      entity: 'user',
      entityId: id,
      changes: { username, name, role },
    });
    return user;
  }

  async function requireUser(id: string, trx: Kysely<AccountTables> = db): Promise<User> {
    const row = await trx.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
    if (!row) throw new DebriefError('not_found', `no user with id ${JSON.stringify(id)}`);
    return toUser(row);
  }

  // Usernames are unique regardless of case and surrounding spaces.
  function userRowByName(username: string) {
    return db
      .selectFrom('users')
      .select(userColumns)
      .where('username_key', '=', username.trim().toLowerCase())
      .executeTakeFirst();
  }

  const context = { db, now, audit, requireUser };
  return {
    ...apiTokenMethods(context),
    ...userAdminMethods(context),

    async countUsers() {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    createUser(input, ctx) {
      return db.transaction().execute((trx) => insertUser(input, trx, ctx?.actor ?? 'system'));
    },

    async listUsers() {
      const rows = await db.selectFrom('users').select(userColumns).orderBy('username_key').execute();
      return rows.map(toUser);
    },

    async setPassword(userId, password, ctx) {
      const hash = await hashPassword(parseWith(passwordSchema, password, 'password'), cost);
      await db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('users')
          .set({ password_hash: hash })
          .where('id', '=', userId)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0)
          throw new DebriefError('not_found', `no user with id ${JSON.stringify(userId)}`);
        await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
        await audit(trx, {
          actor: ctx?.actor ?? 'system',
          action: 'update',
          entity: 'user',
          entityId: userId,
          changes: { password: 'changed' },
        });
      });
    },

    async findUser(username) {
      const row = await userRowByName(username);
      return row ? toUser(row) : undefined;
    },

    async verifyLogin(username, password) {
      const row = await userRowByName(username);
      const ok = await verifyPassword(password, row?.password_hash ?? (await decoyHash()));
      if (!row || !ok) return undefined;
      if (row.disabled_at !== null) throw disabledError(row.username);
      return toUser(row);
    },

    async createSession(userId, ttlMs = 14 * day): Promise<NewSession> {
      const user = await requireUser(userId);
      if (user.disabled) throw disabledError(user.username);
      const token = newSecret('dbs');
      const csrfToken = randomBytes(24).toString('base64url');
      const expiresAt = new Date(now().getTime() + ttlMs).toISOString();
      await db
        .insertInto('sessions')
        .values({
          token_hash: digestSecret(token),
          user_id: userId,
          csrf_token: csrfToken,
          created_at: now().toISOString(),
          expires_at: expiresAt,
        })
        .execute();
      return { token, user, csrfToken, expiresAt };
    },

    async findSession(token): Promise<Session | undefined> {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select([...joinedUserColumns, 'sessions.csrf_token', 'sessions.expires_at'])
        .where('sessions.token_hash', '=', digestSecret(token))
        .where('users.disabled_at', 'is', null)
        .executeTakeFirst();
      if (!row || row.expires_at <= now().toISOString()) return undefined;
      return { user: toUser(row), csrfToken: row.csrf_token, expiresAt: row.expires_at };
    },

    async deleteSession(token) {
      await db.deleteFrom('sessions').where('token_hash', '=', digestSecret(token)).execute();
    },

    async createSetupToken(ttlMs = day) {
      const token = newSecret('dbsetup');
      // Each server printing a setup link on a new database keeps its own working: another server starting (or
      // this one restarting) clears only expired links. Completing setup clears them all.
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('setup_tokens').where('expires_at', '<=', now().toISOString()).execute();
        await trx
          .insertInto('setup_tokens')
          .values({
            token_hash: digestSecret(token),
            expires_at: new Date(now().getTime() + ttlMs).toISOString(),
          })
          .execute();
      });
      return token;
    },

    async completeSetup(token, input) {
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('setup_tokens')
          .select('expires_at')
          .where('token_hash', '=', digestSecret(token))
          .executeTakeFirst();
        if (!row || row.expires_at <= now().toISOString()) {
          throw new DebriefError(
            'forbidden',
            'the setup token is unknown, used or expired; restart the server for a new one',
          );
        }
        const existing = await trx.selectFrom('users').select('id').limit(1).executeTakeFirst();
        if (existing) throw new DebriefError('forbidden', 'setup is already done; sign in instead');
        await trx.deleteFrom('setup_tokens').execute();
        return insertUser({ ...input, role: 'admin' }, trx);
      });
    },
  };
}
