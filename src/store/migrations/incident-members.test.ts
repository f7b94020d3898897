import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore } from '../open.js';
import { createTestDatabase } from '../test-support/postgres.js';
import { down, up } from './0004-incident-members.js';

// The migration fills members_key from incidents that already exist: drop the column on a store with incidents,
// add it again with the migration, and the list filtered by member must be what it was.

const targets = {
  async sqlite() {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-members-'));
    const file = join(dir, 'store.db');
    return {
      url: `sqlite:${file}`,
      // biome-ignore lint/suspicious/noExplicitAny: the migration works on the schema as it was then.
      raw: () => new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(file) }) }),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
  async postgres() {
    const database = await createTestDatabase('debrief_members');
    return {
      url: database.url,
      raw: () =>
        // biome-ignore lint/suspicious/noExplicitAny: the migration works on the schema as it was then.
        new Kysely<any>({
          dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url }) }),
        }),
      drop: () => database.drop(),
    };
  },
};

describe.each(Object.keys(targets) as Array<keyof typeof targets>)('migration 0004 on %s', (name) => {
  it('fills the members of incidents created before it', async () => {
    const target = await targets[name]();
    try {
      const store = await openStore(target.url);
      await store.migrate();
      const ctx = { actor: 'tests' };
      const mine = await store.incidents.create(
        {
          title: 'Restricted, with me',
          severity: 'SEV2',
          restricted: true,
          participants: [
            { name: 'Ann|Bob', role: 'responder' },
            { name: 'Kim', email: 'KIM@example.com', role: 'facilitator' },
          ],
        },
        ctx,
      );
      await store.incidents.create({ title: 'Restricted, not me', severity: 'SEV2', restricted: true }, ctx);
      const open = await store.incidents.create({ title: 'Open', severity: 'SEV3' }, ctx);
      await store.close();

      const raw = target.raw();
      await down(raw);
      await up(raw);
      const rows = await raw.selectFrom('incidents').select(['id', 'members_key']).execute();
      expect(rows.find((row) => row.id === mine.id)?.members_key).toBe('|ann%7Cbob|kim|kim@example.com|');
      expect(rows.find((row) => row.id === open.id)?.members_key).toBe('||');
      await raw.destroy();

      const reopened = await openStore(target.url);
      const seen = async (who: string) =>
        (await reopened.incidents.list({ visibleTo: [who] })).map((incident) => incident.title).sort();
      expect(await seen('kim@example.com')).toEqual(['Open', 'Restricted, with me']);
      expect(await seen('bob')).toEqual(['Open']);
      await reopened.close();
    } finally {
      await target.drop();
    }
  });
});
