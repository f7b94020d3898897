import type { z } from 'zod';
import {
  type ActionInput,
  actionFieldsSchema,
  factorFieldsSchema,
  type Incident,
  invalidInput,
  type MomentName,
  momentNames,
  parseWith,
  type ReviewInput,
  reviewFieldsSchema,
  timelineEventFieldsSchema,
} from '../domain/index.js';
import type {
  ChildRepository,
  Store,
  StoredAction,
  StoredEvent,
  StoredFactor,
  StoredReview,
  WriteContext,
} from '../store/index.js';
import { clearMomentsOfEvent, setMomentFromEvent, unlinkMomentsOfEvent } from './moment-from-event.js';
import {
  assertAfterIncidentStart,
  assertFollowUpsAfterReview,
  assertNotBookedTwice,
  scheduleReview,
} from './reviews.js';

/** The records an incident owns, by the name the API uses for them. */
export const recordKinds = ['events', 'factors', 'actions', 'reviews'] as const;
export type RecordKind = (typeof recordKinds)[number];

/** The stored record of each kind. */
export interface RecordOf {
  events: StoredEvent;
  factors: StoredFactor;
  actions: StoredAction;
  reviews: StoredReview;
}

interface KindSpec {
  /** How messages name one record. */
  what: string;
  schema: z.ZodType;
  repo(store: Store): ChildRepository<{ incidentId: string; version: number }, never>;
}

/** Each kind's schema and repository, so every door validates and stores a record the same way. */
export const recordSpecs: Record<RecordKind, KindSpec> = {
  events: { what: 'timeline event', schema: timelineEventFieldsSchema, repo: (s) => s.timeline as never },
  factors: { what: 'factor', schema: factorFieldsSchema, repo: (s) => s.factors as never },
  actions: { what: 'action', schema: actionFieldsSchema, repo: (s) => s.actions as never },
  reviews: { what: 'review', schema: reviewFieldsSchema, repo: (s) => s.reviews as never },
};

/** An action's `factorId` must name a contributing factor of the same incident. */
async function checkFactor(store: Store, incidentId: string, fields: { factorId?: unknown }): Promise<void> {
  if (typeof fields.factorId !== 'string' || fields.factorId === '') return;
  const factors = await store.factors.list(incidentId);
  if (!factors.some((factor) => factor.id === fields.factorId)) {
    throw invalidInput(
      `factorId: ${JSON.stringify(fields.factorId)} names no contributing factor of incident ${incidentId}`,
    );
  }
}

/** Adds a record to an incident after validating it (a review is scheduled: its agenda filled when empty). */
export async function addRecord<K extends RecordKind>(
  store: Store,
  kind: K,
  incidentId: string,
  fields: unknown,
  ctx: WriteContext,
): Promise<RecordOf[K]> {
  if (kind === 'reviews') {
    return (await scheduleReview(store, incidentId, fields as ReviewInput, ctx)) as RecordOf[K];
  }
  const spec = recordSpecs[kind];
  const parsed = parseWith(spec.schema, fields, spec.what) as { factorId?: unknown };
  await checkFactor(store, incidentId, parsed);
  const record = (await spec.repo(store).add(incidentId, parsed as never, ctx)) as RecordOf[K];
  // An event a person adds ("acknowledged the page") sets the moment it marks when none is set yet.
  if (kind === 'events') await setMomentFromEvent(store, record as StoredEvent, ctx);
  return record;
}

/** Changes a record at the version the caller read; `patch` holds the changed fields, already validated. */
export async function updateRecord<K extends RecordKind>(
  store: Store,
  kind: K,
  id: string,
  version: number,
  patch: Record<string, unknown>,
  ctx: WriteContext,
): Promise<RecordOf[K]> {
  const repo = recordSpecs[kind].repo(store);
  const current = await repo.get(id);
  await checkFactor(store, current.incidentId, patch);
  if (kind === 'reviews') await checkReschedule(store, current as unknown as StoredReview, patch);
  const updated = (await repo.update(id, version, patch as never, ctx)) as RecordOf[K];
  // A moment the event no longer founds (moved, made a note) stops naming it.
  if (kind === 'events' && ('at' in patch || 'kind' in patch || 'severity' in patch))
    await unlinkMomentsOfEvent(store, current.incidentId, id, ctx);
  return updated;
}

