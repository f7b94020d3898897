import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { DebriefError } from '../domain/index.js';
import { trackChanges } from './change-tracking.js';
import { mapDatabaseError } from './database-errors.js';
import { notifyChanges, PostgresChangeFeed } from './postgres-change-feed.js';
import { postgresTimeouts } from './postgres-timeouts.js';
import type { Database } from './schema.js';
import type { OpenDatabase } from './store-database.js';

/** `host:port` of a PostgreSQL URL, for messages that say what was tried. */
export function postgresAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}`;
  } catch {
    return 'an unparsable URL';
  }
}

/** A server that answered but refused us (no such database, authentication failed) is unavailable too. */
function refusal(error: unknown, where: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === '3D000' || (typeof code === 'string' && code.startsWith('28'))) {
    return new DebriefError(
      'unavailable',
      `PostgreSQL at ${where} refused the connection: ${(error as Error).message}`,
    );
  }
  return error;
}

/** Connects to PostgreSQL and checks the server answers; unreachable servers are `unavailable`. */
export async function openPostgresDatabase(url: string): Promise<OpenDatabase> {
  const where = postgresAddress(url);
  const timeouts = postgresTimeouts(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: timeouts.connectMs,
    // pg reads these from the URL too, as strings; ours are checked numbers with defaults.
    statement_timeout: timeouts.statementMs,
    query_timeout: timeouts.queryMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  // A client that loses its socket while checked out emits 'error' too; its query already rejects, so a
  // listener per client keeps a reset connection from becoming an uncaught exception.
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw mapDatabaseError(error, where);
    }
  };
  try {
    await guard(() => kysely.selectNoFrom((eb) => eb.lit(1).as('one')).execute());
  } catch (error) {
    await kysely.destroy().catch(() => undefined);
    throw refusal(error, where);
  }
  const changes = new PostgresChangeFeed(url, where);
  return {
    dialect: 'postgres',
    kysely,
    changes,
    write: (work) =>
      guard(() =>
        kysely.transaction().execute(async (tx) => {
          const made = trackChanges(tx);
          const result = await work(tx);
          // Queued with the transaction: PostgreSQL sends them to every listener on commit, drops them on rollback.
          await notifyChanges(tx, made);
          return result;
        }),
      ),
    read: (work) => guard(() => work(kysely)),
    async withoutTimeouts(work) {
      const single = new pg.Pool({
        connectionString: url,
        max: 1,
        connectionTimeoutMillis: timeouts.connectMs,
        statement_timeout: 0,
        idle_in_transaction_session_timeout: 0,
      });
      single.on('error', () => undefined);
      // A timeout named in the URL would still apply: the session's own is lifted before any work.
      single.on('connect', (client) => {
        client.on('error', () => undefined);
        void client.query('set statement_timeout = 0').catch(() => undefined);
      });
      const own = new Kysely<Database>({ dialect: new PostgresDialect({ pool: single }) });
      try {
        return await guard(() => work(own));
      } finally {
        await own.destroy();
      }
    },
    snapshot: (work) =>
      guard(() =>
        kysely.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(work),
      ),
    async close() {
      await changes.close();
      await kysely.destroy();
    },
  };
}
