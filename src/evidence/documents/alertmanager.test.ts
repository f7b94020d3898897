import { describe, expect, it } from 'vitest';
import { testOptions } from '../test-support/parse-all.js';
import { alertmanagerApi, alertmanagerWebhook } from './alertmanager.js';

describe('alertmanagerWebhook', () => {
  it('reads a resolved alert as fired and resolved events keyed by alert name', () => {
    const payload = {
      version: '4',
      status: 'resolved',
      receiver: 'pd',
      alerts: [
        {
          status: 'resolved',
          labels: { alertname: 'HighErrorRate', severity: 'critical', service: 'payments' },
          annotations: { summary: '5xx above 5%' },
          startsAt: '2026-03-04T14:04:00Z',
          endsAt: '2026-03-04T14:31:00Z',
        },
      ],
    };
    expect(alertmanagerWebhook.detect(payload)).toBe(true);
    const { items } = alertmanagerWebhook.read(payload, testOptions);
    expect(items.map((i) => [i.kind, i.at, i.severity, i.key])).toEqual([
      ['alert-fired', '2026-03-04T14:04:00.000Z', 'critical', 'alert:higherrorrate'],
      ['alert-resolved', '2026-03-04T14:31:00.000Z', 'info', 'alert:higherrorrate'],
    ]);
  });

  it('reads an /api/v2/alerts dump as fired alerts and reports alerts without labels', () => {
    const dump = [
      {
        labels: { alertname: 'PodCrashLooping' },
        startsAt: '2026-03-04T14:05:00Z',
        status: { state: 'active' },
      },
      { startsAt: '2026-03-04T14:05:00Z' },
    ];
    expect(alertmanagerApi.detect(dump)).toBe(false);
    const good = dump.slice(0, 1);
    expect(alertmanagerApi.detect(good)).toBe(true);
    expect(alertmanagerApi.read(dump, testOptions).unparsed).toEqual([
      { line: 2, reason: 'alert 2 has no labels' },
    ]);
  });
});
