import { useCallback, useEffect, useState } from 'react';
import { type MeetingTimer, parseTimer } from './meeting-timer.js';

const storageKey = (reviewId: string) => `debrief.review-timer.${reviewId}`;

function readSaved(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeSaved(key: string, timer: MeetingTimer | undefined): void {
  try {
    if (timer) window.localStorage.setItem(key, JSON.stringify(timer));
    else window.localStorage.removeItem(key);
  } catch {
    // Storage may be off (private windows); the clock still works until the page reloads.
  }
}

/**
 * The meeting clock of one review, kept in localStorage so a reload (or a second tab) carries on where the
 * meeting is; `now` ticks every second while the clock runs.
 */
export function useMeetingTimer(reviewId: string, phaseCount: number) {
  const key = storageKey(reviewId);
  const [timer, setTimer] = useState(() => parseTimer(readSaved(key), phaseCount));
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (timer.runningSince === null) return;
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [timer.runningSince]);

  useEffect(() => {
    function follow(event: StorageEvent) {
      if (event.key === key) setTimer(parseTimer(event.newValue, phaseCount));
    }
    window.addEventListener('storage', follow);
    return () => window.removeEventListener('storage', follow);
  }, [key, phaseCount]);

  const update = useCallback(
    (change: (timer: MeetingTimer, now: number) => MeetingTimer | undefined) => {
      const at = Date.now();
      const next = change(timer, at);
      writeSaved(key, next);
      setTimer(next ?? parseTimer(null, phaseCount));
      setNow(at);
    },
    [key, timer, phaseCount],
  );

  return { timer, now, update };
}
