import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { unusedIds } from './child-rows.js';
import type { Database } from './schema.js';

describe('new ids for a bulk insert', () => {
  it('draws again the ids a row already has and the ones drawn twice, until all are free and distinct', async () => {
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }),
    });
    await db.schema
      .createTable('events')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .execute();
    await db
      .insertInto('events' as never)
      .values({ id: 'EVT-TAKEN' } as never)
      .execute();
    const drawn = ['EVT-TAKEN', 'EVT-B', 'EVT-B', 'EVT-C', 'EVT-TAKEN', 'EVT-D'];
    const ids = await unusedIds(db, 'events', 'event', 3, () => drawn.shift() ?? 'EVT-NONE');
    expect(ids).toEqual(['EVT-C', 'EVT-B', 'EVT-D']);
    await db.destroy();
  });
});
