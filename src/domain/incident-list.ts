import { z } from 'zod';
import { incidentStart } from './document.js';
import { type Incident, incidentSummary, incidentSummarySchema } from './incident.js';
import { type Review, reviewKindSchema } from './review.js';

/**
 * What the incident list shows beside each title, so a team sees at a glance what needs them: when it happened,
 * who facilitates its review, the next meeting booked, and how many actions are still open.
 */
export const incidentListFactsSchema = z.object({
  /** When impact began (else when it was detected); absent when neither is known yet. */
  startedAt: z.string().optional(),
  /** The facilitator of the review, else the incident commander: the person to ask about the post-mortem. */
  owner: z.object({ name: z.string(), role: z.string() }).optional(),
  /** The earliest review or follow-up booked and not yet held (it may be past: held late or not recorded). */
  nextReview: z.object({ id: z.string(), kind: reviewKindSchema, scheduledAt: z.string() }).optional(),
  /** Actions open or in progress. */
  openActions: z.number().int().nonnegative(),
});
export type IncidentListFacts = z.infer<typeof incidentListFactsSchema>;

export const incidentListItemSchema = incidentSummarySchema.extend(incidentListFactsSchema.shape);
export type IncidentListItem = z.infer<typeof incidentListItemSchema>;

const ownerRoles = ['facilitator', 'incident-commander'] as const;

/** The person who owns the post-mortem: the first facilitator listed, else the first incident commander. */
export function postMortemOwner(incident: Incident): IncidentListFacts['owner'] {
  for (const role of ownerRoles) {
    const person = incident.participants.find((participant) => participant.role === role);
    if (person) return { name: person.name, role };
  }
  return undefined;
}

/** The earliest review booked and not held yet (no end recorded), whichever its kind. */
export function nextBookedReview(reviews: readonly Review[]): IncidentListFacts['nextReview'] {
  const pending = reviews
    .filter((review) => review.endedAt === undefined)
    .sort((a, b) => Date.parse(a.scheduledAt) - Date.parse(b.scheduledAt));
  const next = pending[0];
  return next && { id: next.id, kind: next.kind, scheduledAt: next.scheduledAt };
}

/** The list row of an incident: its summary and the facts above, from its reviews and open-action count. */
export function incidentListItem(
  incident: Incident,
  reviews: readonly Review[],
  openActions: number,
): IncidentListItem {
  const startedAt = incidentStart(incident.moments);
  const owner = postMortemOwner(incident);
  const nextReview = nextBookedReview(reviews);
  return {
    ...incidentSummary(incident),
    ...(startedAt !== undefined && { startedAt }),
    ...(owner && { owner }),
    ...(nextReview && { nextReview }),
    openActions,
  };
}
