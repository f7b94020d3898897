import { describe, expect, it } from 'vitest';
import { lastLineAt, signatureRates } from './signature-rates.js';

describe('lastLineAt', () => {
  it('reads the last line time on the event day, or on the day it names', () => {
    const at = '2026-03-04T23:50:00.000Z';
    expect(lastLineAt('`x <*>` started 23:50:00, last at 23:59:30 (40 lines)', at)).toBe(
      '2026-03-04T23:59:30.000Z',
    );
    expect(lastLineAt('`x <*>` started 23:50:00, last at 2026-03-05 00:10:02 (40 lines)', at)).toBe(
      '2026-03-05T00:10:02.000Z',
    );
  });

  it('does not take the words from inside the template or from a summary without them', () => {
    const at = '2026-03-04T10:00:00.000Z';
    expect(lastLineAt('`retry, last at 10:00:05 failed` started 10:00:00 (3 lines)', at)).toBeUndefined();
    expect(lastLineAt('`x` started 10:00:00 (1 line)', at)).toBeUndefined();
    expect(lastLineAt('`x` started 10:00:00, last at 25:99:00 (2 lines)', at)).toBeUndefined();
  });
});

describe('signatureRates', () => {
  const first = {
    id: 'EVT-1',
    at: '2026-12-04T23:09:13.423Z',
    approximate: false,
    kind: 'log-signature' as const,
    severity: 'error' as const,
    summary: '`query failed: connection refused` started 23:09:13, last at 23:15:13 (453 lines)',
    source: 'log-signature',
    signature: 'S1',
    count: 453,
    origins: [],
  };
  const spike = {
    ...first,
    id: 'EVT-2',
    kind: 'log-spike' as const,
    at: '2026-12-04T23:09:00.000Z',
    count: 199,
  };
  const domain: [number, number] = [Date.parse('2026-12-04T23:00:00Z'), Date.parse('2026-12-04T23:20:00Z')];

  it('says a signature first showed at its first line, not at the start of its first spike minute (trial 13y)', () => {
    const [rate] = signatureRates([spike, first], domain);
    expect(rate).toMatchObject({ firstAt: '2026-12-04T23:09:13.423Z', total: 453 });
    expect(rate?.peak).toEqual({ perMinute: 199, at: '2026-12-04T23:09:00.000Z' });
  });

  it('takes the first spike when the timeline holds only spikes', () => {
    const later = { ...spike, id: 'EVT-3', at: '2026-12-04T23:15:00.000Z', count: 132 };
    expect(signatureRates([later, spike], domain)[0]?.firstAt).toBe('2026-12-04T23:09:00.000Z');
  });
});
