import { describe, expect, it } from 'vitest';
import { testOptions } from '../test-support/parse-all.js';
import { alertmanagerApi, alertmanagerWebhook } from './alertmanager.js';
import { kubernetesEvents } from './kubernetes-events.js';
import { pagerduty } from './pagerduty.js';
import { readSlackExport } from './slack-export.js';

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

describe('pagerduty', () => {
  it('reads triggers, pages, acknowledgements and resolutions, keying the trigger by its alert name', () => {
    const log = {
      log_entries: [
        {
          type: 'trigger_log_entry',
          created_at: '2026-03-04T14:04:05Z',
          incident: { summary: '[FIRING:1] HighErrorRate (payments)' },
        },
        {
          type: 'acknowledge_log_entry',
          created_at: '2026-03-04T14:09:30Z',
          agent: { summary: 'Dana' },
          incident: { summary: 'x' },
        },
        { type: 'resolve_log_entry', created_at: '2026-03-04T14:40:00Z', incident: { summary: 'x' } },
      ],
    };
    expect(pagerduty.detect(log)).toBe(true);
    const { items } = pagerduty.read(log, testOptions);
    expect(items.map((i) => i.kind)).toEqual(['alert-fired', 'acknowledged', 'resolution']);
    expect(items[0]?.key).toBe('alert:higherrorrate');
    expect(items[1]?.message).toContain('by Dana');
  });
});

describe('kubernetesEvents', () => {
  it('marks OOM kills, back-offs and failed probes as errors and keeps the repeat count', () => {
    const list = {
      kind: 'List',
      items: [
        {
          type: 'Warning',
          reason: 'BackOff',
          message: 'Back-off restarting failed container',
          involvedObject: { kind: 'Pod', name: 'payments-7d9f', namespace: 'prod' },
          firstTimestamp: '2026-03-04T14:04:00Z',
          count: 12,
        },
        {
          type: 'Normal',
          reason: 'Killing',
          message: 'Stopping container app',
          involvedObject: { kind: 'Pod', name: 'payments-7d9f' },
          lastTimestamp: '2026-03-04T14:06:00Z',
        },
      ],
    };
    expect(kubernetesEvents.detect(list)).toBe(true);
    const { items } = kubernetesEvents.read(list, testOptions);
    expect(items.map((i) => [i.severity, i.count, i.message])).toEqual([
      ['error', 12, 'BackOff Pod/payments-7d9f: Back-off restarting failed container'],
      ['info', 1, 'Killing Pod/payments-7d9f: Stopping container app'],
    ]);
  });
});

describe('readSlackExport', () => {
  const users = {
    path: 'users.json',
    text: JSON.stringify([{ id: 'U1', name: 'dana', profile: { display_name: 'Dana' } }]),
  };
  const day = {
    path: 'incident-42/2026-03-04.json',
    text: JSON.stringify([
      { type: 'message', user: 'U1', text: 'rolling back, <@U2> please watch', ts: '1772633400.000100' },
      { type: 'message', user: 'U2', text: 'on it', ts: '1772633410.000200', thread_ts: '1772633400.000100' },
    ]),
  };

  it('turns messages into chat events with names resolved and thread replies marked', () => {
    const { items, unparsed } = readSlackExport([users, day]);
    expect(unparsed).toEqual([]);
    expect(items.map((i) => [i.at, i.message])).toEqual([
      ['2026-03-04T14:10:00.000Z', '#incident-42 Dana: rolling back, @U2 please watch'],
      ['2026-03-04T14:10:10.000Z', '#incident-42 U2 (in thread): on it'],
    ]);
  });

  it('reads the messages even without users.json and says so', () => {
    const { items, unparsed } = readSlackExport([day, { path: 'general/2026-03-04.json', text: '{oops' }]);
    expect(items).toHaveLength(2);
    expect(unparsed.map((u) => u.file)).toEqual(['users.json', 'general/2026-03-04.json']);
  });
});
