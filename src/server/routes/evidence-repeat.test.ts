import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart, multipartHeaders } from '../test-support/multipart.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { dialects } from '../test-support/test-store.js';

const captured = join(import.meta.dirname, '../../../test/fixtures/real/captured');
const fixture = (path: string) => ({
  [path.split('/').at(-1) as string]: readFileSync(join(captured, path)),
});

interface Draft {
  events: Array<{ at: string; kind: string; summary: string; fingerprint: string }>;
  alreadyStored: number[];
  moments: Record<string, { at: string; reason: string }>;
}

describe.each(dialects)('evidence uploaded again on %s: what is already in the timeline', (dialect) => {
  let t: TestServer;
  let id: string;
  beforeAll(async () => {
    t = await startTestServer(dialect);
    const created = await t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      payload: { title: 'Checkout 5xx', severity: 'SEV2' },
    });
    id = created.json().id;
  });
  afterAll(async () => t?.close());

  async function draftOf(files: Record<string, Buffer>): Promise<Draft> {
    const response = await t.as(t.editor, {
      method: 'POST',
      url: `/api/incidents/${id}/evidence`,
      headers: multipartHeaders,
      payload: multipart(files),
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  async function accept(events: Draft['events']) {
    const response = await t.as(t.editor, {
      method: 'POST',
      url: `/api/incidents/${id}/events/bulk`,
      payload: { events },
    });
    expect(response.statusCode).toBe(200);
    return response.json() as { added: unknown[]; skipped: number };
  }

  it('a first upload has nothing already stored', async () => {
    const draft = await draftOf(fixture('alertmanager/05-HighErrorRate-firing.json'));
    expect(draft.alreadyStored).toEqual([]);
    expect((await accept(draft.events)).added).toHaveLength(3);
  });

  it("the resolved webhook's firing event is marked as already stored, and accepting it adds no twin", async () => {
    const draft = await draftOf(fixture('alertmanager/06-HighErrorRate-resolved.json'));
    const firing = draft.events.findIndex((event) => event.kind === 'alert-fired');
    expect(draft.alreadyStored).toEqual([firing]);
    // Accepted whole (as an API client might), the server adds the resolution only and says it skipped one.
    expect(await accept(draft.events)).toMatchObject({ added: [expect.anything()], skipped: 1 });
    const { timeline } = (await t.as(t.editor, { method: 'GET', url: `/api/incidents/${id}` })).json() as {
      timeline: Draft['events'];
    };
    const keys = timeline.map((event) => `${event.at} ${event.kind} ${event.summary}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(timeline).toHaveLength(4);
  });

  it('a log uploaded twice is all already stored the second time, and the server says it skipped it', async () => {
    const log = fixture('rust/expect_err.debug.txt');
    const first = await draftOf(log);
    expect(first.alreadyStored).toEqual([]);
    const added = (await accept(first.events)).added.length;
    expect(added).toBeGreaterThan(0);
    const again = await draftOf(log);
    expect(again.alreadyStored).toEqual(again.events.map((_, index) => index));
    expect(await accept(again.events)).toMatchObject({ added: [], skipped: added });
  });
});
