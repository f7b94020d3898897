import { describe, expect, it } from 'vitest';
import { alertNamed, everyAlertResolved } from './alerts-resolved.js';

const event = (at: string, kind: string, summary: string) => ({
  at: `2026-03-04T${at}:00.000Z`,
  kind,
  summary,
  severity: 'error',
});

describe('alertNamed', () => {
  it('names an alert the same whether it fires or resolves, however the timeline says it', () => {
    const pairs = [
      ['Alert HighLag (db-1) firing: lag over 5m', 'Alert HighLag (db-1) resolved'],
      ['[FIRING:1] HighErrorRate checkout', '[RESOLVED] HighErrorRate checkout'],
      ['Checkout error alert fired', 'Checkout error alert cleared'],
      ['PagerDuty: checkout SLO alert triggered', 'PagerDuty: checkout SLO alert resolved'],
      ['PushDeliveryFailures', 'Resolved: PushDeliveryFailures'],
    ];
    for (const [fired, resolved] of pairs)
      expect(alertNamed(fired as string)).toBe(alertNamed(resolved as string));
    expect(alertNamed('Alert HighLag (db-1) firing')).not.toBe(alertNamed('Alert HighLag (db-2) resolved'));
    expect(alertNamed('HighLag firing')).toBe('highlag');
  });
});

describe('everyAlertResolved', () => {
  it('is false while another alert, or the same one fired again, has not resolved', () => {
    const two = [
      event('14:00', 'alert-fired', 'KafkaConsumerLag firing'),
      event('14:02', 'alert-fired', 'FlinkCheckpointFailures firing'),
      event('14:30', 'alert-resolved', 'KafkaConsumerLag resolved'),
    ];
    expect(everyAlertResolved(two)).toBe(false);
    expect(
      everyAlertResolved([...two, event('14:40', 'alert-resolved', 'FlinkCheckpointFailures resolved')]),
    ).toBe(true);
    expect(everyAlertResolved([...two, event('14:40', 'alert-resolved', 'All alerts cleared')])).toBe(true);
    const again = [two[0], two[2], event('14:35', 'alert-fired', 'KafkaConsumerLag firing')];
    expect(everyAlertResolved(again as never)).toBe(false);
  });
});
