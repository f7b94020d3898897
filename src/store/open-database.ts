import { resolve } from 'node:path';
import { invalidInput } from '../domain/index.js';
import type { SqliteOptions } from './sqlite-database.js';
import type { OpenDatabase } from './store-database.js';

export type OpenOptions = SqliteOptions;

const accepted = 'sqlite:PATH, sqlite::memory: or postgres://USER@HOST:PORT/DATABASE';

/**
 * Opens the database a URL names: `sqlite:PATH` (relative to the current directory; file and folder created on
 * first use), `sqlite::memory:`, or a `postgres://` / `postgresql://` URL. The raw connection stays in src/store
 * (and its tests): everyone else opens ports with `openSqlStore` or `openStore`.
 */
export async function openDatabase(url: string, options: OpenOptions = {}): Promise<OpenDatabase> {
  const text = url.trim();
  if (text.startsWith('sqlite:')) {
    const path = text.slice('sqlite:'.length);
    if (path === '')
      throw invalidInput(`database URL ${JSON.stringify(url)} names no file; expected ${accepted}`);
    const { openSqliteDatabase } = await import('./sqlite-database.js');
    return openSqliteDatabase(path === ':memory:' ? path : resolve(path), options);
  }
  if (/^postgres(ql)?:\/\//.test(text)) {
    const { openPostgresDatabase } = await import('./postgres-database.js');
    return openPostgresDatabase(text);
  }
  throw invalidInput(`unsupported database URL ${JSON.stringify(url)}; expected ${accepted}`);
}
