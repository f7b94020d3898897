import { useEffect, useState } from 'react';
import type { MeetingState } from '../../../src/domain/index.js';
import { api } from '../api/client.js';
import { type LiveChange, liveChangeEvent, liveReadyEvent } from '../incident/live-updates.js';

/** Of the reviews not shown, the first (in the order given) whose meeting is under way (running or paused). */
export function runningElsewhere(
  reviews: ReadonlyArray<{ id: string; endedAt?: string | undefined }>,
  shownId: string | undefined,
  statuses: ReadonlyMap<string, MeetingState['status']>,
): string | undefined {
  return reviews.find(
    (review) =>
      review.id !== shownId &&
      review.endedAt === undefined &&
      ['running', 'paused'].includes(statuses.get(review.id) ?? ''),
  )?.id;
}

/**
 * The review whose meeting runs while this page shows another one, so an attendee follows the facilitator who
 * started the follow-up's meeting (or another review's) instead of waiting in an empty room. Each open review's
 * meeting is read when the page opens or reconnects, and again when the live socket says it changed.
 */
export function useRunningElsewhere(
  incidentId: string,
  reviews: ReadonlyArray<{ id: string; endedAt?: string | undefined }>,
  shownId: string | undefined,
): string | undefined {
  const [statuses, setStatuses] = useState<ReadonlyMap<string, MeetingState['status']>>(new Map());
  const openIds = reviews
    .filter((review) => review.endedAt === undefined)
    .map((review) => review.id)
    .join(' ');

  useEffect(() => {
    let live = true;
    const read = async (reviewId: string) => {
      const url = `/api/incidents/${encodeURIComponent(incidentId)}/reviews/${encodeURIComponent(reviewId)}/meeting`;
      try {
        const { meeting } = await api<{ meeting: MeetingState }>('GET', url);
        if (live) setStatuses((known) => new Map(known).set(reviewId, meeting.status));
      } catch {
        // The meeting's own section reports errors; a notice that cannot be read is simply not shown.
      }
    };
    const readAll = () => {
      for (const id of openIds.split(' ').filter(Boolean)) void read(id);
    };
    readAll();
    const onChange = (event: Event) => {
      const change = (event as CustomEvent<LiveChange>).detail;
      if (change.entity === 'meeting' && openIds.split(' ').includes(change.entityId))
        void read(change.entityId);
    };
    window.addEventListener(liveChangeEvent, onChange);
    window.addEventListener(liveReadyEvent, readAll);
    return () => {
      live = false;
      window.removeEventListener(liveChangeEvent, onChange);
      window.removeEventListener(liveReadyEvent, readAll);
    };
  }, [incidentId, openIds]);

  return runningElsewhere(reviews, shownId, statuses);
}
