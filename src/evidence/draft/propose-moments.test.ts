import { describe, expect, it } from 'vitest';
import type { DraftEvent } from '../draft-event.js';
import { type LeftOutMoment, proposeMoments } from './propose-moments.js';

const event = (
  at: string,
  kind: DraftEvent['kind'],
  summary: string,
  severity: DraftEvent['severity'] = 'info',
) =>
  ({
    at,
    approximate: false,
    source: 'manual',
    kind,
    severity,
    summary,
    count: 1,
    origin: { file: 'notes.txt', line: 1 },
    origins: [{ file: 'notes.txt', line: 1 }],
  }) satisfies DraftEvent;

// Trial 18d, E-8: a rollback is the mitigation; a later mitigation saying the service recovered is when it ended.
describe('the resolution a draft proposes', () => {
  it('is a later mitigation that says the service recovered, the rollback staying the mitigation', () => {
    const moments = proposeMoments([
      event('2026-11-30T14:05:00Z', 'panic', 'panic: pool exhausted', 'critical'),
      event('2026-11-30T14:41:00Z', 'rollback', 'Rolled back checkout-api'),
      event('2026-11-30T14:45:00Z', 'mitigation', 'Raised the pool size; errors not yet recovered'),
      event('2026-11-30T14:52:00Z', 'mitigation', 'Error rate recovered to baseline'),
    ]);
    expect(moments.mitigated?.at).toBe('2026-11-30T14:41:00Z');
    expect(moments.resolved).toMatchObject({
      at: '2026-11-30T14:52:00Z',
      reason: 'recovered: Error rate recovered to baseline',
    });
  });

  it('is none from a mitigation that does not say so', () => {
    const moments = proposeMoments([
      event('2026-11-30T14:05:00Z', 'panic', 'panic: pool exhausted', 'critical'),
      event('2026-11-30T14:41:00Z', 'rollback', 'Rolled back checkout-api'),
      event('2026-11-30T14:52:00Z', 'mitigation', 'Raised the pool size'),
    ]);
    expect(moments.resolved).toBeUndefined();
  });
});

// Trial 12h A-12: a resolution five seconds before the revert's commit time was dropped without a word.
describe('a moment in an impossible order', () => {
  it('is left out of the draft and reported with the moment it would come before', () => {
    const leftOut: LeftOutMoment[] = [];
    const moments = proposeMoments(
      [
        event('2026-12-06T15:26:09Z', 'panic', 'panic: pool exhausted', 'critical'),
        event('2026-12-06T15:26:35Z', 'resolution', 'PagerDuty incident resolved'),
        event('2026-12-06T15:26:40Z', 'rollback', 'Revert "lower max_conns to 5"'),
      ],
      undefined,
      leftOut,
    );
    expect(moments.resolved).toBeUndefined();
    expect(moments.mitigated?.at).toBe('2026-12-06T15:26:40Z');
    expect(leftOut).toEqual([
      {
        name: 'resolved',
        at: '2026-12-06T15:26:35Z',
        reason: 'resolved: PagerDuty incident resolved',
        before: { name: 'mitigated', at: '2026-12-06T15:26:40Z' },
      },
    ]);
  });
});

// Trial 19: a first revert changed nothing, the errors went on and stopped two seconds after a second one.
describe('the mitigation a draft proposes', () => {
  const events = [
    { ...event('2026-12-07T04:34:12Z', 'error', 'inventory lookup failed', 'error'), signature: 'S1' },
    event('2026-12-07T04:34:23Z', 'rollback', 'Revert "renderer cache"'),
    event('2026-12-07T04:34:51Z', 'rollback', 'Revert "new invoice renderer"'),
    event('2026-12-07T04:40:00Z', 'flag-change', 'Turned the cleanup flag back on'),
  ];

  it('is the last one before the errors that started the impact ended, when they outlived the first', () => {
    const moments = proposeMoments(events, undefined, [], (id) =>
      id === 'S1' ? '2026-12-07T04:34:53.000Z' : undefined,
    );
    expect(moments.mitigated).toMatchObject({
      at: '2026-12-07T04:34:51Z',
      reason: 'rollback: Revert "new invoice renderer" (the errors went on after the rollback at 04:34:23Z)',
    });
  });

  it('is the first one when the errors ended before the next, or when nothing says when they ended', () => {
    const ended = (at: string) => () => at;
    expect(proposeMoments(events, undefined, [], ended('2026-12-07T04:34:30.000Z')).mitigated?.at).toBe(
      '2026-12-07T04:34:23Z',
    );
    expect(proposeMoments(events).mitigated?.at).toBe('2026-12-07T04:34:23Z');
  });
});
