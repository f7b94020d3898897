import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteRecord } from '../../app/records.js';
import { ConflictError, type DebriefError } from '../../domain/index.js';
import { startTestServer, type TestServer } from '../../server/test-support/test-server.js';
import type { Store } from '../store.js';
import { bulkBatches } from './bulk-batches.js';
import { remoteClient } from './remote-client.js';
import { openRemoteStore } from './remote-store.js';

let t: TestServer;
let url: string;

beforeAll(async () => {
  t = await startTestServer('sqlite', { cacheMs: 0 });
  url = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => t?.close());

async function rejection(promise: Promise<unknown>): Promise<DebriefError> {
  try {
    await promise;
  } catch (error) {
    return error as DebriefError;
  }
  throw new Error('expected the call to fail');
}

describe('the remote store, in-process against a real server', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openRemoteStore(remoteClient(url, t.editor.token));
  });

  it('reports the server’s database dialect and creates, reads and lists incidents as the token’s user', async () => {
    expect(store.dialect).toBe('sqlite');
    const incident = await store.incidents.create(
      { title: 'Queue backlog', severity: 'SEV3' },
      { actor: 'x' },
    );
    expect(await store.incidents.get(incident.id)).toEqual(incident);
    // Whole records, not the list's summaries: `debrief list --json` prints the same with --server as with --db.
    expect(await store.incidents.list({ search: 'backlog' })).toEqual([incident]);
    expect(await store.incidents.count({ search: 'backlog' })).toBe(1);
    expect(await store.incidents.find('inc_nowhere')).toBeUndefined();
    expect((await t.audit.list({ incidentId: incident.id }))[0]?.actor).toBe(t.editor.username);
  });

  it('turns a stale version into a ConflictError carrying the current record', async () => {
    const incident = await store.incidents.create(
      { title: 'Cache stampede', severity: 'SEV2' },
      { actor: 'x' },
    );
    const action = await store.actions.add(
      incident.id,
      { title: 'Add jitter', owner: 'platform' },
      { actor: 'x' },
    );
    const done = await store.actions.update(action.id, action.version, { status: 'done' }, { actor: 'x' });
    expect(done.status).toBe('done');
    const stale = await rejection(
      store.actions.update(action.id, action.version, { owner: 'y' }, { actor: 'x' }),
    );
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).current).toMatchObject({ id: action.id, version: done.version });
    expect((await store.actions.get(action.id)).version).toBe(done.version);
  });

  it('searches actions by incident and overdue day like the database does', async () => {
    const incident = await store.incidents.create({ title: 'Disk full', severity: 'SEV4' }, { actor: 'x' });
    const fields = { title: 'Alert on disk', owner: 'ops', dueDate: '2026-01-10' };
    const action = await store.actions.add(incident.id, fields, { actor: 'x' });
    const overdue = await store.actions.search({ incidentId: incident.id, overdueOn: '2026-02-01' });
    expect(overdue.map((a) => a.id)).toEqual([action.id]);
    expect(await store.actions.search({ incidentId: incident.id, overdueOn: '2026-01-01' })).toEqual([]);
  });

  it('adds many events in batches under the body limit, and skips them all when sent again', async () => {
    const incident = await store.incidents.create({ title: 'Log flood', severity: 'SEV3' }, { actor: 'x' });
    const events = Array.from({ length: 300 }, (_, i) => ({
      at: new Date(Date.UTC(2026, 2, 4, 14, 0, i)).toISOString(),
      summary: `signature ${i} ${'x'.repeat(8_000)}`,
      fingerprint: `fp-${i}`,
    }));
    expect(bulkBatches(events).length).toBeGreaterThan(1);
    expect((await store.timeline.addMany(incident.id, events, { actor: 'x' })).added).toHaveLength(300);
    expect(await store.timeline.addMany(incident.id, events, { actor: 'x' })).toMatchObject({
      added: [],
      skipped: 300,
      incident: { id: incident.id },
    });
  });

  it('refuses a chosen record id with one line naming --db, and maps unknown ids to not_found', async () => {
    const incident = await store.incidents.create({ title: 'Chosen ids', severity: 'SEV4' }, { actor: 'x' });
    const chosen = store.factors.add(
      incident.id,
      { title: 'x', category: 'tooling' },
      { actor: 'x' },
      'FAC-1',
    );
    expect((await rejection(chosen)).message).toBe(
      'adding a record with a chosen id (FAC-1) needs direct database access: use --db',
    );
    expect((await rejection(store.documents.load('inc_nowhere'))).code).toBe('not_found');
  });

  it('names the URL but never the token when the server refuses it or cannot be reached', async () => {
    const refused = await rejection(
      openRemoteStore(remoteClient(url, 'dbt_secret')).then((s) => s.incidents.list()),
    );
    expect(refused.code).toBe('forbidden');
    expect(refused.message).toContain(`the token was refused by ${url}`);
    expect(refused.message).not.toContain('dbt_secret');
    const gone = await rejection(openRemoteStore(remoteClient('http://127.0.0.1:9', 'dbt_secret')));
    expect(gone.code).toBe('unavailable');
    expect(gone.message).toMatch(/^cannot reach the debrief server at http:\/\/127\.0\.0\.1:9 /);
  });

  it('answers which key moments deleting an event unset, as the server unset them', async () => {
    const incident = await store.incidents.create(
      { title: 'Gateway errors', severity: 'SEV2' },
      { actor: 'x' },
    );
    const page = await store.timeline.add(
      incident.id,
      { at: '2026-03-04T14:05:00Z', kind: 'page', summary: 'on-call paged' },
      { actor: 'x' },
    );
    expect((await store.incidents.get(incident.id)).moments.detected?.eventId).toBe(page.id);
    expect(await deleteRecord(store, 'events', page.id, page.version, { actor: 'x' })).toEqual({
      clearedMoments: ['detected'],
    });
    expect((await store.incidents.get(incident.id)).moments.detected).toBeUndefined();
  });
});
