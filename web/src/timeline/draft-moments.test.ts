import { describe, expect, it } from 'vitest';
import {
  acceptedMoments,
  bulkSavedMessage,
  formatBytes,
  proposedMoments,
  restingDraftEvent,
  unfootedMoments,
} from './draft-moments.js';

describe('proposed moments', () => {
  it('reads strings and objects with a time, in the order moments happen', () => {
    const proposed = proposedMoments({
      resolved: '2026-03-04T15:00:00.000Z',
      impactStart: { at: '2026-03-04T14:00:00.000Z', reason: 'first 5xx spike' },
    });
    expect(proposed.map((moment) => moment.name)).toEqual(['impactStart', 'resolved']);
    expect(proposed[0]?.reason).toBe('first 5xx spike');
  });

  it('leaves out unknown names and values without a time', () => {
    expect(
      proposedMoments({ lunch: '2026-03-04T12:00:00Z', detected: { eventId: 'x' }, mitigated: null }),
    ).toEqual([]);
    expect(proposedMoments(undefined)).toEqual([]);
  });

  it('sends back only the chosen moments, unchanged', () => {
    const value = { at: '2026-03-04T14:00:00.000Z', eventIndex: 3 };
    const proposed = proposedMoments({ impactStart: value, resolved: '2026-03-04T15:00:00.000Z' });
    expect(acceptedMoments(proposed, new Set(['impactStart']))).toEqual({ impactStart: value });
  });

  it('byte counts are readable', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
  });
});

describe('the message after saving a draft', () => {
  it('says the server added nothing when every event was already in the timeline', () => {
    expect(bulkSavedMessage({ added: [], skipped: 7 })).toBe(
      'No events added: all 7 were already in the timeline.',
    );
    expect(bulkSavedMessage({ added: [], skipped: 1 })).toBe(
      'No events added: the 1 event was already in the timeline.',
    );
  });

  it('names the stored events whose times differ from this reading, and how to store it', () => {
    expect(
      bulkSavedMessage({
        added: [],
        skipped: 5,
        differing: [{ file: 'app.log', ids: ['EVT-1', 'EVT-2', 'EVT-3', 'EVT-4'] }],
      }),
    ).toBe(
      'No events added: all 5 were already in the timeline. 4 events stored from app.log have times that differ from this reading (read before in another zone, or set by hand since?): EVT-1, EVT-2, EVT-3 and 1 more. They were kept as they are; to store this reading, delete them and upload the file again.',
    );
  });

  it("counts what was added and what was skipped, from the server's answer", () => {
    expect(bulkSavedMessage({ added: [{}], skipped: 1, set: ['resolved'] })).toBe(
      'Added 1 event to the timeline. Skipped 1 event already in the timeline. Set resolved.',
    );
    expect(bulkSavedMessage({ added: [{}, {}, {}], skipped: 0, set: [] })).toBe(
      'Added 3 events to the timeline.',
    );
  });

  it('names a moment left out and why', () => {
    expect(
      bulkSavedMessage({
        added: [{}],
        skipped: 0,
        leftOut: [{ name: 'resolved', reason: 'resolved (14:05) is before impactStart (14:10)' }],
      }),
    ).toBe(
      'Added 1 event to the timeline. resolved was not set: resolved (14:05) is before impactStart (14:10).',
    );
  });
});

describe('a moment and the drafted event it rests on', () => {
  const events = [
    { at: '2026-03-04T14:00:00.000Z', kind: 'log-signature', severity: 'info', summary: 'request completed' },
    { at: '2026-03-04T14:02:00.000Z', kind: 'panic', severity: 'critical', summary: 'Go panic: nil map' },
    {
      at: '2026-03-04T14:05:00.000Z',
      kind: 'alert-fired',
      severity: 'error',
      summary: 'Alert HighErrorRate',
    },
  ];
  const moments = [
    { name: 'impactStart' as const, at: '2026-03-04T14:02:00.000Z' },
    { name: 'detected' as const, at: '2026-03-04T14:05:00.000Z' },
    { name: 'mitigated' as const, at: '2026-03-04T14:20:00.000Z' },
  ];

  it('finds the event a moment rests on, and none for a moment no event founds', () => {
    expect(moments.map((m) => restingDraftEvent(m, events))).toEqual([1, 2, undefined]);
  });

  it('names the chosen moments whose event is unticked and not already in the timeline', () => {
    const chosen = new Set(['impactStart', 'detected', 'mitigated'] as const);
    expect([...unfootedMoments(moments, chosen, events, new Set([0, 2]), new Set())]).toEqual([
      'impactStart',
    ]);
    // Already stored, the panic still backs impact start.
    expect([...unfootedMoments(moments, chosen, events, new Set([0, 2]), new Set([1]))]).toEqual([]);
    expect([...unfootedMoments(moments, chosen, events, new Set(), new Set())]).toEqual([
      'impactStart',
      'detected',
    ]);
    expect([...unfootedMoments(moments, new Set(), events, new Set(), new Set())]).toEqual([]);
  });
});
