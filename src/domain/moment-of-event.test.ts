import { describe, expect, it } from 'vitest';
import { saysRecovered } from './moment-foundation.js';
import {
  failedAttemptLeavesUnset,
  mayMarkMoment,
  momentLeftUnset,
  momentMarkedBy,
  momentToSet,
} from './moment-of-event.js';

describe('momentLeftUnset', () => {
  const detected = { at: '2026-03-04T14:06:30.000Z', reason: 'first alert' };

  it('names the moment an acknowledgement before detection leaves unset, and the order it would break', () => {
    const unset = momentLeftUnset(
      { detected },
      { kind: 'acknowledged', summary: 'acknowledged', at: '2026-03-04T14:00:00.000Z' },
    );
    expect(unset?.name).toBe('acknowledged');
    expect(unset?.problem).toMatchObject({ earlier: 'detected', later: 'acknowledged' });
    expect(unset?.problem.message).toMatch(/acknowledged \(2026-03-04T14:00:00.000Z\) is before detected/);
  });

  it('names the later moment a detection after the acknowledgement would put out of order', () => {
    const acknowledged = { at: '2026-03-04T14:05:00.000Z' };
    const unset = momentLeftUnset(
      { acknowledged },
      { kind: 'page', summary: 'paged', at: '2026-03-04T14:07:00.000Z' },
    );
    expect(unset).toMatchObject({
      name: 'detected',
      problem: { earlier: 'detected', later: 'acknowledged' },
    });
  });

  it('says nothing when the order allows it, the moment is set, the time is unknown or the kind marks none', () => {
    const later = { kind: 'acknowledged', summary: 'acknowledged', at: '2026-03-04T14:08:00.000Z' };
    expect(momentLeftUnset({ detected }, later)).toBeUndefined();
    expect(
      momentLeftUnset({ detected, acknowledged: detected }, { ...later, at: '2026-03-04T14:00:00Z' }),
    ).toBeUndefined();
    expect(
      momentLeftUnset({ detected }, { kind: 'acknowledged', summary: 'acknowledged', at: null }),
    ).toBeUndefined();
    expect(
      momentLeftUnset({ detected }, { kind: 'note', summary: 'a note', at: '2026-03-04T14:00:00.000Z' }),
    ).toBeUndefined();
  });
});

describe('a mitigation attempt that changed nothing', () => {
  const at = '2026-03-04T14:20:00.000Z';
  const event = (summary: string, kind = 'mitigation') => ({ kind, summary, at });

  it('marks no mitigated moment when its text says it failed or only tried', () => {
    for (const summary of [
      'Tried restarting the push workers; no effect, failures continued',
      'Restarted the consumers, which did not help',
      "Rolled back 4.2.1 but it didn't fix the lag",
      'Drained the edge POP to no avail',
      'Attempted failover of the resolver',
      'Raised the pool size; errors persisted',
      'Scaled out the workers, still failing',
      // Partial, or undone (trial 19): the impact went on.
      'Turned off new-ledger-writes; error rate dropped to 20% but timeouts went on',
      'Partial recovery after the cache flush, most requests still slow',
      'Errors reduced but not gone after draining node-7',
      'Restarted the queue consumer; nothing changed',
      'Rolled back, but the errors came back five minutes later',
      // Trial 20, in its own words.
      'Restarted nginx; still seeing 502s',
      'Scaled up; latency improved briefly, then climbed again',
      "Patched the config; the fix didn't take",
      'Rolled back, which helped a little',
      '5xx rate halved, still well above SLO',
      'Restarted the consumers; the backlog kept growing',
      'Failed over to eu-west, though users still reported failures',
    ]) {
      expect(momentMarkedBy(event(summary)), summary).toBeUndefined();
    }
    expect(momentMarkedBy(event('Tried the rollback; it did not help', 'rollback'))).toBeUndefined();
  });

  it('marks it when the text says what improved, even after a try or with a failure beside it', () => {
    for (const summary of [
      'Rolled back the deploy',
      'Tried restarting the workers, which cleared the backlog',
      'Attempted failover; error rate dropped to 0.1%',
      'Disabled the flag; the failed pushes stopped',
      'Restarted the pods: the timeouts continued for a minute, then recovered',
      'Rolled back; latency returned to normal',
      'Disabled the flag; no errors since',
      'Restarted the pods; errors did not come back',
      'Rolled back; errors stopped, still monitoring',
    ]) {
      expect(momentMarkedBy(event(summary)), summary).toBe('mitigated');
    }
  });

  it('is said after adding it only while the mitigated moment is unset', () => {
    const failed = event('Tried restarting the workers; no effect');
    expect(failedAttemptLeavesUnset({}, failed)).toBe(true);
    expect(failedAttemptLeavesUnset({ mitigated: { at } }, failed)).toBe(false);
    expect(failedAttemptLeavesUnset({}, event('Rolled back the deploy'))).toBe(false);
    expect(failedAttemptLeavesUnset({}, { ...failed, kind: 'note' })).toBe(false);
  });
});

