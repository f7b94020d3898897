import type { Kysely, Selectable } from 'kysely';
import type { AuditRecord } from '../kysely-audit-log.js';
import type { AccountTables } from './tables.js';
import type { User, UserRole } from './user.js';

/** A users row as the rest of the code sees it (never the password hash). */
export function toUser(row: Selectable<AccountTables['users']>): User {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    role: row.role as UserRole,
    createdAt: row.created_at,
    disabled: row.disabled_at !== null,
    version: Number(row.version),
  };
}

export const userColumns = [
  'id',
  'username',
  'username_key',
  'name',
  'role',
  'password_hash',
  'created_at',
  'version',
  'disabled_at',
] as const;

// The same columns when users are joined to sessions or API tokens.
export const joinedUserColumns = [
  'users.id',
  'users.username',
  'users.username_key',
  'users.name',
  'users.role',
  'users.password_hash',
  'users.created_at',
  'users.version',
  'users.disabled_at',
] as const;

/** An account change for the audit log (never a password or a token). */
export type AccountAudit = Omit<AuditRecord, 'at' | 'incidentId'>;

/** What the account store's parts share: the database, the clock and the audit log. */
export interface AccountContext {
  db: Kysely<AccountTables>;
  now: () => Date;
  audit(trx: Kysely<AccountTables>, record: AccountAudit): Promise<void>;
  /** The user with this id (through `trx` when given), or not_found. */
  requireUser(id: string, trx?: Kysely<AccountTables>): Promise<User>;
}
