import { describe, expect, it } from 'vitest';
import { applyMeetingOp, newMeeting, withJoined } from './meeting-state.js';

const minute = 60_000;
const fresh = newMeeting('INC-1', 'REV-1');

describe('applyMeetingOp', () => {
  it('starts, pauses and resumes the clock, keeping the time spent', () => {
    const started = applyMeetingOp(fresh, { op: 'start' }, 0, 6);
    expect(started).toMatchObject({
      status: 'running',
      runningSince: 0,
      startedAt: '1970-01-01T00:00:00.000Z',
    });
    const paused = applyMeetingOp(started, { op: 'pause' }, 3 * minute, 6);
    expect(paused).toMatchObject({ status: 'paused', runningSince: null, spentMs: [3 * minute] });
    const resumed = applyMeetingOp(paused, { op: 'start' }, 10 * minute, 6);
    expect(resumed).toMatchObject({
      status: 'running',
      runningSince: 10 * minute,
      startedAt: started.startedAt,
    });
    expect(applyMeetingOp(resumed, { op: 'start' }, 11 * minute, 6)).toBe(resumed);
  });

  it('moves only from the phase the move was pressed in, so two presses of next move one phase', () => {
    const running = applyMeetingOp(fresh, { op: 'start' }, 0, 6);
    const first = applyMeetingOp(running, { op: 'next', fromPhase: 0 }, minute, 6);
    expect(first.phase).toBe(1);
    expect(applyMeetingOp(first, { op: 'next', fromPhase: 0 }, minute, 6)).toBe(first);
    expect(applyMeetingOp(first, { op: 'go-to', fromPhase: 1, phase: 9 }, minute, 6).phase).toBe(5);
    expect(applyMeetingOp(first, { op: 'previous', fromPhase: 1 }, 2 * minute, 6).spentMs).toEqual([
      minute,
      minute,
    ]);
  });

  it('clears the question on screen when the phase changes, and ends for good', () => {
    const shown = applyMeetingOp(
      applyMeetingOp(fresh, { op: 'start' }, 0, 6),
      { op: 'spotlight', spotlight: { kind: 'objection', id: 'obj-who-did-it' } },
      minute,
      6,
    );
    expect(shown.spotlight).toEqual({ kind: 'objection', id: 'obj-who-did-it' });
    expect(applyMeetingOp(shown, { op: 'next', fromPhase: 0 }, minute, 6).spotlight).toBeNull();
    const ended = applyMeetingOp(shown, { op: 'end' }, 5 * minute, 6);
    expect(ended).toMatchObject({ status: 'ended', spentMs: [5 * minute], spotlight: null });
    expect(ended.endedAt).toBe(new Date(5 * minute).toISOString());
    expect(applyMeetingOp(ended, { op: 'start' }, 6 * minute, 6)).toBe(ended);
    expect(applyMeetingOp(ended, { op: 'reset' }, 6 * minute, 6).status).toBe('not-started');
  });

  it('notes each person who joined once', () => {
    const once = withJoined(fresh, { id: 'u1', name: 'Ana' });
    expect(withJoined(once, { id: 'u1', name: 'Ana' })).toBe(once);
    expect(once.joined).toEqual([{ id: 'u1', name: 'Ana' }]);
  });
});
