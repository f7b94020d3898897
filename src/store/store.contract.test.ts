import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from './change-feed.js';
import { openStore } from './open.js';
import type { Store } from './store.js';
import { changeCases, type FeedUse, listenReconnectCases } from './test-support/contract/change-cases.js';
import { childCases } from './test-support/contract/child-cases.js';
import { concurrencyCases } from './test-support/contract/concurrency-cases.js';
import { type ContractUse, ctx, failure } from './test-support/contract/contract-use.js';
import { documentCases } from './test-support/contract/document-cases.js';
import { incidentCases } from './test-support/contract/incident-cases.js';
import { insightCases } from './test-support/contract/insight-cases.js';
import { searchCases } from './test-support/contract/search-cases.js';
import { documentInput, incidentInput } from './test-support/factories.js';
import { type OpenedSql, openSql } from './test-support/open-sql.js';
import { createTestDatabase } from './test-support/postgres.js';
import { startWorker } from './test-support/run-worker.js';

// One suite, run unchanged against SQLite (a temp file) and PostgreSQL (a fresh database), no mocks. The cases
// live in test-support/contract/, one file per area; each runs once per dialect here. The records port's cases
// also run against the HTTP adapter (http/remote-store.contract.test.ts); the change feed's and backups' run
// here only, on the adapters that offer them.

interface Target {
  url: string;
  drop(): Promise<void>;
}

