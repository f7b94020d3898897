import { expect, it } from 'vitest';
import type { Store } from '../store/index.js';
import { incidentInput } from '../store/test-support/factories.js';
import { attachDraft } from './attach-draft.js';
import { addParticipant } from './participants.js';
import { recordDecision, saveReviewNotes, scheduleReview } from './reviews.js';
import { eachStore } from './test-support/each-store.js';

const ana = { actor: 'ana' };
const bo = { actor: 'bo' };

/** The store as one person sees it, with another person's write landing right after their first read of the incident. */
function withWriteBetween(store: Store, write: () => Promise<unknown>): Store {
  let pending = true;
  return {
    ...store,
    incidents: {
      ...store.incidents,
      async get(id) {
        const read = await store.incidents.get(id);
        if (pending) {
          pending = false;
          await write();
        }
        return read;
      },
    },
  };
}

eachStore('two people at once', (store) => {
  it('both decisions and both appended notes are kept when two people record them at the same moment', async () => {
    const incident = await store().incidents.create(incidentInput(), ana);
    const review = await scheduleReview(store(), incident.id, { scheduledAt: '2026-03-06T10:00:00Z' }, ana);
    await Promise.all([
      recordDecision(store(), review.id, 'Canary every release', ana),
      recordDecision(store(), review.id, 'Alert on pool saturation', bo),
      saveReviewNotes(store(), review.id, 'Ana: the pool filled in a minute.', ana, { append: true }),
      saveReviewNotes(store(), review.id, 'Bo: the alert fired late.', bo, { append: true }),
    ]);
    const saved = await store().reviews.get(review.id);
    expect([...saved.decisions].sort()).toEqual(['Alert on pool saturation', 'Canary every release']);
    expect(saved.notes).toContain('Ana: the pool filled in a minute.');
    expect(saved.notes).toContain('Bo: the alert fired late.');
  });

  it('keeps both people added at once, and still refuses the same person twice', async () => {
    const incident = await store().incidents.create(incidentInput(), ana);
    await Promise.all([
      addParticipant(store(), incident.id, { name: 'Amara Okafor', role: 'responder' }, ana),
      addParticipant(store(), incident.id, { name: 'Søren Ødegård', role: 'scribe' }, bo),
    ]);
    const names = (await store().incidents.get(incident.id)).participants.map((p) => p.name).sort();
    expect(names).toEqual(['Amara Okafor', 'Søren Ødegård']);
    await expect(
      addParticipant(store(), incident.id, { name: 'amara okafor', role: 'scribe' }, bo),
    ).rejects.toThrow(/already a participant/);
  });

  it('attaching evidence re-plans on the newer incident and keeps the moment a person set meanwhile', async () => {
    const incident = await store().incidents.create(incidentInput({ moments: {} }), ana);
    const person = { at: '2026-03-04T14:01:00.000Z', reason: 'first customer report' };
    const meanwhile = withWriteBetween(store(), async () => {
      const now = await store().incidents.get(incident.id);
      await store().incidents.update(incident.id, now.version, { moments: { impactStart: person } }, bo);
    });
    const draft = {
      events: [
        {
          at: '2026-03-04T14:03:00Z',
          kind: 'alert-fired' as const,
          summary: 'HighErrorRate',
          fingerprint: 'a',
        },
      ],
      moments: { impactStart: { at: '2026-03-04T14:02:00Z' }, detected: { at: '2026-03-04T14:03:00Z' } },
    };
    const attached = await attachDraft(meanwhile, incident.id, draft, ana);
    expect(attached.set).toEqual(['detected']);
    expect(attached.incident.moments.impactStart).toEqual(person);
    expect(await store().timeline.list(incident.id)).toHaveLength(1);
  });
});
