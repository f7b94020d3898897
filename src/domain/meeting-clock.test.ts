import { describe, expect, it } from 'vitest';
import {
  formatClock,
  hasStarted,
  idleTimer,
  moveToPhase,
  nextPhase,
  overTimeMs,
  pauseTimer,
  phaseElapsedMs,
  previousPhase,
  startTimer,
  totalElapsedMs,
} from './meeting-clock.js';

const minute = 60_000;

describe('meeting timer', () => {
  it('counts nothing until the meeting starts', () => {
    expect(hasStarted(idleTimer)).toBe(false);
    expect(phaseElapsedMs(idleTimer, 0, 5 * minute)).toBe(0);
  });

  it('counts the time of the current phase while running', () => {
    const running = startTimer(idleTimer, 1_000);
    expect(hasStarted(running)).toBe(true);
    expect(phaseElapsedMs(running, 0, 1_000 + 3 * minute)).toBe(3 * minute);
    expect(phaseElapsedMs(running, 1, 1_000 + 3 * minute)).toBe(0);
  });

  it('keeps each phase its own time when moving on and back', () => {
    let timer = startTimer(idleTimer, 0);
    timer = nextPhase(timer, 6, 4 * minute);
    expect(timer.phase).toBe(1);
    timer = previousPhase(timer, 6, 10 * minute);
    expect(timer.phase).toBe(0);
    expect(phaseElapsedMs(timer, 0, 11 * minute)).toBe(5 * minute);
    expect(phaseElapsedMs(timer, 1, 11 * minute)).toBe(6 * minute);
    expect(totalElapsedMs(timer, 11 * minute)).toBe(11 * minute);
  });

  it('stays within the agenda at either end', () => {
    expect(previousPhase(idleTimer, 6, 0)).toBe(idleTimer);
    const last = moveToPhase(idleTimer, 5, 6, 0);
    expect(nextPhase(last, 6, 0).phase).toBe(5);
    expect(moveToPhase(idleTimer, 40, 6, 0).phase).toBe(5);
  });

  it('stops counting while paused and resumes where it left off', () => {
    const paused = pauseTimer(startTimer(idleTimer, 0), 2 * minute);
    expect(phaseElapsedMs(paused, 0, 30 * minute)).toBe(2 * minute);
    expect(hasStarted(paused)).toBe(true);
    const resumed = startTimer(paused, 30 * minute);
    expect(phaseElapsedMs(resumed, 0, 31 * minute)).toBe(3 * minute);
  });

  it('moving while paused does not start the clock', () => {
    const moved = nextPhase(pauseTimer(startTimer(idleTimer, 0), minute), 6, 5 * minute);
    expect(moved.runningSince).toBeNull();
    expect(phaseElapsedMs(moved, 1, 9 * minute)).toBe(0);
  });

  it('reports how far a phase has run over its time box', () => {
    const running = startTimer(idleTimer, 0);
    expect(overTimeMs(running, 0, 5, 4 * minute)).toBe(0);
    expect(overTimeMs(running, 0, 5, 7 * minute)).toBe(2 * minute);
  });

  it('never counts backwards when the clock of the machine goes back', () => {
    expect(phaseElapsedMs(startTimer(idleTimer, 10 * minute), 0, minute)).toBe(0);
  });

  it('formats durations as a clock', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65_999)).toBe('1:05');
    expect(formatClock(3_600_000 + 61_000)).toBe('1:01:01');
  });
});
