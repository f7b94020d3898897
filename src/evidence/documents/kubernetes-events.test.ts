import { describe, expect, it } from 'vitest';
import { testOptions } from '../test-support/parse-all.js';
import { kubernetesEvents } from './kubernetes-events.js';

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