/**
 * A meeting moved: not one already held (its time is the record of when it met; a follow-up is booked instead),
 * not before the incident began, not onto the very slot of another meeting of its kind, and not so that a follow-up
 * comes before the review it follows up. A move that overlaps another meeting goes through, with a warning where it
 * is read (`overlappingMeetingWarning`).
 */
async function checkReschedule(
  store: Store,
  review: StoredReview,
  patch: Record<string, unknown>,
): Promise<void> {
  // A form sends every field: only a time or length that differs from the stored one moves the meeting.
  const newTime =
    typeof patch.scheduledAt === 'string' && Date.parse(patch.scheduledAt) !== Date.parse(review.scheduledAt);
  const newLength =
    typeof patch.durationMinutes === 'number' && patch.durationMinutes !== review.durationMinutes;
  if (review.endedAt !== undefined && (newTime || newLength)) {
    throw invalidInput(
      `${review.id} was held and closed at ${review.endedAt}; when it met stays as it was (book a follow-up review instead)`,
    );
  }
  if (!newTime || typeof patch.scheduledAt !== 'string') return;
  await assertAfterIncidentStart(store, review.incidentId, patch.scheduledAt);
  const reviews = await store.reviews.list(review.incidentId);
  assertNotBookedTwice(reviews, review.kind, patch.scheduledAt, review.id);
  assertFollowUpsAfterReview(reviews, { id: review.id, kind: review.kind, scheduledAt: patch.scheduledAt });
}

/**
 * Deletes a record at the version the caller read. Deleting a timeline event unsets the key moments founded on it
 * (`clearMomentsOfEvent`); their names are returned so the caller can say so.
 */
export async function deleteRecord(
  store: Store,
  kind: RecordKind,
  id: string,
  version: number,
  ctx: WriteContext,
): Promise<{ clearedMoments: MomentName[] }> {
  const repo = recordSpecs[kind].repo(store);
  const incidentId = kind === 'events' ? (await repo.get(id)).incidentId : undefined;
  const founded = incidentId ? foundedBy(await store.incidents.get(incidentId), id) : [];
  await repo.delete(id, version, ctx);
  if (!incidentId || founded.length === 0) return { clearedMoments: [] };
  const clearedMoments = await clearMomentsOfEvent(store, incidentId, id, ctx);
  if (clearedMoments.length > 0) return { clearedMoments };
  // Through a server (`--server`) the server has already unset them: the moments now missing are the answer.
  const after = await store.incidents.get(incidentId);
  return { clearedMoments: founded.filter((name) => after.moments[name] === undefined) };
}

/** The key moments an event founds. */
const foundedBy = (incident: Incident, eventId: string): MomentName[] =>
  momentNames.filter((name) => incident.moments[name]?.eventId === eventId);

/** Adds an action item to an incident; its factor, when named, must be one of the incident's. */
export function addAction(
  store: Store,
  incidentId: string,
  fields: ActionInput,
  ctx: WriteContext,
): Promise<StoredAction> {
  return addRecord(store, 'actions', incidentId, fields, ctx);
}

/**
 * Closes an action: done, or dropped with the reason, on the day given or today. Without `version` it applies to the action as read now
 * (a change made in between is still a conflict, never overwritten).
 */
export async function closeAction(
  store: Store,
  actionId: string,
  close: ({ status: 'done' } | { status: 'dropped'; reason: string }) & { closedOn?: string | undefined },
  ctx: WriteContext,
  version?: number,
): Promise<StoredAction> {
  const current = await store.actions.get(actionId);
  const patch: Partial<ActionInput> =
    close.status === 'done' ? { status: 'done' } : { status: 'dropped', droppedReason: close.reason };
  // The day it closed: given (a late record of work done earlier), else set by the store to today.
  if (close.closedOn !== undefined) patch.closedOn = close.closedOn;
  return store.actions.update(actionId, version ?? current.version, patch, ctx);
}
