import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Moments } from '../domain/index.js';
import { incidentInput } from '../store/test-support/factories.js';
import { attachDraft, planMoments } from './attach-draft.js';
import { draftToAttach } from './draft-to-attach.js';
import { importEvidence } from './import-evidence.js';
import { deleteRecord } from './records.js';
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

const captured = join(import.meta.dirname, '../../test/fixtures/real/captured');
async function draftOf(path: string) {
  const name = path.split('/').at(-1) as string;
  const { result } = await importEvidence({ files: [{ name, path: join(captured, path) }] });
  return draftToAttach(result);
}

eachStore('attachDraft under the fill policy, with evidence stored before', (store) => {
  it('leaves impact start unset rather than at the alert when an earlier error is stored, and says why', async () => {
    const incident = await store().incidents.create(incidentInput({ moments: {} }), ctx);
    const log = await draftOf('rust/expect_err.debug.txt');
    // The panic is stored, its moments not taken (as when a person unticked them).
    await attachDraft(store(), incident.id, { events: log.events }, ctx);
    const webhook = await draftOf('alertmanager/06-HighErrorRate-resolved.json');
    expect(webhook.moments?.impactStart?.at).toBe('2026-12-02T11:02:51.205Z');
    const attached = await attachDraft(store(), incident.id, webhook, ctx, { policy: 'fill' });
    expect(attached.set).toEqual(['detected', 'resolved']);
    expect(attached.leftOut).toEqual([
      {
        name: 'impactStart',
        reason: expect.stringMatching(
          /^the timeline already has panic at 2026-12-02T10:57:00.000Z \(Rust panic/,
        ),
      },
    ]);
    expect(attached.incident.moments.impactStart).toBeUndefined();
    expect(attached.incident.moments.detected?.at).toBe('2026-12-02T11:02:51.205Z');
  });

  it('a person choosing it (the replace policy) still sets it', async () => {
    const incident = await store().incidents.create(incidentInput({ moments: {} }), ctx);
    await attachDraft(
      store(),
      incident.id,
      { events: (await draftOf('rust/expect_err.debug.txt')).events },
      ctx,
    );
    const webhook = await draftOf('alertmanager/06-HighErrorRate-resolved.json');
    const attached = await attachDraft(store(), incident.id, webhook, ctx, { policy: 'replace' });
    expect(attached.set).toContain('impactStart');
  });
});

eachStore('attachDraft links each moment it sets to the event it rests on', (store) => {
  it('saves the event id with a moment from real evidence, so deleting the event unsets the moment', async () => {
    const incident = await store().incidents.create(incidentInput({ moments: {} }), ctx);
    const webhook = await draftOf('alertmanager/06-HighErrorRate-resolved.json');
    const attached = await attachDraft(store(), incident.id, webhook, ctx, { policy: 'replace' });
    const detected = attached.incident.moments.detected;
    const founding = attached.added.find((event) => event.id === detected?.eventId);
    expect(founding?.kind).toBe('alert-fired');
    expect(founding?.at).toBe(detected?.at);
    const resolved = attached.added.find((e) => e.id === attached.incident.moments.resolved?.eventId);
    expect(resolved?.kind).toBe('alert-resolved');
    const current = await store().timeline.get(founding?.id as string);
    expect(await deleteRecord(store(), 'events', current.id, current.version, ctx)).toEqual({
      clearedMoments: expect.arrayContaining(['detected']),
    });
    expect((await store().incidents.get(incident.id)).moments.detected).toBeUndefined();
  });

  it('links to the stored twin when the event was attached before, and leaves a moment no event founds unlinked', async () => {
    const incident = await store().incidents.create(incidentInput({ moments: {} }), ctx);
    const events = [
      { at: at(1), kind: 'alert-fired' as const, summary: 'HighErrorRate fired', fingerprint: 'fp-a' },
    ];
    const first = await attachDraft(store(), incident.id, { events }, ctx);
    const again = await attachDraft(
      store(),
      incident.id,
      { events, moments: { detected: { at: at(1) }, mitigated: { at: at(4), reason: 'rolled back' } } },
      ctx,
      { policy: 'replace' },
    );
    expect(again.skipped).toBe(1);
    expect(again.incident.moments.detected?.eventId).toBe(first.added[0]?.id);
    expect(again.incident.moments.mitigated).toEqual({ at: at(4), reason: 'rolled back' });
  });

  it('links a stored moment no event backs when the same draft is accepted again with its event', async () => {
    const incident = await store().incidents.create(incidentInput({ moments: {} }), ctx);
    const events = [
      { at: at(1), kind: 'alert-fired' as const, summary: 'HighErrorRate fired', fingerprint: 'fp-b' },
    ];
    // Accepted first with the moment but without its event: the moment stands alone.
    const alone = await attachDraft(
      store(),
      incident.id,
      { events: [], moments: { detected: { at: at(1) } } },
      ctx,
    );
    expect(alone.incident.moments.detected).toEqual({ at: at(1) });
    const again = await attachDraft(
      store(),
      incident.id,
      { events, moments: { detected: { at: at(1) } } },
      ctx,
    );
    expect(again.set).toEqual([]);
    expect(again.incident.moments.detected).toEqual({ at: at(1), eventId: again.added[0]?.id });
  });

  it('links a moment the evidence derives (errors back under their usual rate) to the last event before it', async () => {
    // A log with a few errors, a four-minute burst at 14:05, then its usual rate again.
    const lines: string[] = [];
    for (let minute = 0; minute < 30; minute++) {
      const mm = String(minute).padStart(2, '0');
      for (let second = 0; second < 60; second += 10)
        lines.push(
          `2026-03-04T14:${mm}:${String(second).padStart(2, '0')}Z INFO request completed status=200`,
        );
      const errors = minute >= 5 && minute < 9 ? 30 : [2, 15, 22].includes(minute) ? 1 : 0;
      for (let n = 0; n < errors; n++) {
        const second = String(errors === 1 ? 30 : n * 2).padStart(2, '0');
        lines.push(
          `2026-03-04T14:${mm}:${second}Z ERROR charge failed: deadline exceeded calling 10.0.0.${n % 7}:443`,
        );
      }
    }
    const dir = mkdtempSync(join(tmpdir(), 'debrief-spike-'));
    try {
      writeFileSync(join(dir, 'spike.log'), `${lines.sort().join('\n')}\n`);
      const { result } = await importEvidence({
        files: [{ name: 'spike.log', path: join(dir, 'spike.log') }],
      });
      const draft = draftToAttach(result);
      expect(draft.moments?.mitigated?.reason).toMatch(/^errors back under their usual rate/);
      const incident = await store().incidents.create(incidentInput({ moments: {} }), ctx);
      const attached = await attachDraft(store(), incident.id, draft, ctx);
      const spike = attached.added.find((event) => event.kind === 'log-spike');
      expect(attached.incident.moments.mitigated?.eventId).toBe(spike?.id);
      // Deleting the file's events (read in the wrong zone, say) leaves no moment of it behind.
      for (const event of await store().timeline.list(incident.id))
        await deleteRecord(store(), 'events', event.id, event.version, ctx);
      expect((await store().incidents.get(incident.id)).moments).toEqual({});
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
