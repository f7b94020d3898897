import { describe, expect, it } from 'vitest';
import { nearestChoice } from './nearest.js';
import { eventKindSchema, eventKinds } from './timeline.js';

describe('a "did you mean" for a mistyped choice (trial 18f F36)', () => {
  it('names the choice a word starts or is a typo or two from, and none when nothing is near', () => {
    expect(nearestChoice('mitgation', eventKinds)).toBe('mitigation');
    expect(nearestChoice('Rollbak', eventKinds)).toBe('rollback');
    expect(nearestChoice('ack', eventKinds)).toBe('acknowledged');
    expect(nearestChoice('lunch', eventKinds)).toBeUndefined();
    expect(nearestChoice('no', eventKinds)).toBeUndefined();
  });

  it('ends the event kind error with it', () => {
    const result = eventKindSchema.safeParse('mitgation');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/got "mitgation"; did you mean mitigation\?$/);
  });
});
