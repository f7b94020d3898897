import {
  type EventKind,
  isDebriefError,
  type MomentName,
  type Moments,
  momentOrderProblems,
} from '../domain/index.js';
import type { Store, StoredEvent, WriteContext } from '../store/index.js';
import { retryOnConflict } from './retry-on-conflict.js';

/** The key moment an event of each kind marks when a person adds it: the first page, the acknowledgement, … */
const momentOfKind: Partial<Record<EventKind, MomentName>> = {
  'alert-fired': 'detected',
  page: 'detected',
  acknowledged: 'acknowledged',
  mitigation: 'mitigated',
  rollback: 'mitigated',
  resolution: 'resolved',
};

/** The moments with `event` setting the one its kind marks, or undefined when it sets none. */
export function momentsWithEvent(moments: Moments, event: StoredEvent): Moments | undefined {
  const name = momentOfKind[event.kind];
  if (!name || event.at === null || moments[name]) return undefined;
  const next: Moments = {
    ...moments,
    [name]: {
      at: event.at,
      eventId: event.id,
      reason: `${event.kind} event: ${event.summary}`.slice(0, 500),
    },
  };
  // A moment that would put the incident's moments in an impossible order is not set (a person corrects them).
  return momentOrderProblems(next).some((problem) => problem.later === name || problem.earlier === name)
    ? undefined
    : next;
}

/**
 * After a person adds an event by hand ("Dana acknowledged the page"), sets the key moment its kind marks when the
 * incident has none yet, linked to the event. A moment already set, by hand or from evidence, is never changed.
 * Returns the moment set, if any.
 */
export async function setMomentFromEvent(
  store: Store,
  event: StoredEvent,
  ctx: WriteContext,
): Promise<MomentName | undefined> {
  const name = momentOfKind[event.kind];
  if (!name || event.at === null) return undefined;
  return retryOnConflict(async () => {
    const incident = await store.incidents.get(event.incidentId);
    const moments = momentsWithEvent(incident.moments, event);
    if (!moments) return undefined;
    try {
      await store.incidents.update(event.incidentId, incident.version, { moments }, ctx);
    } catch (error) {
      // The event is stored; a moment the incident's other records refuse (an action due before the start it
      // would make) is left for a person to set, rather than reporting the event as not added.
      if (isDebriefError(error) && error.code === 'invalid_input') return undefined;
      throw error;
    }
    return name;
  });
}

/** The moments without those founded on the event `eventId`, and their names; undefined when none rests on it. */
export function momentsWithoutEvent(
  moments: Moments,
  eventId: string,
): { moments: Moments; cleared: MomentName[] } | undefined {
  const cleared = (Object.keys(moments) as MomentName[]).filter((name) => moments[name]?.eventId === eventId);
  if (cleared.length === 0) return undefined;
  const rest: Moments = { ...moments };
  for (const name of cleared) delete rest[name];
  return { moments: rest, cleared };
}

/**
 * After an event is deleted, unsets the key moments founded on it: a moment that no event backs any more would
 * stay wrong for good (a log read in the wrong zone, deleted and attached again in the right one, would set
 * nothing, the moment being taken). Returns the moments unset.
 */
export async function clearMomentsOfEvent(
  store: Store,
  incidentId: string,
  eventId: string,
  ctx: WriteContext,
): Promise<MomentName[]> {
  return retryOnConflict(async () => {
    const incident = await store.incidents.get(incidentId);
    const without = momentsWithoutEvent(incident.moments, eventId);
    if (!without) return [];
    await store.incidents.update(incidentId, incident.version, { moments: without.moments }, ctx);
    return without.cleared;
  });
}
