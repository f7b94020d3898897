import { describe, expect, it } from 'vitest';
import { runningElsewhere } from './running-elsewhere.js';

const reviews = [{ id: 'REV-1' }, { id: 'REV-2' }, { id: 'REV-3', endedAt: '2026-03-06T10:00:00Z' }];

describe('runningElsewhere', () => {
  it('names a review whose meeting is under way while another is shown', () => {
    const statuses = new Map([
      ['REV-1', 'not-started' as const],
      ['REV-2', 'paused' as const],
    ]);
    expect(runningElsewhere(reviews, 'REV-1', statuses)).toBe('REV-2');
  });

  it('names none for the review shown, a meeting not started or ended, or a closed review', () => {
    expect(runningElsewhere(reviews, 'REV-2', new Map([['REV-2', 'running' as const]]))).toBeUndefined();
    expect(runningElsewhere(reviews, 'REV-1', new Map([['REV-2', 'not-started' as const]]))).toBeUndefined();
    expect(runningElsewhere(reviews, 'REV-1', new Map([['REV-2', 'ended' as const]]))).toBeUndefined();
    expect(runningElsewhere(reviews, 'REV-1', new Map([['REV-3', 'running' as const]]))).toBeUndefined();
  });
});
