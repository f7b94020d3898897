import { describe, expect, it } from 'vitest';
import { metricsFromMoments, momentOrderProblems, momentsSchema } from './moments.js';

const at = (hhmm: string) => ({ at: `2026-03-04T${hhmm}:00.000Z` });

describe('moments', () => {
  it('computes time to detect, acknowledge, mitigate and resolve, and the impact duration', () => {
    const metrics = metricsFromMoments({
      impactStart: at('14:00'),
      detected: at('14:05'),
      acknowledged: at('14:07'),
      mitigated: at('14:30'),
      resolved: at('15:00'),
    });
    expect(metrics).toEqual({
      timeToDetect: 5 * 60_000,
      timeToAcknowledge: 2 * 60_000,
      timeToMitigate: 30 * 60_000,
      timeToResolve: 60 * 60_000,
      impactDuration: 30 * 60_000,
    });
  });

  it('counts the impact until resolution when nothing mitigated it first', () => {
    expect(metricsFromMoments({ impactStart: at('14:00'), resolved: at('14:45') }).impactDuration).toBe(
      45 * 60_000,
    );
  });

  it('leaves out metrics whose moments are missing', () => {
    expect(metricsFromMoments({ detected: at('14:05') })).toEqual({});
  });

  it('rejects a resolution before the impact start, naming both fields and both times', () => {
    const result = momentsSchema.safeParse({
      impactStart: { at: '2026-03-04T14:00:00Z' },
      resolved: { at: '2026-03-04T13:00:00Z' },
    });
    expect(result.success).toBe(false);
    const message = result.error?.issues.map((issue) => issue.message).join('\n') ?? '';
    expect(message).toContain(
      'resolved (2026-03-04T13:00:00.000Z) is before impactStart (2026-03-04T14:00:00.000Z)',
    );
  });

  it('rejects detection before the impact, naming the rule', () => {
    const problems = momentOrderProblems({ impactStart: at('14:00'), detected: at('13:55') });
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('detected must not come before impactStart'),
    ]);
  });

  it('allows detection after resolution (a customer report after self-recovery)', () => {
    expect(
      momentOrderProblems({ impactStart: at('14:00'), resolved: at('14:10'), detected: at('14:30') }),
    ).toEqual([]);
  });

  it('rejects an acknowledgement before the detection', () => {
    const problems = momentOrderProblems({ detected: at('14:05'), acknowledged: at('14:01') });
    expect(problems.map((problem) => [problem.earlier, problem.later])).toEqual([
      ['detected', 'acknowledged'],
    ]);
  });

  it('normalises times with offsets to UTC', () => {
    const parsed = momentsSchema.parse({ detected: { at: '2026-03-04T16:05:00+02:00' } });
    expect(parsed.detected?.at).toBe('2026-03-04T14:05:00.000Z');
  });
});
