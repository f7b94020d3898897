import type { IncidentListItem } from '../domain/index.js';

const roleNames: Record<string, string> = { facilitator: 'facilitator', 'incident-commander': 'commander' };

/** A UTC day: `2026-03-04`. */
function day(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * The cells `debrief list` prints after the title, the same facts the web's list shows: when the incident began
 * (`~` before the day it was recorded when no moment is set), who owns the post-mortem, the next review booked
 * (`due` when its time has passed without an end recorded) and the actions still open.
 */
export function listRowCells(item: IncidentListItem, now: Date): string[] {
  const began = item.startedAt ? day(item.startedAt) : `~${day(item.createdAt)}`;
  const owner = item.owner ? `${item.owner.name} (${roleNames[item.owner.role] ?? item.owner.role})` : '-';
  const review = item.nextReview;
  let next = item.status === 'closed' ? '-' : 'none booked';
  if (review) {
    const kind = review.kind === 'follow-up' ? 'follow-up' : 'review';
    const due = Date.parse(review.scheduledAt) < now.getTime() ? ', due' : '';
    next = `${day(review.scheduledAt)} ${kind}${due}`;
  }
  return [began, owner, next, String(item.openActions)];
}

export const listRowHeaders = ['BEGAN', 'OWNER', 'NEXT REVIEW', 'OPEN ACTIONS'];
