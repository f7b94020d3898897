import { describe, expect, it } from 'vitest';
import { type ClosureAction, closureStats, daysBetween, parseClosureTargets } from './closure.js';

let next = 0;
function action(fields: Partial<ClosureAction>): ClosureAction {
  next += 1;
  return {
    id: `ACT-${next}`,
    incidentId: 'INC-1',
    title: `action ${next}`,
    owner: 'Priya',
    priority: 'medium',
    type: 'prevent',
    status: 'open',
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...fields,
  };
}

const incidents = [
  { id: 'INC-1', title: 'Checkout down', severity: 'SEV1' as const },
  { id: 'INC-2', title: 'Slow search', severity: 'SEV3' as const },
];

describe('closure of action items', () => {
  it('counts done on time, late, undated, open, overdue and dropped', () => {
    const stats = closureStats(
      [
        action({ status: 'done', dueDate: '2026-03-10', closedOn: '2026-03-10' }),
        action({ status: 'done', dueDate: '2026-03-10', closedOn: '2026-03-11' }),
        action({ status: 'done', closedOn: '2026-03-02' }),
        action({ status: 'in-progress', dueDate: '2026-03-20' }),
        action({ status: 'open', dueDate: '2026-04-20' }),
        action({ status: 'dropped', closedOn: '2026-03-03' }),
      ],
      incidents,
      '2026-04-01',
    );
    expect(stats.overall).toEqual({
      total: 6,
      doneOnTime: 1,
      doneLate: 1,
      doneUndated: 1,
      open: 2,
      overdue: 1,
      dropped: 1,
    });
    expect(stats.incidents.map((entry) => entry.incidentId)).toEqual(['INC-1']);
  });

  it('takes medians and p90 of days to close by priority and type, over done actions only', () => {
    const stats = closureStats(
      [
        action({ status: 'done', priority: 'high', type: 'detect', closedOn: '2026-03-03' }),
        action({ status: 'done', priority: 'high', type: 'detect', closedOn: '2026-03-05' }),
        action({ status: 'done', priority: 'high', type: 'prevent', closedOn: '2026-03-31' }),
        action({ status: 'done', priority: 'low', updatedAt: '2026-03-11T09:00:00Z' }),
        action({ status: 'dropped', priority: 'low', closedOn: '2026-06-01' }),
      ],
      incidents,
      '2026-07-01',
    );
    expect(stats.timeToClose.byPriority.high).toEqual({ closed: 3, medianDays: 4, p90Days: 30 });
    // Done before closing days were kept: its last change stands in.
    expect(stats.timeToClose.byPriority.low).toEqual({ closed: 1, medianDays: 10, p90Days: 10 });
    expect(stats.timeToClose.byPriority.medium).toEqual({ closed: 0, medianDays: null, p90Days: null });
    // Two values: the mean of the middle pair, to the nearest day.
    expect(stats.timeToClose.byType.detect.medianDays).toBe(3);
    expect(stats.timeToClose.all.closed).toBe(4);
  });

  it('judges each severity against its target and lists what missed it, open ones first', () => {
    const stats = closureStats(
      [
        action({ title: 'quick', status: 'done', closedOn: '2026-03-20' }),
        action({ title: 'slow', status: 'done', closedOn: '2026-04-15' }),
        action({ title: 'stuck', status: 'open' }),
        action({ title: 'young', status: 'open', createdAt: '2026-04-20T00:00:00Z' }),
        action({ title: 'gone', status: 'dropped', closedOn: '2026-03-02' }),
        action({ incidentId: 'INC-2', title: 'search', status: 'open' }),
        action({ incidentId: 'INC-9', title: 'not visible', status: 'open' }),
      ],
      incidents,
      '2026-05-01',
    );
    const sev1 = stats.targets.find((target) => target.severity === 'SEV1');
    // "young" is open and not yet past its 30 days: within the target so far, not done in it.
    expect(sev1).toMatchObject({ days: 30, actions: 4, met: 2, openWithin: 1 });
    expect(sev1?.missed.map((missed) => [missed.title, missed.days, missed.open])).toEqual([
      ['stuck', 61, true],
      ['slow', 45, false],
    ]);
    expect(stats.targets.find((target) => target.severity === 'SEV3')).toMatchObject({ days: 90, met: 1 });
    expect(stats.overall.total).toBe(6);
  });

  it('reads targets as people write them over the defaults, and refuses others by name', () => {
    expect(parseClosureTargets(['sev1=14', 'SEV3 = none', 'SEV4=120'])).toEqual({
      SEV1: 14,
      SEV2: 60,
      SEV4: 120,
    });
    expect(() => parseClosureTargets(['SEV1:14'])).toThrow(
      'expected SEVERITY=DAYS such as SEV1=30 (or SEV4=none to judge none), got "SEV1:14"',
    );
    expect(() => parseClosureTargets(['SEV1=0'])).toThrow('expected at least 1 day');
  });

  it('counts calendar days between UTC days', () => {
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
    expect(daysBetween('2026-03-28', '2026-04-02')).toBe(5);
  });
});
