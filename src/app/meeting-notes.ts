import {
  canWriteMeetingNotes,
  DebriefError,
  type Incident,
  meetingRoleOf,
  notFound,
} from '../domain/index.js';
import type { MeetingNotes, NotesUpdates, Store } from '../store/index.js';
import type { MeetingMember } from './meeting-room.js';

async function requireReview(store: Store, incident: Incident, reviewId: string): Promise<void> {
  const review = (await store.reviews.list(incident.id)).find((r) => r.id === reviewId);
  if (!review) throw notFound('review', reviewId);
}

/** The notes' edits as one person reads them: with the name their own lines carry, and whether they may write. */
export interface NotesView extends NotesUpdates {
  author: string;
  canWrite: boolean;
}

/** The live notes' edits after `after` (0: all of them), for anyone who may see the incident. */
export async function readMeetingNotes(
  store: Store,
  notes: MeetingNotes,
  incident: Incident,
  reviewId: string,
  after: number,
  person: MeetingMember,
): Promise<NotesView> {
  await requireReview(store, incident, reviewId);
  const read = await notes.since(incident.id, reviewId, after, person.username);
  const canWrite = canWriteMeetingNotes(meetingRoleOf(person, incident));
  return { ...read, author: person.name || person.username, canWrite };
}

/**
 * Adds one edit of the live notes (a base64 Yjs update) typed by the person; a viewer only watches. Answers the
 * edit's number.
 */
export async function writeMeetingNotes(
  store: Store,
  notes: MeetingNotes,
  incident: Incident,
  reviewId: string,
  update: string,
  person: MeetingMember,
): Promise<{ seq: number }> {
  const role = meetingRoleOf(person, incident);
  if (!canWriteMeetingNotes(role)) {
    throw new DebriefError(
      'forbidden',
      'a viewer watches the meeting; only the people in it write its notes',
    );
  }
  await requireReview(store, incident, reviewId);
  return { seq: await notes.append(incident.id, reviewId, update, person.username) };
}
