import {
  isDebriefError,
  type MomentName,
  type Moments,
  mayMarkMoment,
  momentOrderProblems,
  momentToSet,
  restingEvent,
} from '../domain/index.js';
import type { Store, StoredEvent, WriteContext } from '../store/index.js';
import { retryOnConflict } from './retry-on-conflict.js';

/** The moments with `event` setting the one it marks (`momentToSet`), or undefined when it sets none. */
export function momentsWithEvent(moments: Moments, event: StoredEvent): Moments | undefined {
  const name = momentToSet(moments, event);
  if (!name || event.at === null) return undefined;
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
  if (!mayMarkMoment(event) || event.at === null) return undefined;
  return retryOnConflict(async () => {
    const incident = await store.incidents.get(event.incidentId);
    const name = momentToSet(incident.moments, event);
    const moments = momentsWithEvent(incident.moments, event);
    if (!name || !moments) return undefined;
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

/**
 * The moments as they stand once event `eventId` no longer backs them (deleted, or changed so that it does not
 * found them: moved to another time, made a note): each moment linked to it is linked instead to another event
 * of the timeline that founds it at its time (a twin of the same alert or error), else, when the event was
 * deleted, unset (`cleared`: no event backs it), else, when it was changed, kept at its time without a link
 * (`unlinked`). `timeline` is the incident's events as they are now. Undefined when no moment changes.
 */
export function momentsAfterEventChange(
  moments: Moments,
  eventId: string,
  timeline: readonly StoredEvent[],
  change: 'deleted' | 'changed',
): { moments: Moments; cleared: MomentName[]; unlinked: MomentName[] } | undefined {
  const linked = (Object.keys(moments) as MomentName[]).filter((name) => moments[name]?.eventId === eventId);
  const next: Moments = { ...moments };
  const cleared: MomentName[] = [];
  const unlinked: MomentName[] = [];
  for (const name of linked) {
    const moment = moments[name];
    if (!moment) continue;
    if (change === 'changed') {
      const self = timeline.find((event) => event.id === eventId);
      if (self && restingEvent(name, moment.at, [self])) continue; // it still founds the moment
    }
    const others = timeline.filter((event) => event.id !== eventId);
    const twin = restingEvent(name, moment.at, others);
    // The reason said what the old event showed: it now says what the event it rests on shows.
    if (twin)
      next[name] = {
        ...moment,
        eventId: twin.id,
        reason: `${twin.kind} event: ${twin.summary}`.slice(0, 500),
      };
    else if (change === 'deleted') {
      delete next[name];
      cleared.push(name);
    } else {
      const { eventId: _gone, ...rest } = moment;
      next[name] = rest;
      unlinked.push(name);
    }
  }
  const changed = linked.some((name) => next[name] !== moments[name]);
  return changed ? { moments: next, cleared, unlinked } : undefined;
}

/**
 * After an event is deleted, unsets the key moments founded on it: a moment that no event backs any more would
 * stay wrong for good (a log read in the wrong zone, deleted and attached again in the right one, would set
 * nothing, the moment being taken). A moment another event of the timeline founds at its time (a twin of the
 * same alert) is linked to that one instead. Returns the moments unset.
 */
export async function clearMomentsOfEvent(
  store: Store,
  incidentId: string,
  eventId: string,
  ctx: WriteContext,
): Promise<MomentName[]> {
  return updateMomentsOfEvent(store, incidentId, eventId, 'deleted', ctx).then((done) => done.cleared);
}

/**
 * After an event is changed, a key moment it no longer founds (moved to another time, made a note) stops naming
 * it: linked to another event that founds it at its time, else kept at its time without a link. Returns the
 * moments left without an event.
 */
export async function unlinkMomentsOfEvent(
  store: Store,
  incidentId: string,
  eventId: string,
  ctx: WriteContext,
): Promise<MomentName[]> {
  return updateMomentsOfEvent(store, incidentId, eventId, 'changed', ctx).then((done) => done.unlinked);
}

async function updateMomentsOfEvent(
  store: Store,
  incidentId: string,
  eventId: string,
  change: 'deleted' | 'changed',
  ctx: WriteContext,
): Promise<{ cleared: MomentName[]; unlinked: MomentName[] }> {
  return retryOnConflict(async () => {
    const incident = await store.incidents.get(incidentId);
    if (!Object.values(incident.moments).some((moment) => moment?.eventId === eventId))
      return { cleared: [], unlinked: [] };
    const after = momentsAfterEventChange(
      incident.moments,
      eventId,
      await store.timeline.list(incidentId),
      change,
    );
    if (!after) return { cleared: [], unlinked: [] };
    await store.incidents.update(incidentId, incident.version, { moments: after.moments }, ctx);
    return after;
  });
}
