import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { dialects } from '../test-support/test-store.js';

describe.each(dialects)('incident ids that are unsafe in headers and chat, on %s', (dialect) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(dialect);
  });
  afterAll(async () => t?.close());

  it('refuses to create an incident under an id outside the safe alphabet, naming it', async () => {
    for (const id of ['INC-事故', '<!channel>', 'a b', '-lead']) {
      const response = await t.as(t.editor, {
        method: 'PUT',
        url: `/api/incidents/${encodeURIComponent(id)}/document`,
        payload: { id, title: 'Unsafe id', severity: 'SEV3' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toContain(
        `id: ${JSON.stringify(id)} is not a usable incident id`,
      );
    }
    const fine = await t.as(t.editor, {
      method: 'PUT',
      url: '/api/incidents/INC-2026.014_b/document',
      payload: { id: 'INC-2026.014_b', title: 'Safe id', severity: 'SEV3' },
    });
    expect(fine.statusCode).toBe(201);
    // A file named after the id must be makeable everywhere: no twin in other letter case, no device name.
    for (const [id, words] of [
      ['inc-2026.014_B', 'differs only in letter case'],
      ['CON', 'Windows keeps for a device'],
      ['lpt1.txt', 'Windows keeps for a device'],
    ] as const) {
      const refused = await t.as(t.editor, {
        method: 'PUT',
        url: `/api/incidents/${id}/document`,
        payload: { id, title: 'Twin', severity: 'SEV3' },
      });
      expect(refused.statusCode, id).toBe(400);
      expect(refused.json().error.message).toContain(words);
    }
    await expect(
      t.store.incidents.create({ title: 'Twin', severity: 'SEV3' }, { actor: 'test' }, 'INC-2026.014_B'),
    ).rejects.toThrow('differs only in letter case');
  });

  it('downloads reports of an incident stored under a non-Latin-1 id (as an older import made it)', async () => {
    const id = 'INC-事故';
    await t.store.documents.save({ id, title: 'Old import', severity: 'SEV3' } as never, { actor: 'tests' });
    for (const format of ['md', 'html', 'slack']) {
      const response = await t.as(t.editor, {
        url: `/api/incidents/${encodeURIComponent(id)}/report?format=${format}&download=1`,
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toContain(
        `filename*=UTF-8''INC-%E4%BA%8B%E6%95%85-engineering.`,
      );
    }
  });
});
