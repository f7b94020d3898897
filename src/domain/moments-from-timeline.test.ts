import { describe, expect, it } from 'vitest';
import { momentsFromTimeline } from './moments-from-timeline.js';

const event = (id: string, at: string, kind: string, summary: string, severity = 'info') => ({
  id,
  at: `2026-03-04T${at}:00.000Z`,
  kind,
  summary,
  severity,
});

describe('momentsFromTimeline', () => {
  const timeline = [
    event('e0', '13:50', 'flag-change', 'Enabled new-push-fanout for all users'),
    event('e1', '14:00', 'error', 'APNs 403 InvalidProviderToken', 'error'),
    event('e2', '14:04', 'alert-fired', 'PushDeliveryFailures firing', 'error'),
    event('e3', '14:07', 'acknowledged', 'Amara acknowledged the page'),
    event('e4', '14:15', 'mitigation', 'Tried restarting the workers; no effect'),
    event('e5', '14:30', 'mitigation', 'Rotated the APNs key'),
    event('e6', '14:50', 'resolution', 'Delivery back to normal, incident resolved'),
  ];

  it('takes each unset moment from the event that founds it, linked to that event', () => {
    const { moments, set } = momentsFromTimeline({}, timeline);
    expect(set).toEqual(['impactStart', 'detected', 'acknowledged', 'mitigated', 'resolved']);
    expect(moments.impactStart).toMatchObject({ at: '2026-03-04T14:00:00.000Z', eventId: 'e1' });
    expect(moments.detected).toMatchObject({
      eventId: 'e2',
      reason: 'alert-fired event: PushDeliveryFailures firing',
    });
    expect(moments.acknowledged?.eventId).toBe('e3');
    // Neither the flag flipped before the start (the cause) nor the attempt that changed nothing mitigated it.
    expect(moments.mitigated?.eventId).toBe('e5');
    expect(moments.resolved?.eventId).toBe('e6');
  });

  it('detects the impact by the first alert after it began, not by an earlier one (trial 29)', () => {
    const withEarlier = [event('w0', '13:10', 'alert-fired', 'DiskAlmostFull firing'), ...timeline];
    const { moments, set, leftOut } = momentsFromTimeline({}, withEarlier);
    expect(moments.detected?.eventId).toBe('e2');
    expect(set).toContain('detected');
    expect(leftOut).toEqual([]);
  });

  it('keeps the moments already set and leaves one unset rather than out of order', () => {
    const given = { detected: { at: '2026-03-04T14:20:00.000Z', reason: 'a customer wrote in' } };
    const { moments, set } = momentsFromTimeline(given, timeline.slice(0, 4));
    expect(moments.detected).toBe(given.detected);
    // The acknowledgement at 14:07 would come before the detection the author gave: left out, and said.
    expect(set).toEqual(['impactStart']);
    expect(momentsFromTimeline(given, timeline.slice(0, 4)).leftOut).toEqual([
      {
        name: 'acknowledged',
        at: '2026-03-04T14:07:00.000Z',
        reason: 'acknowledged event: Amara acknowledged the page',
        against: { name: 'detected', at: '2026-03-04T14:20:00.000Z' },
      },
    ]);
  });

  it('ends the incident at alerts resolving only when none fired again, and not at the mitigation itself', () => {
    const alerts = [
      event('a1', '14:00', 'alert-fired', 'HighLag firing', 'error'),
      event('a2', '14:10', 'mitigation', 'Scaled the consumers; lag recovered'),
      event('a3', '14:20', 'alert-resolved', 'HighLag resolved'),
      event('a4', '14:25', 'alert-fired', 'HighLag firing', 'error'),
    ];
    const { moments } = momentsFromTimeline({}, alerts);
    expect(moments.mitigated?.eventId).toBe('a2');
    expect(moments.resolved).toBeUndefined();
    expect(momentsFromTimeline({}, alerts.slice(0, 3)).moments.resolved?.eventId).toBe('a3');
  });

  it('starts the impact at an error-level spike before the alerts, and detects at the first alert (trial 19)', () => {
    const rows = [
      event('s1', '08:10', 'log-spike', 'Search p99 latency climbed above 4s', 'error'),
      event('s2', '08:12', 'alert-fired', 'SearchLatencyHigh firing', 'warning'),
      event('s3', '08:13', 'alert-fired', 'SearchIndexShardUnassigned firing', 'critical'),
    ];
    const { moments } = momentsFromTimeline({}, rows);
    expect(moments.impactStart?.eventId).toBe('s1');
    expect(moments.detected?.eventId).toBe('s2');
  });

  it('ends the incident at a mitigation saying it is resolved rather than at a later alert resolving (trial 19)', () => {
    const rows = [
      event('r1', '07:20', 'error', 'Valid sessions rejected', 'error'),
      event('r2', '07:40', 'flag-change', 'Turned the strict-session flag off'),
      event('r3', '07:55', 'mitigation', 'Verified old sessions validate again; incident resolved'),
      event('r4', '08:05', 'alert-resolved', 'LoginErrors resolved'),
    ];
    const { moments } = momentsFromTimeline({}, rows);
    expect(moments.mitigated?.eventId).toBe('r2');
    expect(moments.resolved?.eventId).toBe('r3');
  });

  it('says a moment only rows before the start found, and leaves it unset (trial 20)', () => {
    const rows = [
      event('k1', '17:00', 'acknowledged', 'Fatima acknowledged the ticket'),
      event('k2', '17:05', 'error', 'discount rule evaluation failed', 'error'),
    ];
    const { moments, leftOut } = momentsFromTimeline({}, rows);
    expect(moments.acknowledged).toBeUndefined();
    expect(leftOut).toEqual([
      {
        name: 'acknowledged',
        at: '2026-03-04T17:00:00.000Z',
        reason: 'acknowledged event: Fatima acknowledged the ticket',
        against: { name: 'impactStart', at: '2026-03-04T17:05:00.000Z' },
      },
    ]);
  });

  // Trial 24: a mitigation that set `mitigated` after the start was given as the reason `resolved` broke the order.
  it('leaves resolved unset without a word when only the mitigation that set mitigated could end it', () => {
    const rows = [
      event('r1', '03:10', 'error', '401 spike', 'error'),
      event('r2', '03:12', 'alert-fired', 'AuthHigh fired', 'critical'),
      event('r3', '03:35', 'mitigation', 'restarted pods, 401s back to baseline'),
    ];
    const { moments, leftOut } = momentsFromTimeline({}, rows);
    expect(moments.mitigated?.eventId).toBe('r3');
    expect(moments.resolved).toBeUndefined();
    expect(leftOut).toEqual([]);
  });

  it('does not end the incident when one alert of two resolves', () => {
    const alerts = [
      event('b1', '14:00', 'alert-fired', 'KafkaConsumerLag firing', 'error'),
      event('b2', '14:02', 'alert-fired', 'FlinkCheckpointFailures firing', 'error'),
      event('b3', '14:30', 'alert-resolved', 'KafkaConsumerLag resolved'),
    ];
    expect(momentsFromTimeline({}, alerts).moments.resolved).toBeUndefined();
    const both = [...alerts, event('b4', '14:40', 'alert-resolved', 'FlinkCheckpointFailures resolved')];
    expect(momentsFromTimeline({}, both).moments.resolved?.eventId).toBe('b4');
  });

  it('sets nothing from a timeline of notes or of events with unknown times', () => {
    const notes = [
      event('n1', '14:00', 'note', 'Started the review'),
      { ...event('n2', '14:05', 'page', 'paged'), at: null },
    ];
    expect(momentsFromTimeline({}, notes)).toEqual({ moments: {}, set: [], leftOut: [] });
  });
});
