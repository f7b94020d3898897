import {
  applyMeetingOp,
  canDriveMeeting,
  DebriefError,
  type Incident,
  type MeetingOp,
  type MeetingPerson,
  type MeetingRole,
  type MeetingState,
  meetingRoleOf,
  notFound,
  withJoined,
} from '../domain/index.js';
import { meetingAgenda } from '../playbook/meeting-agenda.js';
import { summarizeMeeting } from '../playbook/meeting-summary.js';
import type { MeetingRooms, Store, StoredReview } from '../store/index.js';
import { retryOnConflict } from './retry-on-conflict.js';

/** The meeting as a person in the room sees it: its state, their role, and the server's clock to tick from. */
export interface MeetingView {
  meeting: MeetingState;
  role: MeetingRole;
  /** Server time (epoch ms) when the view was read, so a browser with a wrong clock still shows the right time. */
  now: number;
  phaseCount: number;
}

/** A person in the room: their account, and the name the summary lists them by. */
export interface MeetingMember extends MeetingPerson {
  name: string;
}

async function reviewOf(store: Store, incidentId: string, reviewId: string): Promise<StoredReview> {
  const review = (await store.reviews.list(incidentId)).find((r) => r.id === reviewId);
  if (!review) throw notFound('review', reviewId);
  return review;
}

const phaseCountOf = (review: StoredReview, incident: Incident) =>
  Math.max(1, meetingAgenda(review, incident.severity).length);

/**
 * Opens the room: the review's meeting as it stands, the person's role, and the server's time. A person who opens a
 * running or paused meeting is noted among those who joined (for the summary), a viewer too: someone who watched
 * the whole meeting was in the room.
 */
export async function openMeeting(
  store: Store,
  rooms: MeetingRooms,
  incident: Incident,
  reviewId: string,
  person: MeetingMember,
): Promise<MeetingView> {
  const review = await reviewOf(store, incident.id, reviewId);
  const role = meetingRoleOf(person, incident);
  let meeting = await rooms.get(incident.id, reviewId);
  const live = meeting.status === 'running' || meeting.status === 'paused';
  if (live && !meeting.joined.some((p) => p.id === person.id)) {
    meeting = await retryOnConflict(async () => {
      const current = await rooms.get(incident.id, reviewId);
      const joined = withJoined(current, { id: person.id, name: person.name });
      return joined === current ? current : rooms.save(joined, person.username);
    });
  }
  return { meeting, role, now: Date.now(), phaseCount: phaseCountOf(review, incident) };
}

/**
 * Drives the meeting: start, pause, a move between phases, what is on screen, the end. Only the facilitator may
 * (see `meetingRoleOf`). A move pressed in a phase the meeting has already left changes nothing, so two
 * facilitators pressing "next" together move one phase; a write that meets another's is retried on the state
 * it met, where the same rule applies.
 */
export async function driveMeeting(
  store: Store,
  rooms: MeetingRooms,
  incident: Incident,
  reviewId: string,
  op: MeetingOp,
  person: MeetingMember,
): Promise<MeetingView> {
  const role = meetingRoleOf(person, incident);
  if (!canDriveMeeting(role)) {
    throw new DebriefError(
      'forbidden',
      `only the facilitator drives the meeting; you are ${role === 'viewer' ? 'a viewer' : `the ${role}`} here`,
    );
  }
  const review = await reviewOf(store, incident.id, reviewId);
  // A closed review's meeting is over: running it again would rewrite its stored summary. Only an end still goes
  // through (a review closed from the terminal while its meeting ran), so the summary is written once.
  if (review.endedAt !== undefined && op.op !== 'end') {
    throw new DebriefError(
      'conflict',
      `review ${reviewId} was closed at ${review.endedAt}; its meeting cannot run again. Book a follow-up review for what is left`,
    );
  }
  const phaseCount = phaseCountOf(review, incident);
  const meeting = await retryOnConflict(async () => {
    const current = await rooms.get(incident.id, reviewId);
    let next = applyMeetingOp(current, op, Date.now(), phaseCount);
    if (next.status === 'running' || next.status === 'paused') {
      next = withJoined(next, { id: person.id, name: person.name });
    }
    return next === current ? current : rooms.save(next, person.username);
  }, 10);
  const { startedAt, endedAt } = meeting;
  if (op.op === 'end' && endedAt && startedAt) {
    await recordMeetingEnd(
      store,
      incident,
      reviewId,
      { ...meeting, startedAt, endedAt },
      { actor: person.username },
    );
  }
  return { meeting, role, now: Date.now(), phaseCount };
}

/**
 * Ending the meeting closes the review, as `debrief review close` does (its notes and decisions are final), and
 * stores the meeting's summary with it. A meeting held before the time it was booked for moves the booking to when
 * it actually started, so the record says when it took place.
 */
async function recordMeetingEnd(
  store: Store,
  incident: Incident,
  reviewId: string,
  meeting: MeetingState & { startedAt: string; endedAt: string },
  ctx: { actor: string },
): Promise<void> {
  const [factors, actions] = await Promise.all([
    store.factors.list(incident.id),
    store.actions.list(incident.id),
  ]);
  await retryOnConflict(async () => {
    const review = await store.reviews.get(reviewId);
    // The first end is the record; an end pressed again (two facilitators, a retry) keeps it.
    if (review.summary !== undefined) return;
    const agenda = meetingAgenda(review, incident.severity);
    const summary = summarizeMeeting({ agenda, meeting, review, factors, actions });
    const earlier = Date.parse(meeting.startedAt) < Date.parse(review.scheduledAt);
    await store.reviews.update(
      reviewId,
      review.version,
      {
        summary,
        ...(review.endedAt === undefined ? { endedAt: meeting.endedAt } : {}),
        ...(earlier ? { scheduledAt: meeting.startedAt } : {}),
      },
      ctx,
    );
  });
}
