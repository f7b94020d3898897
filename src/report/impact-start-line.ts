import { type IncidentDocument, sortTimeline, type TimelineEvent } from '../domain/index.js';

/** The id of the line a reader's timeline gets for the start of customer impact. */
export const impactStartLineId = 'moment-impact-start';

/**
 * A reader's timeline with the start of customer impact on it: the moment that "Impact duration" and "Time to
 * detect" count from, so a reader sees when customers were first hit and how long before anyone knew. Nothing is
 * added when no start is recorded, or when an event of the timeline already marks it (linked, or at that instant).
 */
export function withImpactStartLine(doc: IncidentDocument): IncidentDocument {
  const start = doc.moments.impactStart;
  if (!start) return doc;
  const at = Date.parse(start.at);
  const marked = doc.timeline.some(
    (event) => event.id === start.eventId || (event.at !== null && Date.parse(event.at) === at),
  );
  if (marked) return doc;
  const line: TimelineEvent = {
    id: impactStartLineId,
    at: start.at,
    approximate: false,
    kind: 'note',
    severity: 'critical',
    summary: 'Customers first affected',
    source: 'debrief',
    count: 1,
    origins: [],
  };
  return { ...doc, timeline: sortTimeline([...doc.timeline, line]) };
}
