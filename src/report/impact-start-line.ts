import { type IncidentDocument, momentMarkedBy, sortTimeline, type TimelineEvent } from '../domain/index.js';

/** The id of the line a reader's timeline gets for the start of customer impact. */
export const impactStartLineId = 'moment-impact-start';
/** The id of the line an executive's timeline gets for the first error when no start of impact is recorded. */
export const firstErrorLineId = 'moment-first-error';

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

/**
 * An executive's timeline with the first error on it when no start of customer impact is recorded: the log lines,
 * panics and crashes that would mark it are engineers' raw output and leave the view (`keep` says which events
 * stay), so without this line the story began with the first alert or page, minutes after the errors did (trial 19
 * F16). It says only what the evidence shows, "First errors recorded", not that customers were hit: that is the
 * author's to say. Nothing is added when a start is recorded, or when the first error stays in the view.
 */
export function withFirstErrorLine(
  doc: IncidentDocument,
  keep: (event: TimelineEvent) => boolean,
): IncidentDocument {
  if (doc.moments.impactStart) return doc;
  const first = sortTimeline(doc.timeline).find(
    (event) => event.at !== null && momentMarkedBy(event) === 'impactStart',
  );
  if (!first?.at || keep(first)) return doc;
  const line: TimelineEvent = {
    id: firstErrorLineId,
    at: first.at,
    approximate: first.approximate,
    kind: 'note',
    severity: 'error',
    summary: first.service ? `First errors recorded in ${first.service}` : 'First errors recorded',
    source: 'debrief',
    count: 1,
    origins: [],
  };
  return { ...doc, timeline: sortTimeline([...doc.timeline, line]) };
}
