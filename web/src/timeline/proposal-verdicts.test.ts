import { describe, expect, it } from 'vitest';
import { proposedMoments } from './draft-moments.js';
import { type EventFacts, judgeProposals } from './proposal-verdicts.js';

// The facts of the captured fixtures: a Rust panic at 10:57:00 (rust/expect_err.debug.txt), then Alertmanager's
// HighErrorRate firing at 11:02:51 and resolving at 11:03:02 and 11:03:06 (alertmanager/05 and 06).
const panic: EventFacts = {
  id: 'EVT-PANIC',
  at: '2026-12-02T10:57:00.000Z',
  kind: 'panic',
  severity: 'critical',
  summary: "Rust panic in thread 'main' at src/expect_err.rs:11:40",
};
const fired: EventFacts = {
  id: 'EVT-FIRED',
  at: '2026-12-02T11:02:51.205Z',
  kind: 'alert-fired',
  severity: 'critical',
  summary: 'Alert HighErrorRate (pod=checkout-api-7f9c-1) firing: 5xx above 5% for 5 minutes',
};
const firstResolved: EventFacts = {
  id: 'EVT-RESOLVED-1',
  at: '2026-12-02T11:03:02.259Z',
  kind: 'alert-resolved',
  severity: 'info',
  summary: 'Alert HighErrorRate (pod=checkout-api-7f9c-1) resolved',
};
// The resolved webhook's draft: its alert's firing again, and the resolution.
const resolvedDraft: EventFacts[] = [
  { ...fired, summary: 'Alert HighErrorRate (pod=checkout-api-7f9c-2) firing: 5xx above 5% for 5 minutes' },
  {
    at: '2026-12-02T11:03:06.282Z',
    kind: 'alert-resolved',
    severity: 'info',
    summary: 'Alert HighErrorRate (pod=checkout-api-7f9c-2) resolved',
  },
];
const resolvedProposals = proposedMoments({
  impactStart: { at: '2026-12-02T11:02:51.205Z', reason: 'first sign of impact, an alert', event: 0 },
  detected: { at: '2026-12-02T11:02:51.205Z', reason: 'first alert or page', event: 0 },
  resolved: { at: '2026-12-02T11:03:06.282Z', reason: 'last alert resolved', event: 1 },
});

const byName = (judged: ReturnType<typeof judgeProposals>) =>
  Object.fromEntries(judged.map((moment) => [moment.name, moment]));

describe('proposed moments judged against the incident', () => {
  it('never ticks an alert as impact start when the timeline holds an earlier error, and says why', () => {
    // The incident has the panic stored but no moments: nothing set yet, still the alert is not impact start.
    const judged = byName(judgeProposals(resolvedProposals, {}, [panic], resolvedDraft));
    expect(judged.impactStart).toMatchObject({ verdict: 'worse', ticked: false });
    expect(judged.impactStart?.note).toContain('panic at 2026-12-02 10:57:00Z');
    expect(judged.impactStart?.note).toContain('the alert is when it was detected, not when impact started');
    // The alert is the detection, and the resolution is new: both ticked.
    expect(judged.detected).toMatchObject({ verdict: 'new', ticked: true });
    expect(judged.resolved).toMatchObject({ verdict: 'new', ticked: true });
  });

  it('shows the moment set now beside each proposal, and ticks none that would replace it', () => {
    const current = {
      impactStart: { at: panic.at as string, reason: 'first error: Rust panic' },
      detected: { at: fired.at as string, reason: 'first alert or page: Alert HighErrorRate' },
      resolved: { at: firstResolved.at as string, reason: 'last alert resolved' },
    };
    const judged = byName(
      judgeProposals(resolvedProposals, current, [panic, fired, firstResolved], resolvedDraft),
    );
    expect(judged.impactStart).toMatchObject({
      verdict: 'worse',
      ticked: false,
      current: { at: panic.at, reason: 'first error: Rust panic' },
    });
    // The same time, but no event backs it yet: ticked, so accepting links it to the draft's alert.
    expect(judged.detected).toMatchObject({ verdict: 'same', ticked: true });
    const linked = { ...current, detected: { ...current.detected, eventId: 'EVT-1' } };
    const again = byName(
      judgeProposals(resolvedProposals, linked, [panic, fired, firstResolved], resolvedDraft),
    );
    expect(again.detected).toMatchObject({ verdict: 'same', ticked: false });
    // Another alert resolving later is no better founded; replacing is the person's choice.
    expect(judged.resolved).toMatchObject({ verdict: 'replaces', ticked: false });
  });

  it('points out a proposal better founded than the moment set now, and leaves replacing it to the person', () => {
    const proposals = proposedMoments({ impactStart: { at: panic.at, reason: 'first error', event: 0 } });
    // Impact start was taken from the alert, the only evidence then; the log now shows the panic before it.
    const current = {
      impactStart: { at: fired.at as string, eventId: fired.id, reason: 'first sign of impact' },
    };
    const judged = byName(judgeProposals(proposals, current, [fired], [panic]));
    expect(judged.impactStart).toMatchObject({ verdict: 'better', ticked: false });
    expect(judged.impactStart?.note).toBe(
      'Better founded than the alert-fired at 2026-12-02 11:02:51Z set now; tick to replace it.',
    );
  });

  it('a later alert is not the detection when an earlier one is stored', () => {
    const earlierAlert = { ...fired, id: 'EVT-OLD', at: '2026-12-01T14:07:45.000Z' };
    const judged = byName(judgeProposals(resolvedProposals, {}, [earlierAlert], resolvedDraft));
    expect(judged.detected).toMatchObject({ verdict: 'worse', ticked: false });
  });

  it('a first error still beats an alert stored before it as impact start', () => {
    const proposals = proposedMoments({ impactStart: { at: panic.at, reason: 'first error', event: 0 } });
    const judged = byName(
      judgeProposals(proposals, {}, [{ ...fired, at: '2026-12-02T10:50:00.000Z' }], [{ ...panic }]),
    );
    expect(judged.impactStart).toMatchObject({ verdict: 'new', ticked: true });
  });

  it('an alert is impact start when it is all the evidence there is', () => {
    const judged = byName(judgeProposals(resolvedProposals, {}, [], resolvedDraft));
    expect(judged.impactStart).toMatchObject({ verdict: 'new', ticked: true });
  });
});
