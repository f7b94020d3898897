import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './open-database.js';
import { createTestDatabase } from './test-support/postgres.js';

// Requests are kept short by statement_timeout; a migration that rebuilds a large table (0011, 0012 on a million
// events) must not be: `migrate` runs on a connection of its own without it, even when the URL sets one.
describe('migrations on PostgreSQL', () => {
  it('get a connection without the statement timeout requests have', async () => {
    const target = await createTestDatabase('debrief_migrate_timeout');
    const url = new URL(target.url);
    url.searchParams.set('statement_timeout', '2500');
    const timeout = (rows: Array<{ statement_timeout: string }>) => rows[0]?.statement_timeout;
    let db: Awaited<ReturnType<typeof openDatabase>> | undefined;
    try {
      db = await openDatabase(url.toString());
      const own = await db.read((k) => sql<{ statement_timeout: string }>`show statement_timeout`.execute(k));
      expect(timeout(own.rows)).toBe('2500ms');
      const run = db.withoutTimeouts;
      if (!run) throw new Error('PostgreSQL offers a connection without timeouts');
      const lifted = await run((k) => sql<{ statement_timeout: string }>`show statement_timeout`.execute(k));
      expect(timeout(lifted.rows)).toBe('0');
    } finally {
      await db?.close();
      await target.drop();
    }
  });
});
