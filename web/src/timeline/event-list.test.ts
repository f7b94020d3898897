import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../api/types.js';
import { addedEventMessage } from './event-list.js';

const event = (kind: string, at: string, summary = 'what happened') =>
  ({ id: 'EVT-1', kind, at, summary }) as unknown as StoredEvent;

describe('addedEventMessage', () => {
  const moments = { detected: { at: '2026-03-04T14:06:30.000Z' } };

  it('says which moment stays unset and why when the event would break the order', () => {
    expect(addedEventMessage(moments, event('acknowledged', '2026-03-04T14:00:00.000Z'))).toMatch(
      /^Event added\. Acknowledged stays unset: this time is before Detected; correct one of them under Key moments\.$/,
    );
  });

  it('says the mitigated moment stays unset after an attempt that changed nothing', () => {
    const tried = event('mitigation', '2026-03-04T14:10:00.000Z', 'Restarted the pods; no effect');
    expect(addedEventMessage(moments, tried)).toBe(
      'Event added. Mitigated stays unset: this event says the attempt changed nothing or not enough.',
    );
    expect(addedEventMessage(moments, { ...tried, summary: 'Restarted the pods' })).toBe('Event added.');
  });

  it('says only that the event was added otherwise', () => {
    expect(addedEventMessage(moments, event('acknowledged', '2026-03-04T14:08:00.000Z'))).toBe(
      'Event added.',
    );
    expect(addedEventMessage(moments, undefined)).toBe('Event added.');
  });
});
