import type { IncidentListItem } from '../../../src/domain/index.js';

const roleNames = { facilitator: 'Facilitator', 'incident-commander': 'Incident commander' } as const;

/** A day in the reader's time zone: `4 Mar 2026`. */
function day(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

/**
 * What the list says of an incident beside its title, in reading order: when it began, who owns the post-mortem,
 * the next review (or that one is overdue, or none is booked while the incident is open) and its open actions.
 */
export function listRowFacts(item: IncidentListItem, now: Date, locale?: string): string[] {
  const facts = [
    item.startedAt ? `Began ${day(item.startedAt, locale)}` : `Recorded ${day(item.createdAt, locale)}`,
  ];
  const owner = item.owner;
  const role = owner && (roleNames as Record<string, string>)[owner.role];
  facts.push(owner ? `${role ?? owner.role}: ${owner.name}` : 'No facilitator named');
  const review = item.nextReview;
  const kind = review?.kind === 'follow-up' ? 'Follow-up' : 'Review';
  if (review && Date.parse(review.scheduledAt) < now.getTime()) {
    facts.push(`${kind} was due ${day(review.scheduledAt, locale)}`);
  } else if (review) {
    facts.push(`${kind} ${day(review.scheduledAt, locale)}`);
  } else if (item.status !== 'closed') {
    facts.push('No review booked');
  }
  const open = item.openActions;
  facts.push(open === 0 ? 'No open actions' : `${open} open action${open === 1 ? '' : 's'}`);
  return facts;
}
