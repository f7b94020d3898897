import { describe, expect, it } from 'vitest';
import { storedMoments } from './moments-section.js';

describe('storedMoments', () => {
  const previous = {
    impactStart: { at: '2026-11-30T14:03:10.803Z', reason: 'first error' },
    detected: { at: '2026-11-30T14:07:45.000Z', eventId: 'EVT-RM0FV23P', reason: 'first alert' },
  };

  it('keeps an unchanged moment whole: evidence link, reason and milliseconds', () => {
    const saved = storedMoments(
      { impactStart: '2026-11-30T14:03:10', detected: '2026-11-30T14:07:45', resolved: '' },
      previous,
    );
    expect(saved).toEqual(previous);
  });

  it('marks a changed moment as set by hand, and leaves out a cleared one', () => {
    const saved = storedMoments({ impactStart: '2026-11-30T14:02:00', detected: '' }, previous);
    expect(saved).toEqual({ impactStart: { at: '2026-11-30T14:02:00.000Z', reason: 'set by hand' } });
  });
});
