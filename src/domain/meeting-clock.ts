/**
 * The meeting clock: which phase the room is in, when that phase's clock started (null while stopped) and the
 * time already spent in each phase. Times are epoch milliseconds passed in, so the logic is pure and testable.
 */
export interface MeetingTimer {
  phase: number;
  runningSince: number | null;
  spentMs: number[];
}

/** A meeting that has not started. */
export const idleTimer: MeetingTimer = { phase: 0, runningSince: null, spentMs: [] };

/** The time spent per phase with the running clock added to the current phase. */
function banked(timer: MeetingTimer, now: number): number[] {
  const spent = [...timer.spentMs];
  if (timer.runningSince !== null) {
    spent[timer.phase] = (spent[timer.phase] ?? 0) + Math.max(0, now - timer.runningSince);
  }
  return spent;
}

/** Starts (or resumes) the clock of the current phase. */
export function startTimer(timer: MeetingTimer, now: number): MeetingTimer {
  return timer.runningSince === null ? { ...timer, runningSince: now } : timer;
}

/** Stops the clock, keeping the time spent so far. */
export function pauseTimer(timer: MeetingTimer, now: number): MeetingTimer {
  return timer.runningSince === null ? timer : { ...timer, runningSince: null, spentMs: banked(timer, now) };
}

/** Moves to a phase (clamped to the agenda); a running clock keeps running in the new phase. */
export function moveToPhase(
  timer: MeetingTimer,
  phase: number,
  phaseCount: number,
  now: number,
): MeetingTimer {
  const target = Math.min(Math.max(0, phase), Math.max(0, phaseCount - 1));
  if (target === timer.phase) return timer;
  return {
    phase: target,
    runningSince: timer.runningSince === null ? null : now,
    spentMs: banked(timer, now),
  };
}

/** The next phase of the agenda. */
export function nextPhase(timer: MeetingTimer, phaseCount: number, now: number): MeetingTimer {
  return moveToPhase(timer, timer.phase + 1, phaseCount, now);
}

/** The previous phase of the agenda. */
export function previousPhase(timer: MeetingTimer, phaseCount: number, now: number): MeetingTimer {
  return moveToPhase(timer, timer.phase - 1, phaseCount, now);
}

/** Time spent in one phase so far. */
export function phaseElapsedMs(timer: MeetingTimer, phase: number, now: number): number {
  return banked(timer, now)[phase] ?? 0;
}

/** Time spent in the whole meeting so far. */
export function totalElapsedMs(timer: MeetingTimer, now: number): number {
  return banked(timer, now).reduce((sum, ms) => sum + (ms ?? 0), 0);
}

/** How far a phase has run past its time box, 0 when within it. */
export function overTimeMs(timer: MeetingTimer, phase: number, minutes: number, now: number): number {
  return Math.max(0, phaseElapsedMs(timer, phase, now) - minutes * 60_000);
}

/** Whether the clock has ever run. */
export function hasStarted(timer: MeetingTimer): boolean {
  return timer.runningSince !== null || timer.spentMs.some((ms) => (ms ?? 0) > 0);
}

/** A duration as `m:ss`, or `h:mm:ss` from an hour on. */
export function formatClock(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
