import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { dialects } from '../test-support/test-store.js';

describe.each(dialects)('decisions recorded in a meeting on %s', (dialect) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(dialect);
  });
  afterAll(async () => t?.close());

  async function booked() {
    const incident = (
      await t.as(t.editor, {
        method: 'POST',
        url: '/api/incidents',
        payload: { title: 'Pool exhaustion', severity: 'SEV2' },
      })
    ).json();
    const review = (
      await t.as(t.editor, {
        method: 'POST',
        url: `/api/incidents/${incident.id}/reviews`,
        payload: { scheduledAt: '2026-03-06T15:00:00Z' },
      })
    ).json();
    return { incident, review, url: `/api/incidents/${incident.id}/reviews/${review.id}/decisions` };
  }

  it('keeps both decisions when two people record one at the same moment', async () => {
    const { review, url } = await booked();
    const texts = ['Freeze config pushes until canaries exist', 'Page the platform team for pool alarms'];
    const answers = await Promise.all(
      texts.map((text) => t.as(t.editor, { method: 'POST', url, payload: { text } })),
    );
    expect(answers.map((answer) => answer.statusCode)).toEqual([201, 201]);
    const stored = (await t.as(t.viewer, { url: `/api/reviews/${review.id}` })).json();
    expect([...stored.decisions].sort()).toEqual([...texts].sort());
  });

  it('refuses a viewer, a review of another incident, an empty decision and a closed review', async () => {
    const { review, url } = await booked();
    const other = await booked();
    expect((await t.as(t.viewer, { method: 'POST', url, payload: { text: 'x' } })).statusCode).toBe(403);
    const elsewhere = url.replace(review.id, other.review.id);
    expect(
      (await t.as(t.editor, { method: 'POST', url: elsewhere, payload: { text: 'x' } })).statusCode,
    ).toBe(404);
    const empty = await t.as(t.editor, { method: 'POST', url, payload: { text: '  ' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toMatch(/decision/);
    await t.as(t.editor, {
      method: 'PATCH',
      url: `/api/reviews/${review.id}`,
      payload: { version: review.version, endedAt: '2026-03-06T16:00:00Z' },
    });
    const closed = await t.as(t.editor, { method: 'POST', url, payload: { text: 'Too late' } });
    expect(closed.statusCode).toBeGreaterThanOrEqual(400);
    expect(closed.json().error.message).toMatch(/closed/);
  });
});
