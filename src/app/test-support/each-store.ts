import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import type { AuditLog, SqlStore, Store } from '../../store/index.js';
import { openSqlStore } from '../../store/index.js';
import { createTestDatabase } from '../../store/test-support/postgres.js';

/**
 * Runs `cases` once on a SQLite file and once on a fresh PostgreSQL database; `store()` is the open store,
 * `audit()` the same database's audit log.
 */
export function eachStore(title: string, cases: (store: () => Store, audit: () => AuditLog) => void): void {
  const dialects = [
    {
      name: 'sqlite',
      async create() {
        const dir = mkdtempSync(join(tmpdir(), 'debrief-app-'));
        return {
          url: `sqlite:${join(dir, 'app.db')}`,
          drop: async () => rmSync(dir, { recursive: true, force: true }),
        };
      },
    },
    { name: 'postgres', create: () => createTestDatabase('debrief_app') },
  ];
  describe.each(dialects)(`${title} ($name)`, ({ create }) => {
    let database: SqlStore;
    let drop: () => Promise<void>;
    beforeAll(async () => {
      const target = await create();
      drop = target.drop;
      database = await openSqlStore(target.url);
      await database.store.migrate();
    });
    afterAll(async () => {
      await database?.store.close();
      await drop?.();
    });
    cases(
      () => database.store,
      () => database.audit,
    );
  });
}
