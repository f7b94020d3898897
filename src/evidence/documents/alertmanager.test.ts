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

  it('tells apart two alerts of one name by their label sets, naming the label that differs', () => {
    const pod = (name: string) => ({
      status: 'firing',
      labels: { alertname: 'HighErrorRate', severity: 'critical', service: 'checkout-api', pod: name },
      annotations: { summary: '5xx above 5%' },
      startsAt: '2026-03-04T14:04:00Z',
      endsAt: '0001-01-01T00:00:00Z',
      fingerprint: `fp-${name}`,
    });
    const payload = { version: '4', status: 'firing', receiver: 'pd', alerts: [pod('api-1'), pod('api-2')] };
    const { items } = alertmanagerWebhook.read(payload, testOptions);
    expect(items.map((i) => i.message)).toEqual([
      'Alert HighErrorRate (pod=api-1) firing: 5xx above 5%',
      'Alert HighErrorRate (pod=api-2) firing: 5xx above 5%',
    ]);
    expect(items[0]?.key).toBe(items[1]?.key);
    expect(items[0]?.instance).not.toBe(items[1]?.instance);
    // The same label set in another payload (a repeat) is the same instance, fingerprint field or not.
    const { fingerprint: _, ...bare } = pod('api-1');
    const repeat = alertmanagerWebhook.read({ ...payload, alerts: [bare] }, testOptions);
    expect(repeat.items[0]?.instance).toBe(items[0]?.instance);
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