const dialects: Array<{ name: 'sqlite' | 'postgres'; create(): Promise<Target> }> = [
  {
    name: 'sqlite',
    async create() {
      const dir = mkdtempSync(join(tmpdir(), 'debrief-store-'));
      return {
        url: `sqlite:${join(dir, 'store.db')}`,
        drop: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  { name: 'postgres', create: () => createTestDatabase() },
];

async function freshStore(target: Target): Promise<OpenedSql> {
  const opened = await openSql(target.url);
  await opened.store.migrate();
  return opened;
}

describe.each(dialects)('the $name store', ({ name, create }) => {
  let target: Target;
  let opened: OpenedSql;
  let store: Store;
  const use: ContractUse = {
    store: () => store,
    audit: () => opened.audit,
    another: () => openStore(target.url),
    url: () => target.url,
  };
  const feedUse: FeedUse = { opened: () => opened, url: () => target.url };

  beforeAll(async () => {
    target = await create();
    opened = await freshStore(target);
    store = opened.store;
    // Migrating twice is harmless: every start calls it.
    await store.migrate();
  });

  afterAll(async () => {
    await store?.close();
    await target?.drop();
  });

  it('reports its dialect and answers a ping', async () => {
    expect(store.dialect).toBe(name);
    await expect(store.ping()).resolves.toBeUndefined();
  });

  incidentCases(use);
  childCases(use);
  documentCases(use);
  concurrencyCases(use);
  searchCases(use);
  insightCases(use);
  changeCases(feedUse);
  if (name === 'postgres') listenReconnectCases(feedUse);
});

describe('backup bundles', () => {
  const targets: Target[] = [];
  const opened: OpenedSql[] = [];

  async function open(index: number): Promise<OpenedSql> {
    const dialect = dialects[index % 2]!;
    const target = await dialect.create();
    targets.push(target);
    const database = await freshStore(target);
    opened.push(database);
    return database;
  }

  afterAll(async () => {
    await Promise.all(opened.map((database) => database.store.close()));
    await Promise.all(targets.map((target) => target.drop()));
  });

  it('restore from SQLite into PostgreSQL and back gives the same incidents, timestamps and audit log', async () => {
    const sqlite = await open(0);
    const ids = ['INC-B1', 'INC-B2'];
    for (const id of ids) await sqlite.store.documents.save(documentInput(id), ctx);
    await sqlite.store.incidents.update('INC-B1', 1, { status: 'published' }, ctx);
    const fromSqlite = JSON.parse(JSON.stringify(await sqlite.backups.backup()));

    const postgres = await open(1);
    expect(await postgres.backups.restore(fromSqlite, { actor: 'restorer' })).toEqual({ incidents: 2 });
    const fromPostgres = await postgres.backups.backup();
    expect(fromPostgres.incidents).toEqual(fromSqlite.incidents);
    const history = fromPostgres.audit.slice(0, fromSqlite.audit.length);
    const strip = (entries: Array<{ id: number }>) => entries.map(({ id: _id, ...rest }) => rest);
    expect(strip(history)).toEqual(strip(fromSqlite.audit));
    expect(fromPostgres.audit.slice(fromSqlite.audit.length).map((e) => [e.actor, e.entityId])).toEqual([
      ['restorer', 'INC-B1'],
      ['restorer', 'INC-B2'],
    ]);

    const sqliteAgain = await open(2);
    await sqliteAgain.backups.restore(JSON.parse(JSON.stringify(fromPostgres)), ctx);
    expect((await sqliteAgain.backups.backup()).incidents).toEqual(fromSqlite.incidents);
    expect((await sqliteAgain.store.incidents.get('INC-B1')).status).toBe('published');
  });

  it('announces a restore as the restorer creating each incident, not the history it copies', async () => {
    const source = await open(0);
    await source.store.documents.save(documentInput('INC-R1'), ctx);
    await source.store.incidents.update('INC-R1', 1, { status: 'published' }, ctx);
    const bundle = JSON.parse(JSON.stringify(await source.backups.backup()));
    const target = await open(2);
    const heard: Change[] = [];
    const stop = target.changes.subscribe((change) => heard.push(change));
    await target.backups.restore(bundle, { actor: 'restorer' });
    stop();
    expect(heard.map((change) => [change.actor, change.action, change.entityId])).toEqual([
      ['restorer', 'create', 'INC-R1'],
    ]);
  });

  it('restores a backup taken before control characters were refused, with U+FFFD in their place', async () => {
    const source = await open(0);
    await source.store.documents.save(documentInput('INC-C1'), ctx);
    const bundle = JSON.parse(JSON.stringify(await source.backups.backup()));
    const [entry] = bundle.incidents;
    entry.document.title = 'Checkout \u001b[31mfailed\u0007';
    const target = await open(1);
    expect(await target.backups.restore(bundle, ctx)).toEqual({ incidents: 1 });
    expect((await target.store.incidents.get('INC-C1')).title).toBe('Checkout \ufffd[31mfailed\ufffd');
  });

  it('rejects a file that is not a backup, naming the field', async () => {
    const { backups } = await open(0);
    const error = await failure(backups.restore({ format: 'something-else', incidents: [] }, ctx));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('format');
  });

  it.each([0, 1])('refuses to restore into a database that holds incidents (%#)', async (index) => {
    const { store, backups } = await open(index);
    await store.incidents.create(incidentInput(), ctx);
    const bundle = await backups.backup();
    const error = await failure(backups.restore(bundle, ctx));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('not empty');
  });

  it.each([0, 1])(
    'restores nothing when a bundle repeats a record id across incidents (%#)',
    async (index) => {
      const { store, backups } = await open(index);
      const twin = (id: string) => {
        const doc = documentInput(id);
        return { ...doc, timeline: [{ id: 'EVT-SAME', at: null, summary: 'shared id' }] };
      };
      const at = '2026-03-05T00:00:00.000Z';
      const bundle = {
        format: 'debrief-backup',
        formatVersion: 1,
        createdAt: at,
        incidents: [twin('INC-T1'), twin('INC-T2')].map((document) => ({
          document,
          createdAt: at,
          updatedAt: at,
        })),
        audit: [],
      };
      const error = await failure(backups.restore(bundle, ctx));
      expect(error.code).toBe('invalid_input');
      expect(await store.incidents.count()).toBe(0);
    },
  );
});

describe('a SQLite store under pressure', () => {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-sqlite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a database locked longer than the busy timeout as unavailable, and writes nothing', async () => {
    const path = join(dir, 'busy.db');
    const store = await openStore(`sqlite:${path}`, { busyTimeoutMs: 200 });
    await store.migrate();
    const blocker = new BetterSqlite3(path);
    blocker.exec('begin immediate');
    try {
      const error = await failure(store.incidents.create(incidentInput(), ctx));
      expect(error.code).toBe('unavailable');
      expect(error.message).toContain('database is busy');
    } finally {
      blocker.exec('rollback');
      blocker.close();
    }
    expect(await store.incidents.count()).toBe(0);
    await store.close();
  });

  it('still migrates (a no-op) and reads while another process holds the write lock', async () => {
    const path = join(dir, 'read-while-locked.db');
    const setup = await openStore(`sqlite:${path}`);
    await setup.migrate();
    await setup.incidents.create(incidentInput(), ctx);
    await setup.close();
    const blocker = new BetterSqlite3(path);
    blocker.exec('begin immediate');
    const store = await openStore(`sqlite:${path}`, { busyTimeoutMs: 200 });
    try {
      await store.migrate();
      expect(await store.incidents.count()).toBe(1);
    } finally {
      blocker.exec('rollback');
      blocker.close();
      await store.close();
    }
  });

  it('survives a writer killed with SIGKILL mid-write: the file passes integrity_check and keeps every acknowledged write', async () => {
    const url = `sqlite:${join(dir, 'crash.db')}`;
    const setup = await openStore(url);
    await setup.migrate();
    const incident = await setup.incidents.create(incidentInput(), ctx);
    await setup.close();

    const child = startWorker('crash-writer.ts', [url, incident.id]);
    const acked: number[] = [];
    let pending = '';
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^ack (\d+)$/.exec(line);
        if (match) acked.push(Number(match[1]));
      }
      if (acked.length >= 25) child.kill('SIGKILL');
    });
    expect(await exited, stderr).toBe('SIGKILL');
    expect(acked.length).toBeGreaterThanOrEqual(25);

    const { store, database } = await openSql(url);
    const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(database.kysely);
    expect(check.rows.map((row) => row.integrity_check)).toEqual(['ok']);
    const stored = new Set((await store.timeline.list(incident.id)).map((event) => event.fingerprint));
    const missing = acked.flatMap((batch) =>
      Array.from({ length: 20 }, (_, i) => `batch-${batch}-${i}`).filter((fp) => !stored.has(fp)),
    );
    expect(missing).toEqual([]);
    // The writer may have committed one batch whose `ack` it never got to print; never fewer.
    expect(stored.size).toBeGreaterThanOrEqual(acked.length * 20);
    await store.close();
  }, 120_000);
});
