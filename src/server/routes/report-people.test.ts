import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

// `debrief serve` reads the project's configured people (debrief.config.json) as `debrief report` does; the
// server's reports remove them the same way.
describe('reports over the API with configured people', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer('sqlite', { people: { people: ['Zed Quux'], teams: ['Storage Guild'] } });
  });
  afterAll(async () => t.close());

  it('name no configured person in a public report, though the incident never lists them', async () => {
    const created = await t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      payload: {
        title: 'Cache stale for an hour',
        severity: 'SEV3',
        summary: 'Zed Quux restarted the cache and the results were fresh again.',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const report = await t.as(t.viewer, { url: `/api/incidents/${id}/report?format=md&audience=public` });
    expect(report.statusCode, report.body).toBe(200);
    expect(report.body).not.toContain('Zed Quux');
    expect(report.body).toContain('An engineer restarted the cache');
  });
});
