import { describe, expect, it } from 'vitest';
import type { Moments } from '../domain/index.js';
import { incidentInput } from '../store/test-support/factories.js';
import { attachDraft, planMoments } from './attach-draft.js';
import { eachStore } from './test-support/each-store.js';

const ctx = { actor: 'test' };
const at = (minute: number) => `2026-03-04T14:${String(minute).padStart(2, '0')}:00.000Z`;

describe('planMoments', () => {
  const stored: Moments = { impactStart: { at: at(0), reason: 'typed by hand' } };

  it('fills only the moments an incident lacks under the fill policy', () => {
    const plan = planMoments(stored, { impactStart: { at: at(3) }, detected: { at: at(5) } }, 'fill');
    expect(plan.moments.impactStart).toEqual(stored.impactStart);
    expect(plan.moments.detected).toEqual({ at: at(5) });
    expect(plan.set).toEqual(['detected']);
  });

  it('replaces stored moments a person chose under the replace policy', () => {
    const plan = planMoments(stored, { impactStart: { at: at(3) } }, 'replace');
    expect(plan.moments.impactStart).toEqual({ at: at(3) });
    expect(plan.set).toEqual(['impactStart']);
  });

  it('leaves out a proposal that would put the moments out of order, and says why', () => {
    const plan = planMoments(
      { impactStart: { at: at(10) } },
      { resolved: { at: at(5) }, detected: { at: at(12) } },
      'fill',
    );
    expect(plan.set).toEqual(['detected']);
    expect(plan.moments.resolved).toBeUndefined();
    expect(plan.leftOut).toEqual([{ name: 'resolved', reason: expect.stringContaining('resolved') }]);
  });

  it('keeps the stored moment when a replacement clashes', () => {
    const plan = planMoments(
      { impactStart: { at: at(0) }, mitigated: { at: at(20) } },
      { impactStart: { at: at(30) } },
      'replace',
    );
    expect(plan.moments.impactStart).toEqual({ at: at(0) });
    expect(plan.set).toEqual([]);
    expect(plan.leftOut.map((left) => left.name)).toEqual(['impactStart']);
  });
});

eachStore('attachDraft', (store) => {
  const events = [
    { at: at(1), kind: 'alert-fired' as const, summary: 'HighErrorRate fired', fingerprint: 'fp-1' },
    { at: at(2), kind: 'deploy' as const, summary: 'deploy v42', fingerprint: 'fp-2' },
  ];

  it('adds the events and the missing moments, and adds nothing the second time', async () => {
    const incident = await store().incidents.create(incidentInput({ moments: {} }), ctx);
    const first = await attachDraft(
      store(),
      incident.id,
      { events, moments: { detected: { at: at(1) } } },
      ctx,
    );
    expect(first.added).toHaveLength(2);
    expect(first.set).toEqual(['detected']);
    expect(first.incident.moments.detected?.at).toBe(at(1));
    const again = await attachDraft(
      store(),
      incident.id,
      { events, moments: { detected: { at: at(1) } } },
      ctx,
    );
    expect(again.added).toHaveLength(0);
    expect(again.skipped).toBe(2);
    expect(again.set).toEqual([]);
    expect(await store().timeline.list(incident.id)).toHaveLength(2);
  });

  it('refuses a planned version that has moved on, and saves neither events nor moments', async () => {
    const incident = await store().incidents.create(incidentInput({ moments: {} }), ctx);
    await store().incidents.update(incident.id, incident.version, { title: 'Renamed meanwhile' }, ctx);
    await expect(
      attachDraft(store(), incident.id, { events, moments: { detected: { at: at(1) } } }, ctx, {
        policy: 'replace',
        version: incident.version,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(await store().timeline.list(incident.id)).toHaveLength(0);
    expect((await store().incidents.get(incident.id)).moments.detected).toBeUndefined();
  });

  it('refuses a draft with a bad event whole: neither its events nor its moments are saved', async () => {
    const incident = await store().incidents.create(incidentInput({ moments: {} }), ctx);
    const bad = [...events, { at: 'not a time', summary: 'broken', fingerprint: 'fp-3' }];
    await expect(
      attachDraft(store(), incident.id, { events: bad, moments: { detected: { at: at(1) } } }, ctx),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await store().incidents.get(incident.id)).moments.detected).toBeUndefined();
    expect(await store().timeline.list(incident.id)).toHaveLength(0);
  });
});