describe('a mitigation that says the service recovered', () => {
  it('reads recovery in the words people use, and not in what only looks like them', () => {
    for (const summary of [
      'Turned resize-on-upload off; uploads succeed again',
      'Service back up after the restart',
      'Checkout healthy again',
      'Error rate back to baseline',
    ])
      expect(saysRecovered(summary), summary).toBe(true);
    for (const summary of [
      'Backed up the database',
      'Back up to 40% errors',
      'Errors not yet recovered',
      'Only half of the pods recovered',
      'The service recovered only partially',
      'Latency recovered for a few minutes, then degraded again',
    ])
      expect(saysRecovered(summary), summary).toBe(false);
  });
});

describe('an error added by hand', () => {
  it('marks the impact start at error level, an error spike too, and nothing at warning level', () => {
    const error = { kind: 'error', summary: 'quota exceeded', severity: 'error' };
    expect(momentMarkedBy(error)).toBe('impactStart');
    expect(momentMarkedBy({ ...error, kind: 'log-spike' })).toBe('impactStart');
    expect(momentMarkedBy({ ...error, severity: 'warning' })).toBeUndefined();
    expect(momentMarkedBy({ ...error, kind: 'alert-fired' })).toBe('detected');
  });
});

describe('a flag change saying the service recovered', () => {
  const flag = (at: string) => ({
    kind: 'flag-change',
    summary: 'Turned resize off; uploads succeed again',
    at,
  });
  const mitigated = { at: '2026-05-12T13:30:00.000Z' };

  it('sets the resolution once the mitigation is set, and says when its time is before it (trial 20 F8)', () => {
    expect(momentToSet({ mitigated }, flag('2026-05-12T13:48:00.000Z'))).toBe('resolved');
    expect(momentToSet({}, flag('2026-05-12T13:48:00.000Z'))).toBeUndefined();
    expect(momentLeftUnset({ mitigated }, flag('2026-05-12T13:20:00.000Z'))?.name).toBe('resolved');
    expect(mayMarkMoment(flag('2026-05-12T13:48:00.000Z'))).toBe(true);
    expect(mayMarkMoment({ kind: 'flag-change', summary: 'Turned resize on' })).toBe(false);
  });

  it('sets the mitigation when none is set and the impact began before it (trial 27 F10)', () => {
    const impactStart = { at: '2026-05-12T13:00:00.000Z' };
    expect(momentToSet({ impactStart }, flag('2026-05-12T13:48:00.000Z'))).toBe('mitigated');
    expect(momentToSet({ detected: impactStart }, flag('2026-05-12T13:48:00.000Z'))).toBe('mitigated');
    // Before the impact began, a flag change is no mitigation (it may be the cause); nor one that recovers nothing.
    expect(momentToSet({ impactStart }, flag('2026-05-12T12:48:00.000Z'))).toBeUndefined();
    expect(
      momentToSet(
        { impactStart },
        { kind: 'flag-change', summary: 'Turned resize on', at: '2026-05-12T13:48:00.000Z' },
      ),
    ).toBeUndefined();
  });
});
