import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../store/index.js';
import { openSqlStore } from '../../store/index.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { dialects } from '../test-support/test-store.js';

describe.each(dialects)('the shared meeting on %s', (dialect) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(dialect);
  });
  afterAll(async () => t?.close());

  /** An incident whose facilitator is Ada (the admin) and whose scribe is Eli, with a review booked. */
  async function meeting(booked = '2026-03-06T15:00:00Z') {
    const incident = (
      await t.asAdmin({
        method: 'POST',
        url: '/api/incidents',
        payload: {
          title: 'Checkout errors after deploy',
          severity: 'SEV2',
          participants: [
            { name: 'ada', role: 'facilitator' },
            { name: 'eli', role: 'scribe' },
          ],
        },
      })
    ).json();
    const review = (
      await t.asAdmin({
        method: 'POST',
        url: `/api/incidents/${incident.id}/reviews`,
        payload: { scheduledAt: booked, durationMinutes: 60 },
      })
    ).json();
    const url = `/api/incidents/${incident.id}/reviews/${review.id}/meeting`;
    const drive = (payload: object) => t.asAdmin({ method: 'POST', url, payload });
    return { incident, review, url, drive };
  }

  it('starts not started, and tells each person their role', async () => {
    const { url } = await meeting();
    const admin = (await t.asAdmin({ url })).json();
    expect(admin).toMatchObject({
      role: 'facilitator',
      meeting: { status: 'not-started', phase: 0, version: 0 },
    });
    expect(admin.phaseCount).toBeGreaterThan(2);
    expect((await t.as(t.editor, { url })).json().role).toBe('scribe');
    expect((await t.as(t.viewer, { url })).json().role).toBe('viewer');
  });

  it('lets only the facilitator drive, and refuses an operation it does not know, naming it', async () => {
    const { url, drive } = await meeting();
    for (const caller of [t.editor, t.viewer]) {
      const refused = await t.as(caller, { method: 'POST', url, payload: { op: 'start' } });
      expect(refused.statusCode).toBe(403);
    }
    const scribe = await t.as(t.editor, { method: 'POST', url, payload: { op: 'start' } });
    expect(scribe.json().error.message).toBe(
      'only the facilitator drives the meeting; you are the scribe here',
    );
    const bad = await drive({ op: 'jump' });
    expect(bad.statusCode, bad.body).toBe(400);
    expect(bad.json().error.message).toMatch(/meeting operation/);
    expect((await t.asAdmin({ url })).json().meeting.status).toBe('not-started');
  });

  it('moves one phase when two facilitators press next at the same moment', async () => {
    const { url, drive } = await meeting();
    expect((await drive({ op: 'start' })).json().meeting.status).toBe('running');
    const answers = await Promise.all([
      drive({ op: 'next', fromPhase: 0 }),
      drive({ op: 'next', fromPhase: 0 }),
      drive({ op: 'next', fromPhase: 0 }),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200]);
    const { meeting: state } = (await t.asAdmin({ url })).json();
    expect(state.phase).toBe(1);
    expect(answers.every((a) => a.json().meeting.phase === 1)).toBe(true);
  });

  it('puts a question on screen, clears it on the next phase, notes who joined, and ends by closing the review', async () => {
    const { incident, review, url, drive } = await meeting();
    await drive({ op: 'start' });
    const shown = await drive({
      op: 'spotlight',
      spotlight: { kind: 'question', text: 'What did the dashboards show?' },
    });
    expect(shown.json().meeting.spotlight).toEqual({
      kind: 'question',
      text: 'What did the dashboards show?',
    });
    expect((await drive({ op: 'next', fromPhase: 0 })).json().meeting.spotlight).toBeNull();
    await t.as(t.editor, { url });
    await t.as(t.viewer, { url });
    await t.as(t.editor, {
      method: 'POST',
      url: `/api/incidents/${incident.id}/factors`,
      payload: { title: 'The flag had no owner', category: 'configuration' },
    });
    const ended = (await drive({ op: 'end' })).json().meeting;
    expect(ended.status).toBe('ended');
    // Who opened the room while it ran, a viewer who watched included.
    expect(ended.joined.map((p: { name: string }) => p.name).sort()).toEqual([
      'Ada Admin',
      'Eli Editor',
      'Vera Viewer',
    ]);
    const stored = (await t.asAdmin({ url: `/api/reviews/${review.id}` })).json();
    expect(stored.endedAt).toBe(ended.endedAt);
    expect(stored.summary).toMatchObject({
      startedAt: ended.startedAt,
      endedAt: ended.endedAt,
      attendees: expect.arrayContaining(['Ada Admin', 'Eli Editor', 'Vera Viewer']),
      factors: [{ title: 'The flag had no owner' }],
    });
    expect(stored.summary.phases[0]).toMatchObject({
      title: expect.any(String),
      bookedMinutes: expect.any(Number),
    });
    // The engineering report shows it.
    const report = await t.asAdmin({
      url: `/api/incidents/${incident.id}/report?format=html&audience=engineering`,
    });
    expect(report.body).toContain('<h3>Meeting summary</h3>');
    expect(report.body).toContain('The flag had no owner');
    expect(incident.id).toBe(ended.incidentId);
  });

  it('never runs the meeting of a closed review again, so its stored summary stays what it was', async () => {
    const { review, drive } = await meeting();
    await drive({ op: 'start' });
    await drive({ op: 'next', fromPhase: 0 });
    await drive({ op: 'end' });
    const before = (await t.asAdmin({ url: `/api/reviews/${review.id}` })).json();
    for (const op of ['reset', 'start']) {
      const refused = await drive({ op });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.message).toMatch(/was closed at .*cannot run again.*follow-up review/);
    }
    expect((await drive({ op: 'end' })).statusCode).toBe(200);
    const after = (await t.asAdmin({ url: `/api/reviews/${review.id}` })).json();
    expect(after.summary).toEqual(before.summary);
    expect(after.endedAt).toBe(before.endedAt);
  });

  it('moves the booking to when a meeting held early actually started', async () => {
    const { review, drive } = await meeting('2031-01-01T09:00:00Z');
    const started = (await drive({ op: 'start' })).json().meeting;
    await drive({ op: 'end' });
    const stored = (await t.asAdmin({ url: `/api/reviews/${review.id}` })).json();
    expect(stored.scheduledAt).toBe(started.startedAt);
    expect(stored.endedAt).toBeDefined();
  });

  it('announces every change on the change feed, for the live sockets of every server', async () => {
    const { review, drive } = await meeting();
    const heard: Change[] = [];
    const stop = t.changes.subscribe((change) => heard.push(change));
    await t.changes.ready();
    // A second server on the same database: PostgreSQL's LISTEN/NOTIFY carries the change across.
    const other = dialect === 'postgres' ? await openSqlStore(t.databaseUrl) : undefined;
    const heardThere: Change[] = [];
    const stopThere = other?.changes.subscribe((change) => heardThere.push(change));
    await other?.changes.ready();
    try {
      await drive({ op: 'start' });
      await expect
        .poll(() => heard.some((c) => c.entity === 'meeting' && c.entityId === review.id))
        .toBe(true);
      if (other) {
        await expect
          .poll(() => heardThere.some((c) => c.entity === 'meeting' && c.entityId === review.id))
          .toBe(true);
        const seen = await other.meetingRooms.get(review.incidentId, review.id);
        expect(seen.status).toBe('running');
      }
    } finally {
      stop();
      stopThere?.();
      await other?.store.close();
    }
  });
});
