import { describe, expect, it } from 'vitest';
import type { Insights } from '../api/types.js';
import {
  chartedServices,
  factorSeries,
  periodText,
  responseSeries,
  serviceSeries,
} from './insight-series.js';

type Month = Insights['months'][number];

const none = { n: 0, medianMs: null, p90Ms: null };

function month(month: string, fields: Partial<Month> = {}): Month {
  return {
    month,
    incidents: 1,
    bySeverity: { SEV1: 1, SEV2: 0, SEV3: 0, SEV4: 0 },
    byService: {},
    factorCategories: {},
    response: { timeToDetect: none, timeToAcknowledge: none, timeToMitigate: none, timeToResolve: none },
    ...fields,
  };
}

describe('insight series', () => {
  it('draws each response time as a median and a dashed 90th percentile, in minutes', () => {
    const detected = { n: 3, medianMs: 600_000, p90Ms: 1_800_000 };
    const [median, p90] = responseSeries([
      month('2026-03', { response: { ...month('x').response, timeToDetect: detected } }),
      month('2026-04'),
    ]);
    expect(median).toEqual({ label: 'Time to detect (median)', color: '#1f5fbf', values: [10, null] });
    expect(p90).toMatchObject({
      label: 'Time to detect (90th percentile)',
      color: '#1f5fbf',
      values: [30, null],
    });
    expect(p90?.dash).toBeDefined();
    expect(responseSeries([])).toHaveLength(8);
  });

  it('draws one line per factor category recorded, zero in months without it', () => {
    const series = factorSeries([
      month('2026-03', { factorCategories: { capacity: 2 } }),
      month('2026-04', { factorCategories: { capacity: 1, 'deploy-release': 3 } }),
    ]);
    expect(series.map((s) => [s.label, s.values])).toEqual([
      ['capacity', [2, 1]],
      ['deploy-release', [0, 3]],
    ]);
  });

  it('names the services with the most incidents and sums the rest as one line', () => {
    const many = Object.fromEntries(
      Array.from({ length: chartedServices + 2 }, (_, i) => [`svc-${i}`, i + 1]),
    );
    const series = serviceSeries([
      month('2026-03', { byService: many }),
      month('2026-04', { byService: { 'svc-0': 1 } }),
    ]);
    expect(series.map((s) => s.label)).toEqual([
      'svc-7',
      'svc-6',
      'svc-5',
      'svc-4',
      'svc-3',
      'svc-2',
      '2 other services',
    ]);
    expect(series.at(-1)?.values).toEqual([1 + 2, 1]);
  });

  it('names one service over the limit rather than calling it "1 other services"', () => {
    const many = Object.fromEntries(Array.from({ length: chartedServices + 1 }, (_, i) => [`svc-${i}`, 1]));
    const series = serviceSeries([month('2026-03', { byService: many })]);
    expect(series).toHaveLength(chartedServices + 1);
    expect(series.map((s) => s.label)).toContain('svc-6');
  });
});

describe('the period insights cover', () => {
  it('is one month, or a range of months', () => {
    expect(periodText('2026-12', '2026-12')).toBe('in 2026-12');
    expect(periodText('2026-03', '2026-04')).toBe('from 2026-03 to 2026-04');
  });
});
