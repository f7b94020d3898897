import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { DebriefError } from '../../domain/index.js';
import { type AccountContext, joinedUserColumns, toUser } from './account-rows.js';
import type { AccountStore, ApiTokenInfo } from './account-store.js';
import { digestSecret, newSecret } from './secret.js';
import type { AccountTables } from './tables.js';

// Last use is kept to the minute: a lookup writes at most once a minute per token, not on every request.
const lastUsedPrecisionMs = 60_000;

const tokenColumns = ['id', 'name', 'user_id', 'created_at', 'last_used_at'] as const;

function toTokenInfo(
  row: Pick<Selectable<AccountTables['api_tokens']>, (typeof tokenColumns)[number]>,
): ApiTokenInfo {
  return {
    id: row.id,
    name: row.name,
    userId: row.user_id,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
  };
}

type TokenMethods = Pick<
  AccountStore,
  'createApiToken' | 'findApiTokenUser' | 'listApiTokens' | 'revokeApiToken'
>;

/** Personal API tokens: created with a secret shown once, listed without it, revoked by deletion. */
export function apiTokenMethods({ db, now, audit, requireUser }: AccountContext): TokenMethods {
  return {
    async createApiToken(userId, name, ctx) {
      const user = await requireUser(userId);
      if (user.disabled) {
        throw new DebriefError('forbidden', `${user.username} is disabled; enable the account first`);
      }
      const label = name.trim() || 'token';
      const token = newSecret('dbt');
      const info: ApiTokenInfo = {
        id: `TOK-${randomUUID()}`,
        name: label,
        userId,
        createdAt: now().toISOString(),
        lastUsedAt: null,
      };
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('api_tokens')
          .values({
            id: info.id,
            token_hash: digestSecret(token),
            user_id: userId,
            name: label,
            created_at: info.createdAt,
            last_used_at: null,
          })
          .execute();
        await audit(trx, {
          actor: ctx?.actor ?? user.username,
          action: 'create',
          entity: 'api-token',
          entityId: info.id,
          changes: { name: label, user: user.username },
        });
      });
      return { ...info, token };
    },

    async findApiTokenUser(token) {
      const row = await db
        .selectFrom('api_tokens')
        .innerJoin('users', 'users.id', 'api_tokens.user_id')
        .select([...joinedUserColumns, 'api_tokens.id as token_id', 'api_tokens.last_used_at'])
        .where('api_tokens.token_hash', '=', digestSecret(token))
        .where('users.disabled_at', 'is', null)
        .executeTakeFirst();
      if (!row) return undefined;
      const at = now();
      const stale = new Date(at.getTime() - lastUsedPrecisionMs).toISOString();
      if (row.last_used_at === null || row.last_used_at <= stale) {
        // Bookkeeping only: a busy or read-only database must not turn a valid token away.
        await db
          .updateTable('api_tokens')
          .set({ last_used_at: at.toISOString() })
          .where('id', '=', row.token_id)
          .execute()
          .catch(() => undefined);
      }
      return toUser(row);
    },

    async listApiTokens(userId) {
      let query = db.selectFrom('api_tokens').select(tokenColumns).orderBy('created_at').orderBy('id');
      if (userId !== undefined) query = query.where('user_id', '=', userId);
      return (await query.execute()).map(toTokenInfo);
    },

    revokeApiToken(id, ctx) {
      return db.transaction().execute(async (trx) => {
        let query = trx
          .selectFrom('api_tokens')
          .innerJoin('users', 'users.id', 'api_tokens.user_id')
          .select([
            'api_tokens.id',
            'api_tokens.name',
            'api_tokens.user_id',
            'api_tokens.created_at',
            'api_tokens.last_used_at',
            'users.username',
          ])
          .where('api_tokens.id', '=', id);
        if (ctx.ownerId !== undefined) query = query.where('api_tokens.user_id', '=', ctx.ownerId);
        const row = await query.executeTakeFirst();
        if (!row) {
          const whose = ctx.ownerId === undefined ? '' : ' among your tokens';
          throw new DebriefError('not_found', `no API token with id ${JSON.stringify(id)}${whose}`);
        }
        await trx.deleteFrom('api_tokens').where('id', '=', id).execute();
        await audit(trx, {
          actor: ctx.actor,
          action: 'delete',
          entity: 'api-token',
          entityId: id,
          changes: { name: row.name, user: row.username },
        });
        return toTokenInfo(row);
      });
    },
  };
}
