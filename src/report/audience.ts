import { type EventKind, type IncidentDocument, machineEventKinds } from '../domain/index.js';
import { anonymizeDocument } from './anonymize.js';
import { mapDocumentText } from './map-text.js';
import { plainWords } from './plain-words.js';
import { publicRedactor } from './redact.js';

/** Who a report is for: engineers get everything; executives a plain summary; the public a status-page post. */
export const audiences = ['engineering', 'exec', 'public'] as const;
export type Audience = (typeof audiences)[number];

export interface AudienceOptions {
  /** Replace people's names with their roles throughout. */
  anonymize?: boolean;
}

// Raw machine output: log lines, panics, Kubernetes events and chat are for engineers only.
const rawKinds = new Set<EventKind>([...machineEventKinds, 'chat', 'note']);
// What a status-page reader needs to follow the story.
const publicKinds = new Set<EventKind>([
  'alert-fired',
  'deploy',
  'rollback',
  'config-change',
  'flag-change',
  'mitigation',
  'resolution',
]);

/** Drops moment links to events a view removed, keeping the moment's time. */
function pruneMomentLinks(doc: IncidentDocument): IncidentDocument {
  const ids = new Set(doc.timeline.map((event) => event.id));
  const moments = Object.fromEntries(
    Object.entries(doc.moments).map(([name, moment]) => {
      if (!moment?.eventId || ids.has(moment.eventId)) return [name, moment];
      const { eventId: _eventId, ...rest } = moment;
      return [name, rest];
    }),
  );
  return { ...doc, moments };
}

function execView(doc: IncidentDocument): IncidentDocument {
  const timeline = doc.timeline
    .filter((event) => !rawKinds.has(event.kind))
    .map(({ signature: _signature, ...event }) => ({
      ...event,
      origins: event.origins.filter((o) => !o.file),
    }));
  return pruneMomentLinks(plainWords({ ...doc, timeline }));
}

function publicView(doc: IncidentDocument): IncidentDocument {
  const anonymous = anonymizeDocument(doc);
  const internalNames = [
    ...doc.services,
    ...doc.timeline.flatMap((event) => (event.service ? [event.service] : [])),
  ];
  const { redact } = publicRedactor(internalNames);
  const keptMoments = new Set(Object.values(doc.moments).flatMap((m) => (m?.eventId ? [m.eventId] : [])));
  const stripped: IncidentDocument = {
    ...anonymous,
    services: [],
    participants: [],
    reviews: [],
    extraSections: [],
    timeline: anonymous.timeline
      .filter(
        (event) => publicKinds.has(event.kind) || (keptMoments.has(event.id) && !rawKinds.has(event.kind)),
      )
      .map(({ service: _s, signature: _g, ...event }) => ({ ...event, origins: [] })),
    actions: anonymous.actions
      .filter((action) => action.status !== 'dropped')
      .map(({ trackerUrl: _t, ...action }) => ({ ...action, owner: '' })),
  };
  return pruneMomentLinks(plainWords(mapDocumentText(stripped, redact)));
}

/**
 * The document as a given audience may see it. Every renderer works from this view, so what an audience must
 * not see is removed once, here, and cannot leak through a renderer that forgot a field.
 */
export function documentForAudience(
  doc: IncidentDocument,
  audience: Audience,
  options: AudienceOptions = {},
): IncidentDocument {
  const base = options.anonymize ? anonymizeDocument(doc) : doc;
  if (audience === 'exec') return execView(base);
  if (audience === 'public') return publicView(doc);
  return base;
}
