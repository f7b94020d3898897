import { describe, expect, it } from 'vitest';
import { bookedLengthWarning, plannedLengthProblem, plannedLengthWarning } from './meeting.js';

describe('the length of a meeting', () => {
  it('refuses to plan fewer minutes than the agenda has phases, naming the shortest it can plan', () => {
    expect(plannedLengthProblem(1, 6)).toBe(
      "1 minute cannot give each of the agenda's 6 phases a minute: plan at least 6 minutes.",
    );
    expect(plannedLengthProblem(3, 4)).toContain('plan at least 4 minutes');
    expect(plannedLengthProblem(6, 6)).toBeUndefined();
  });

  it('warns when a planned length is shorter than the kind of meeting needs, as for a booking', () => {
    expect(plannedLengthWarning('review', 20)).toBe(
      'A review of 20 minutes is less than the 30 minutes a review needs to walk the timeline, name the contributing factors and agree actions: every phase is squeezed to fit.',
    );
    expect(plannedLengthWarning('review', 30)).toBeUndefined();
    expect(plannedLengthWarning('follow-up', 10)).toMatch(
      /^A follow-up review of 10 minutes is less than the 15/,
    );
    expect(plannedLengthWarning('follow-up', 15)).toBeUndefined();
  });

  // Trial 25 planned a ten-hour review without a word.
  it('warns when a meeting is longer than a room stays focused', () => {
    expect(plannedLengthWarning('review', 600)).toBe(
      'A review of 10 hours is longer than the 180 minutes a room stays focused: split it into two meetings, or every phase stretches to fill the time.',
    );
    expect(plannedLengthWarning('review', 180)).toBeUndefined();
    expect(bookedLengthWarning({ kind: 'review', durationMinutes: 240 })).toMatch(
      /longer than the 180 minutes/,
    );
  });

  it('says a booking of one minute in the singular', () => {
    expect(bookedLengthWarning({ kind: 'review', durationMinutes: 1 })).toMatch(
      /^The review is booked for 1 minute, less than the 30 minutes/,
    );
  });
});
