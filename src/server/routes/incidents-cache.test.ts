import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../store/index.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

describe('the incident list cache', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer('sqlite');
  });
  afterAll(async () => t?.close());

  it('does not keep a page read before a write that finished meanwhile', async () => {
    const created = await t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      payload: { title: 'Before the rename', severity: 'SEV3' },
    });
    const { id } = created.json();
    // Hold the list read open until a write has gone through the same server.
    const incidents = t.store.incidents as { list: Store['incidents']['list'] };
    const list = incidents.list;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let reading: () => void = () => undefined;
    const read = new Promise<void>((resolve) => {
      reading = resolve;
    });
    incidents.list = async (filter) => {
      const rows = await list.call(t.store.incidents, filter);
      reading();
      await gate;
      return rows;
    };
    const slow = t.as(t.viewer, { url: '/api/incidents' });
    await read;
    incidents.list = list;
    const renamed = await t.as(t.editor, {
      method: 'PATCH',
      url: `/api/incidents/${id}`,
      payload: { version: 1, title: 'After the rename' },
    });
    expect(renamed.statusCode).toBe(200);
    release();
    const titles = (response: Awaited<typeof slow>) =>
      response.json().incidents.map((incident: { title: string }) => incident.title);
    expect(titles(await slow)).toContain('Before the rename');
    expect(titles(await t.as(t.viewer, { url: '/api/incidents' }))).toContain('After the rename');
  });
});
