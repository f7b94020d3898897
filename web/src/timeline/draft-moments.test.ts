import { describe, expect, it } from 'vitest';
import { acceptedMoments, bulkSavedMessage, formatBytes, proposedMoments } from './draft-moments.js';

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
