import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { dialects } from '../test-support/test-store.js';

describe.each(dialects)('the meeting’s cards over the API on %s', (dialect) => {
  let t: TestServer;
  let base: string;
  beforeAll(async () => {
    t = await startTestServer(dialect);
    const incident = (
      await t.asAdmin({
        method: 'POST',
        url: '/api/incidents',
        payload: {
          title: 'Queue backlog',
          severity: 'SEV3',
          participants: [{ name: 'ada', role: 'facilitator' }],
        },
      })
    ).json();
    const review = (
      await t.asAdmin({
        method: 'POST',
        url: `/api/incidents/${incident.id}/reviews`,
        payload: { scheduledAt: '2026-03-06T15:00:00Z' },
      })
    ).json();
    base = `/api/incidents/${incident.id}/reviews/${review.id}`;
  });
  afterAll(async () => t?.close());

  it('takes a card from an attendee, refuses a viewer and an oversized card, and counts hidden ones', async () => {
    const added = await t.as(t.editor, {
      method: 'POST',
      url: `${base}/cards`,
      payload: { prompt: 'helped', text: 'The runbook had the rollback command' },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json().id).toMatch(/^CRD-/);
    const viewer = await t.as(t.viewer, {
      method: 'POST',
      url: `${base}/cards`,
      payload: { prompt: 'helped', text: 'x' },
    });
    expect(viewer.statusCode).toBe(403);
    const long = await t.as(t.editor, {
      method: 'POST',
      url: `${base}/cards`,
      payload: { prompt: 'hard', text: 'x'.repeat(501) },
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.message).toMatch(/500/);
    const board = (await t.as(t.viewer, { url: `${base}/cards` })).json();
    expect(board).toMatchObject({ counts: { helped: 1 }, cards: [], role: 'viewer' });
  });

  it('reveals for the facilitator only, then everyone reads and votes', async () => {
    expect(
      (await t.as(t.editor, { method: 'POST', url: `${base}/cards/reveal`, payload: {} })).statusCode,
    ).toBe(403);
    expect(
      (await t.asAdmin({ method: 'POST', url: `${base}/cards/reveal`, payload: { prompt: 'helped' } }))
        .statusCode,
    ).toBe(204);
    const { cards } = (await t.as(t.editor, { url: `${base}/cards` })).json();
    expect(cards.map((card: { text: string }) => card.text)).toEqual([
      'The runbook had the rollback command',
    ]);
    const voted = await t.as(t.editor, { method: 'POST', url: `${base}/cards/${cards[0].id}/vote` });
    expect(voted.json()).toEqual({ votesLeft: 2 });
  });
});
