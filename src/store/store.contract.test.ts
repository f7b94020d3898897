import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ConflictError,
  canonicalDocument,
  type DebriefError,
  incidentDocumentSchema,
} from '../domain/index.js';
import { openStore } from './open.js';
import type { Store } from './store.js';
import { documentInput, incidentInput, uniqueWord } from './test-support/factories.js';
import { createTestDatabase } from './test-support/postgres.js';
import { runWorker, startWorker } from './test-support/run-worker.js';

// One suite, run unchanged against SQLite (a temp file) and PostgreSQL (a fresh database), no mocks.

const ctx = { actor: 'tester' };

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

/** The error a promise rejects with, for assertions on code and message. */
async function failure(promise: Promise<unknown>): Promise<DebriefError> {
  try {
    await promise;
  } catch (error) {
    return error as DebriefError;
  }
  throw new Error('expected the promise to reject');
}

async function freshStore(target: Target): Promise<Store> {
  const store = await openStore(target.url);
  await store.migrate();
  return store;
}

describe.each(dialects)('the $name store', ({ name, create }) => {
  let target: Target;
  let store: Store;

  beforeAll(async () => {
    target = await create();
    store = await freshStore(target);
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

  it('creates an incident at version 1 and reads it back', async () => {
    const created = await store.incidents.create(incidentInput({ title: '  Padded title  ' }), ctx);
    expect(created.id).toMatch(/^INC-/);
    expect(created.version).toBe(1);
    expect(created.title).toBe('Padded title');
    expect(await store.incidents.get(created.id)).toEqual(created);
    expect(await store.incidents.find('INC-NOPE')).toBeUndefined();
    expect((await failure(store.incidents.get('INC-NOPE'))).code).toBe('not_found');
  });

  it('rejects invalid incident fields with invalid_input naming the field, and writes nothing', async () => {
    const word = uniqueWord();
    const error = await failure(
      store.incidents.create(incidentInput({ title: word, severity: 'SEV9' as 'SEV1' }), ctx),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('severity');
    expect(error.message).toContain('SEV9');
    expect(await store.incidents.count({ search: word })).toBe(0);
  });

  it('refuses to create an incident with an id that exists', async () => {
    const id = `INC-${uniqueWord()}`;
    await store.incidents.create(incidentInput(), ctx, id);
    const error = await failure(store.incidents.create(incidentInput(), ctx, id));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain(id);
  });

  it('lists incidents newest first, filtered by status, severity, service and search words, with paging', async () => {
    const service = uniqueWord('svc');
    const a = await store.incidents.create(
      incidentInput({ title: 'Disk full on db', services: [service], severity: 'SEV1' }),
      ctx,
    );
    const b = await store.incidents.create(
      incidentInput({
        title: 'Cache stampede',
        services: ['Other', service.toUpperCase()],
        status: 'published',
      }),
      ctx,
    );
    const c = await store.incidents.create(
      incidentInput({ title: 'Disk latency 100%_', services: [service] }),
      ctx,
    );
    await store.incidents.create(
      incidentInput({ title: 'Disk full elsewhere', services: [`${service}x`] }),
      ctx,
    );
    const ids = async (filter: Parameters<Store['incidents']['list']>[0]) =>
      (await store.incidents.list({ service, ...filter })).map((incident) => incident.id);

    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({ status: ['published'] })).toEqual([b.id]);
    expect(await ids({ severity: ['SEV1', 'SEV3'] })).toEqual([a.id]);
    expect(await ids({ search: 'DISK' })).toEqual([c.id, a.id]);
    expect(await ids({ search: 'disk full' })).toEqual([a.id]);
    expect(await ids({ search: '100%_' })).toEqual([c.id]);
    expect(await ids({ search: 'disk %' })).toEqual([c.id]);
    expect(await ids({ search: 'disk_' })).toEqual([]);
    expect(await ids({ limit: 2 })).toEqual([c.id, b.id]);
    expect(await ids({ limit: 2, offset: 2 })).toEqual([a.id]);
    expect(await ids({ offset: 1 })).toEqual([b.id, a.id]);
    expect(await store.incidents.count({ service, search: 'disk' })).toBe(2);
  });

  it('updates with the current version, bumping it and recording old and new values in the audit log', async () => {
    const created = await store.incidents.create(incidentInput(), ctx);
    const updated = await store.incidents.update(
      created.id,
      1,
      { title: 'Renamed', status: 'in-review' },
      { actor: 'ana' },
    );
    expect(updated.version).toBe(2);
    expect(updated.title).toBe('Renamed');
    const [entry] = await store.audit.list({ incidentId: created.id, limit: 1 });
    expect(entry).toMatchObject({
      actor: 'ana',
      action: 'update',
      entity: 'incident',
      entityId: created.id,
      changes: {
        title: { old: 'Checkout latency spike', new: 'Renamed' },
        status: { old: 'draft', new: 'in-review' },
      },
    });
    expect(Date.parse(entry?.at ?? '')).not.toBeNaN();
  });

  it('refuses a stale update with a conflict carrying the current record, and changes nothing', async () => {
    const created = await store.incidents.create(incidentInput(), ctx);
    const current = await store.incidents.update(created.id, 1, { title: 'First writer' }, ctx);
    const auditBefore = await store.audit.list({ incidentId: created.id });
    const error = (await failure(
      store.incidents.update(created.id, 1, { title: 'Second writer' }, ctx),
    )) as ConflictError;
    expect(error.code).toBe('conflict');
    expect(error.current).toEqual(current);
    expect(await store.incidents.get(created.id)).toEqual(current);
    expect(await store.audit.list({ incidentId: created.id })).toEqual(auditBefore);
  });

  it('clears an optional field when a patch sets it to undefined, and rejects moments in an impossible order', async () => {
    const created = await store.incidents.create(
      incidentInput({ impact: { description: 'x', usersAffected: 5 } }),
      ctx,
    );
    const cleared = await store.incidents.update(created.id, 1, { impact: { description: 'x' } }, ctx);
    expect(cleared.impact.usersAffected).toBeUndefined();
    const error = await failure(
      store.incidents.update(
        created.id,
        2,
        {
          moments: { impactStart: { at: '2026-03-04T15:00:00Z' }, resolved: { at: '2026-03-04T14:00:00Z' } },
        },
        ctx,
      ),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('resolved');
    expect(error.message).toContain('impactStart');
  });

  it('deletes an incident with its children only at the current version, and audits the delete', async () => {
    const incident = await store.incidents.create(incidentInput(), ctx);
    const event = await store.timeline.add(incident.id, { at: '2026-03-04T14:01:00Z', summary: 'page' }, ctx);
    const fresh = await store.incidents.get(incident.id);
    expect((await failure(store.incidents.delete(incident.id, 1, ctx))).code).toBe('conflict');
    expect(await store.incidents.find(incident.id)).toBeDefined();
    await store.incidents.delete(incident.id, fresh.version, { actor: 'bo' });
    expect(await store.incidents.find(incident.id)).toBeUndefined();
    expect((await failure(store.timeline.get(event.id))).code).toBe('not_found');
    const [entry] = await store.audit.list({ incidentId: incident.id, limit: 1 });
    expect(entry).toMatchObject({ action: 'delete', entity: 'incident', entityId: incident.id, actor: 'bo' });
  });

  it('keeps the timeline in time order with unknown times last, and moves the incident version on', async () => {
    const incident = await store.incidents.create(incidentInput(), ctx);
    const late = await store.timeline.add(
      incident.id,
      { at: '2026-03-04T14:30:00Z', summary: 'rollback', kind: 'rollback' },
      ctx,
    );
    const unknown = await store.timeline.add(
      incident.id,
      { at: null, summary: 'someone restarted a pod' },
      ctx,
    );
    const early = await store.timeline.add(
      incident.id,
      { at: '2026-03-04T14:00:00+01:00', summary: 'deploy' },
      ctx,
    );
    expect(early.at).toBe('2026-03-04T13:00:00.000Z');
    expect((await store.timeline.list(incident.id)).map((e) => e.id)).toEqual([
      early.id,
      late.id,
      unknown.id,
    ]);
    expect((await store.incidents.get(incident.id)).version).toBe(4);

    const moved = await store.timeline.update(
      unknown.id,
      1,
      { at: '2026-03-04T14:10:00Z', approximate: true },
      ctx,
    );
    expect(moved).toMatchObject({ version: 2, approximate: true, incidentId: incident.id });
    expect((await store.timeline.list(incident.id)).map((e) => e.id)).toEqual([
      early.id,
      unknown.id,
      late.id,
    ]);
    expect((await failure(store.timeline.update(unknown.id, 1, { summary: 'stale' }, ctx))).code).toBe(
      'conflict',
    );
    expect((await store.timeline.get(unknown.id)).summary).toBe('someone restarted a pod');
    await store.timeline.delete(late.id, 1, ctx);
    expect((await store.timeline.list(incident.id)).map((e) => e.id)).toEqual([early.id, unknown.id]);
    expect((await failure(store.timeline.list('INC-NOPE'))).code).toBe('not_found');
    expect(
      (await failure(store.timeline.add(incident.id, { at: 'yesterday', summary: 'x' }, ctx))).message,
    ).toContain('at');
  });

  it('adds many events in one go and skips fingerprints the incident already has', async () => {
    const incident = await store.incidents.create(incidentInput(), ctx);
    const other = await store.incidents.create(incidentInput(), ctx);
    const events = Array.from({ length: 120 }, (_, i) => ({
      at: new Date(Date.UTC(2026, 2, 4, 14, 0, i)).toISOString(),
      summary: `line ${i}`,
      fingerprint: `fp-${i % 100}`,
    }));
    const first = await store.timeline.addMany(incident.id, events, ctx);
    expect(first.added).toHaveLength(100);
    expect(first.skipped).toBe(20);
    const again = await store.timeline.addMany(incident.id, [...events, { at: null, summary: 'new' }], ctx);
    expect(again.added.map((e) => e.summary)).toEqual(['new']);
    expect(again.skipped).toBe(120);
    expect((await store.timeline.addMany(other.id, events.slice(0, 3), ctx)).added).toHaveLength(3);
    expect(await store.timeline.list(incident.id)).toHaveLength(101);
    const bad = await failure(
      store.timeline.addMany(
        incident.id,
        [
          { at: null, summary: 'ok' },
          { at: null, summary: '' },
        ],
        ctx,
      ),
    );
    expect(bad.message).toContain('timeline event 2');
    expect(await store.timeline.list(incident.id)).toHaveLength(101);
  });

  it('stores factors and actions, checking due dates against the incident and factors against their incident', async () => {
    const incident = await store.incidents.create(incidentInput(), ctx);
    const other = await store.incidents.create(incidentInput(), ctx);
    const factor = await store.factors.add(
      incident.id,
      { title: 'No alert on queue depth', category: 'monitoring-alerting' },
      ctx,
    );
    const foreign = await store.factors.add(other.id, { title: 'Elsewhere', category: 'tooling' }, ctx);
    const action = await store.actions.add(
      incident.id,
      {
        title: 'Alert on queue depth',
        owner: 'sre',
        dueDate: '2026-03-20',
        factorId: factor.id,
        type: 'detect',
      },
      ctx,
    );
    expect(action).toMatchObject({ version: 1, status: 'open', priority: 'medium', factorId: factor.id });
    expect(await store.actions.list(incident.id)).toEqual([action]);

    const early = await failure(
      store.actions.add(incident.id, { title: 'Too early', dueDate: '2026-03-01' }, ctx),
    );
    expect(early.code).toBe('invalid_input');
    expect(early.message).toContain('dueDate (2026-03-01)');
    const wrong = await failure(
      store.actions.add(incident.id, { title: 'Wrong factor', factorId: foreign.id }, ctx),
    );
    expect(wrong.message).toContain(`factorId "${foreign.id}"`);
    const dropped = await failure(store.actions.update(action.id, 1, { status: 'dropped' }, ctx));
    expect(dropped.message).toContain('droppedReason');

    const refused = await failure(store.factors.delete(factor.id, 1, ctx));
    expect(refused.message).toContain(action.id);
    const done = await store.actions.update(action.id, 1, { status: 'done' }, ctx);
    expect(done.version).toBe(2);
    expect((await failure(store.actions.delete(action.id, 1, ctx))).code).toBe('conflict');
    await store.actions.delete(action.id, 2, ctx);
    await store.factors.delete(factor.id, 1, ctx);
    expect(await store.factors.list(incident.id)).toEqual([]);
  });

  it('searches actions across incidents by owner, status and overdue day, soonest due first', async () => {
    const owner = uniqueWord('owner');
    const one = await store.incidents.create(incidentInput(), ctx);
    const two = await store.incidents.create(incidentInput(), ctx);
    const late = await store.actions.add(one.id, { title: 'late', owner, dueDate: '2026-05-01' }, ctx);
    const soon = await store.actions.add(
      two.id,
      { title: 'soon', owner, dueDate: '2026-03-10', status: 'in-progress' },
      ctx,
    );
    const never = await store.actions.add(two.id, { title: 'no date', owner }, ctx);
    await store.actions.add(two.id, { title: 'done', owner, dueDate: '2026-03-05', status: 'done' }, ctx);
    const titles = async (filter: Parameters<Store['actions']['search']>[0]) =>
      (await store.actions.search({ owner, ...filter })).map((a) => a.title);

    expect(await titles({ status: ['open', 'in-progress'] })).toEqual([soon.title, late.title, never.title]);
    expect(await titles({ overdueOn: '2026-04-01' })).toEqual([soon.title]);
    expect(await titles({ incidentId: one.id })).toEqual([late.title]);
    expect(await titles({ status: ['done'] })).toEqual(['done']);
  });

  it('stores reviews in insertion order and audits every child write', async () => {
    const incident = await store.incidents.create(incidentInput(), ctx);
    const review = await store.reviews.add(
      incident.id,
      { scheduledAt: '2026-03-06T10:00:00Z', attendees: ['ana'] },
      ctx,
    );
    const followUp = await store.reviews.add(
      incident.id,
      { kind: 'follow-up', scheduledAt: '2026-04-06T10:00:00Z' },
      ctx,
    );
    const noted = await store.reviews.update(
      review.id,
      1,
      { notes: 'We agreed on a canary.' },
      { actor: 'scribe' },
    );
    expect(noted.notes).toBe('We agreed on a canary.');
    expect((await store.reviews.list(incident.id)).map((r) => r.id)).toEqual([review.id, followUp.id]);
    const entries = await store.audit.list({ incidentId: incident.id });
    expect(entries.map((e) => [e.action, e.entity, e.entityId])).toEqual([
      ['update', 'review', review.id],
      ['create', 'review', followUp.id],
      ['create', 'review', review.id],
      ['create', 'incident', incident.id],
    ]);
    expect(entries[0]).toMatchObject({
      actor: 'scribe',
      changes: { notes: { old: '', new: 'We agreed on a canary.' } },
    });
  });

  it('saves a whole document and loads it back field for field', async () => {
    const input = documentInput(uniqueWord('DOC'));
    const saved = await store.documents.save(input, ctx);
    expect(saved.created).toBe(true);
    expect(saved.incident.version).toBe(1);
    const expected = canonicalDocument(incidentDocumentSchema.parse(input));
    expect(await store.documents.load(input.id)).toEqual(expected);
    expect(await store.actions.list(input.id)).toHaveLength(1);
  });

  it('replaces a document in place: matched children keep their ids, missing ones go, stale saves conflict', async () => {
    const id = uniqueWord('DOC');
    await store.documents.save(documentInput(id), ctx);
    const loaded = await store.documents.load(id);
    const before = await store.timeline.get(`${id}-e1`);
    const edited = {
      ...loaded,
      title: 'Edited title',
      timeline: [
        { ...loaded.timeline[0]!, summary: 'deploy v42 (bad config)' },
        { id: `${id}-e4`, at: '2026-03-04T14:20:00.000Z', summary: 'rollback' },
      ],
      reviews: [],
    };
    const result = await store.documents.save(edited, ctx, { expectedVersion: 1 });
    expect(result).toMatchObject({ created: false, incident: { version: 2, title: 'Edited title' } });
    const after = await store.documents.load(id);
    expect(after.timeline.map((e) => e.id)).toEqual([`${id}-e1`, `${id}-e4`]);
    const kept = await store.timeline.get(`${id}-e1`);
    expect(kept).toMatchObject({
      version: before.version + 1,
      createdAt: before.createdAt,
      summary: 'deploy v42 (bad config)',
    });
    expect(after.reviews).toEqual([]);
    expect(after.actions).toEqual(loaded.actions);

    const stale = await failure(
      store.documents.save({ ...edited, title: 'Lost update' }, ctx, { expectedVersion: 1 }),
    );
    expect(stale.code).toBe('conflict');
    expect(await store.documents.load(id)).toEqual(after);
    const unchanged = await store.documents.save(after, ctx, { expectedVersion: 2 });
    expect(unchanged.incident.version).toBe(2);
  });

  it('rejects a document that breaks a cross-record rule, naming the field', async () => {
    const input = documentInput(uniqueWord('DOC'));
    const error = await failure(
      store.documents.save({ ...input, actions: [{ title: 'x', id: 'a', factorId: 'nope' }] }, ctx),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('actions[0].factorId');
    expect(await store.incidents.find(input.id)).toBeUndefined();
  });

  it('refuses to restore into a database that holds incidents', async () => {
    await store.incidents.create(incidentInput(), ctx);
    const bundle = await store.backup();
    const error = await failure(store.restore(bundle, ctx));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('not empty');
  });

  it('loses no update when several processes increment one counter at once', async () => {
    const incident = await store.incidents.create(incidentInput(), ctx);
    const workers = 3;
    const times = 10;
    const runs = await Promise.all(
      Array.from({ length: workers }, (_, i) =>
        runWorker('counter-worker.ts', [target.url, incident.id, String(times), `worker-${i}`]),
      ),
    );
    for (const run of runs) expect(run, run.stderr).toMatchObject({ code: 0 });
    const final = await store.incidents.get(incident.id);
    expect(final.impact.usersAffected).toBe(workers * times);
    expect(final.version).toBe(1 + workers * times);
    const updates = await store.audit.list({ incidentId: incident.id });
    expect(updates.filter((e) => e.action === 'update')).toHaveLength(workers * times);
  }, 120_000);

  it('loses no update when several store instances in one process race', async () => {
    const incident = await store.incidents.create(incidentInput(), ctx);
    const others = await Promise.all([openStore(target.url), openStore(target.url)]);
    const all = [store, ...others];
    try {
      await Promise.all(
        all.map(async (instance) => {
          for (let done = 0; done < 10; ) {
            const current = await instance.incidents.get(incident.id);
            const next = { ...current.impact, failedRequests: (current.impact.failedRequests ?? 0) + 1 };
            try {
              await instance.incidents.update(incident.id, current.version, { impact: next }, ctx);
              done++;
            } catch (error) {
              if ((error as DebriefError).code !== 'conflict') throw error;
            }
          }
        }),
      );
    } finally {
      await Promise.all(others.map((other) => other.close()));
    }
    expect((await store.incidents.get(incident.id)).impact.failedRequests).toBe(all.length * 10);
  });
});

describe('backup bundles', () => {
  const targets: Target[] = [];
  const stores: Store[] = [];

  async function open(index: number): Promise<Store> {
    const dialect = dialects[index % 2]!;
    const target = await dialect.create();
    targets.push(target);
    const store = await freshStore(target);
    stores.push(store);
    return store;
  }

  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await Promise.all(targets.map((target) => target.drop()));
  });

  it('restore from SQLite into PostgreSQL and back gives the same incidents, timestamps and audit log', async () => {
    const sqlite = await open(0);
    const ids = ['INC-B1', 'INC-B2'];
    for (const id of ids) await sqlite.documents.save(documentInput(id), ctx);
    await sqlite.incidents.update('INC-B1', 1, { status: 'published' }, ctx);
    const fromSqlite = JSON.parse(JSON.stringify(await sqlite.backup()));

    const postgres = await open(1);
    expect(await postgres.restore(fromSqlite, { actor: 'restorer' })).toEqual({ incidents: 2 });
    const fromPostgres = await postgres.backup();
    expect(fromPostgres.incidents).toEqual(fromSqlite.incidents);
    const history = fromPostgres.audit.slice(0, fromSqlite.audit.length);
    const strip = (entries: Array<{ id: number }>) => entries.map(({ id: _id, ...rest }) => rest);
    expect(strip(history)).toEqual(strip(fromSqlite.audit));
    expect(fromPostgres.audit.slice(fromSqlite.audit.length).map((e) => [e.actor, e.entityId])).toEqual([
      ['restorer', 'INC-B1'],
      ['restorer', 'INC-B2'],
    ]);

    const sqliteAgain = await open(2);
    await sqliteAgain.restore(JSON.parse(JSON.stringify(fromPostgres)), ctx);
    expect((await sqliteAgain.backup()).incidents).toEqual(fromSqlite.incidents);
    expect((await sqliteAgain.incidents.get('INC-B1')).status).toBe('published');
  });

  it('rejects a file that is not a backup, naming the field', async () => {
    const store = await open(0);
    const error = await failure(store.restore({ format: 'something-else', incidents: [] }, ctx));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('format');
  });
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

    const store = await openStore(url);
    const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(
      store.database.kysely,
    );
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
