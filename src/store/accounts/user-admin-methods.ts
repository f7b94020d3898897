import { type Kysely, sql } from 'kysely';
import { ConflictError, DebriefError, parseWith } from '../../domain/index.js';
import { isPostgres } from '../migrations/is-postgres.js';
import { type AccountContext, toUser, userColumns } from './account-rows.js';
import type { AccountStore } from './account-store.js';
import type { AccountTables } from './tables.js';
import { type User, userPatchSchema } from './user.js';

// One key for every role and disabled change on PostgreSQL: concurrent changes queue up, so two admins demoting
// each other at once cannot both pass the last-admin check.
const userChangeLock = 0x64627573; // "dbus"

async function lockUserChanges(trx: Kysely<AccountTables>): Promise<void> {
  if (isPostgres(trx as unknown as Kysely<unknown>)) {
    await sql`select pg_advisory_xact_lock(${userChangeLock})`.execute(trx);
  }
}

/** Whether the change takes away the user's admin powers (demoted, or disabled while an admin). */
function losesAdmin(before: User, after: Pick<User, 'role' | 'disabled'>): boolean {
  return before.role === 'admin' && !before.disabled && (after.role !== 'admin' || after.disabled);
}

/** Role and disabled changes by admins, with versions and the last-admin rule. */
export function userAdminMethods({
  db,
  now,
  audit,
  requireUser,
}: AccountContext): Pick<AccountStore, 'getUser' | 'updateUser'> {
  return {
    getUser: (id) => requireUser(id),

    async updateUser(id, input, expectedVersion, ctx) {
      const patch = parseWith(userPatchSchema, input, 'user');
      return db.transaction().execute(async (trx) => {
        await lockUserChanges(trx);
        const before = await requireUser(id, trx);
        if (before.version !== expectedVersion) {
          throw new ConflictError(
            `${before.username} changed since version ${expectedVersion}; it is at version ${before.version}`,
            before,
          );
        }
        const after = { role: patch.role ?? before.role, disabled: patch.disabled ?? before.disabled };
        const changes: Record<string, { old: unknown; new: unknown }> = {};
        if (after.role !== before.role) changes.role = { old: before.role, new: after.role };
        if (after.disabled !== before.disabled)
          changes.disabled = { old: before.disabled, new: after.disabled };
        if (Object.keys(changes).length === 0) return before;
        if (losesAdmin(before, after)) {
          const other = await trx
            .selectFrom('users')
            .select('id')
            .where('role', '=', 'admin')
            .where('disabled_at', 'is', null)
            .where('id', '!=', id)
            .limit(1)
            .executeTakeFirst();
          if (!other) {
            const verb = after.disabled ? 'disable' : 'demote';
            throw new DebriefError(
              'conflict',
              `${before.username} is the last enabled admin; make someone else an admin before you ${verb} them`,
            );
          }
        }
        const disabledAt =
          after.disabled === before.disabled ? undefined : after.disabled ? now().toISOString() : null;
        const row = await trx
          .updateTable('users')
          .set({
            role: after.role,
            version: before.version + 1,
            ...(disabledAt === undefined ? {} : { disabled_at: disabledAt }),
          })
          .where('id', '=', id)
          .where('version', '=', expectedVersion)
          .returning(userColumns)
          .executeTakeFirstOrThrow();
        // A disabled user is signed out everywhere; the sessions do not come back when they are enabled again.
        if (after.disabled) await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
        await audit(trx, {
          actor: ctx?.actor ?? 'system',
          action: 'update',
          entity: 'user',
          entityId: id,
          changes,
        });
        return toUser(row);
      });
    },
  };
}
