import { useCallback, useEffect, useRef, useState } from 'react';
import type { MeetingOp, MeetingRole, MeetingState } from '../../../src/domain/index.js';
import { api } from '../api/client.js';
import { type LiveChange, liveChangeEvent, liveReadyEvent } from '../incident/live-updates.js';

/** The meeting as GET/POST …/meeting answer it. */
interface MeetingView {
  meeting: MeetingState;
  role: MeetingRole;
  now: number;
  phaseCount: number;
}

/**
 * The review's shared meeting, as the server keeps it: read when the page opens, read again whenever the live socket
 * says it changed (someone pressed next, on this server or another) or reconnects, and ticking every second while
 * the clock runs. `now` is the server's time (the browser's clock corrected by the offset seen when reading), so
 * every browser shows the same time. `drive` sends the facilitator's operations.
 */
export function useMeetingRoom(incidentId: string, reviewId: string) {
  const [view, setView] = useState<MeetingView>();
  const [error, setError] = useState<string>();
  const [tick, setTick] = useState(() => Date.now());
  const offset = useRef(0);
  const url = `/api/incidents/${encodeURIComponent(incidentId)}/reviews/${encodeURIComponent(reviewId)}/meeting`;
  const latest = useRef(0);

  const synced = useRef(false);
  const take = useCallback((next: MeetingView, sentAt: number) => {
    // Half the round trip is the best guess of when the server read its clock. Taken from the first answer only: a
    // browser's clock does not drift in a meeting's hour, and later answers arrive with varying delays.
    if (!synced.current) offset.current = next.now - (sentAt + Date.now()) / 2;
    synced.current = true;
    setView((shown) => (shown && shown.meeting.version > next.meeting.version ? shown : next));
    setTick(Date.now());
  }, []);

  const load = useCallback(async () => {
    const sentAt = Date.now();
    const request = ++latest.current;
    try {
      const next = await api<MeetingView>('GET', url);
      if (request === latest.current) take(next, sentAt);
      setError(undefined);
    } catch (problem) {
      setError((problem as Error).message);
    }
  }, [url, take]);

  useEffect(() => {
    void load();
    const onChange = (event: Event) => {
      const change = (event as CustomEvent<LiveChange>).detail;
      if (change.entity === 'meeting' && change.entityId === reviewId) void load();
    };
    const onReady = () => void load();
    window.addEventListener(liveChangeEvent, onChange);
    window.addEventListener(liveReadyEvent, onReady);
    return () => {
      window.removeEventListener(liveChangeEvent, onChange);
      window.removeEventListener(liveReadyEvent, onReady);
    };
  }, [load, reviewId]);

  const running = view?.meeting.status === 'running';
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => setTick(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [running]);

  const drive = useCallback(
    async (op: MeetingOp) => {
      const sentAt = Date.now();
      try {
        take(await api<MeetingView>('POST', url, op), sentAt);
        setError(undefined);
      } catch (problem) {
        setError((problem as Error).message);
      }
    },
    [url, take],
  );

  return { view, now: tick + offset.current, drive, error };
}
