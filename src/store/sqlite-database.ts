import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  Kysely,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  sql,
} from 'kysely';
import { invalidInput } from '../domain/index.js';
import type { Change } from './change-feed.js';
import { trackChanges } from './change-tracking.js';
import { mapDatabaseError } from './database-errors.js';
import { localChangeFeed } from './local-change-feed.js';
import type { Database } from './schema.js';
import type { OpenDatabase } from './store-database.js';

/** A driver whose transactions take the write lock at BEGIN, so concurrent writers queue instead of deadlock. */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** SQLite runs DDL inside transactions; saying so makes the migrator take the write lock for its whole run. */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

export interface SqliteOptions {
  /** How long a write waits for another process's lock before `unavailable` (default 5000 ms). */
  busyTimeoutMs?: number | undefined;
  /**
   * Create the database file's folder when it does not exist. Off by default: a mistyped path should be an
   * error, not an empty new database that looks like lost data.
   */
  createFolder?: boolean | undefined;
}

/** The database with its live changes (shared by every store on the same file in this process). */
type SqliteDatabase = Omit<OpenDatabase, 'close'>;

/**
 * Open files of this process. better-sqlite3 is synchronous, so a second connection to the same file in one
 * process would block the thread waiting for a lock the first connection can never release; stores opened on
 * the same file share one connection instead, and Kysely queues their transactions.
 */
const openFiles = new Map<string, { database: SqliteDatabase; users: number }>();

/**
 * Opens (creating the file and its folder if needed) a SQLite database, or `:memory:`, in WAL mode with
 * foreign keys on. Opening a file this process already has open shares its connection (and its busy timeout).
 */
export function openSqliteDatabase(path: string, options: SqliteOptions = {}): OpenDatabase {
  const entry = path === ':memory:' ? undefined : openFiles.get(path);
  if (entry) {
    entry.users++;
    return sharedHandle(path, entry);
  }
  const database = connect(path, options);
  if (path === ':memory:') return { ...database, close: () => database.kysely.destroy() };
  const created = { database, users: 1 };
  openFiles.set(path, created);
  return sharedHandle(path, created);
}

function sharedHandle(path: string, entry: { database: SqliteDatabase; users: number }): OpenDatabase {
  let closed = false;
  return {
    ...entry.database,
    async close() {
      if (closed) return;
      closed = true;
      entry.users--;
      if (entry.users === 0) {
        openFiles.delete(path);
        await entry.database.kysely.destroy();
      }
    },
  };
}

function connect(path: string, options: SqliteOptions): SqliteDatabase {
  const where = path === ':memory:' ? 'the in-memory database' : path;
  let raw: BetterSqlite3.Database;
  try {
    if (path !== ':memory:' && !existsSync(dirname(path))) {
      if (!options.createFolder) {
        throw invalidInput(
          `cannot open the database ${path}: its folder ${dirname(path)} does not exist; check the path, or create it with \`debrief db init\` (or --create)`,
        );
      }
      mkdirSync(dirname(path), { recursive: true });
    }
    raw = new BetterSqlite3(path, { timeout: options.busyTimeoutMs ?? 5_000 });
    raw.pragma('journal_mode = WAL');
    // NORMAL in WAL mode loses no committed transaction when a process dies; only an OS crash can.
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
  } catch (error) {
    throw mapDatabaseError(error, where);
  }
  const kysely = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: raw }) });
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw mapDatabaseError(error, where);
    }
  };
  const changes = localChangeFeed();
  return {
    dialect: 'sqlite',
    kysely,
    changes,
    async write(work) {
      let made: Change[] = [];
      const result = await guard(() =>
        kysely.transaction().execute((tx) => {
          made = trackChanges(tx);
          return work(tx);
        }),
      );
      // Only here has the transaction committed; a rolled back one threw above and announces nothing.
      changes.publish(made);
      return result;
    },
    read: (work) => guard(() => work(kysely)),
    // A deferred transaction: a WAL snapshot for reading that never blocks writers.
    snapshot: (work) =>
      guard(() =>
        kysely.connection().execute(async (conn) => {
          await sql`begin`.execute(conn);
          try {
            const result = await work(conn);
            await sql`commit`.execute(conn);
            return result;
          } catch (error) {
            await sql`rollback`.execute(conn).catch(() => undefined);
            throw error;
          }
        }),
      ),
  };
}
