import {
  type CardBoard,
  type CardPrompt,
  canContributeToMeeting,
  canDriveMeeting,
  canRecordFromMeeting,
  DebriefError,
  type Incident,
  type MeetingRole,
  meetingRoleOf,
  notFound,
  type PointStatus,
  type RaisedPoint,
} from '../domain/index.js';
import type { CardScope, MeetingCards, Store } from '../store/index.js';
import type { MeetingMember } from './meeting-room.js';

/** The cards and points of a review's meeting as one person sees them, with their role. */
export interface CardBoardView extends CardBoard {
  role: MeetingRole;
  /** The caller's user id, so a page knows which raised points are its own. */
  you: string;
}

async function scopeOf(store: Store, incident: Incident, reviewId: string): Promise<CardScope> {
  const review = (await store.reviews.list(incident.id)).find((r) => r.id === reviewId);
  if (!review) throw notFound('review', reviewId);
  return { incidentId: incident.id, reviewId };
}

function refuse(role: MeetingRole, what: string): never {
  throw new DebriefError(
    'forbidden',
    `${what}; you are ${role === 'viewer' ? 'a viewer' : `the ${role}`} here`,
  );
}

/** The room's cards and points for one person (hidden cards as counts only). */
export async function cardBoard(
  store: Store,
  cards: MeetingCards,
  incident: Incident,
  reviewId: string,
  person: MeetingMember,
): Promise<CardBoardView> {
  const scope = await scopeOf(store, incident, reviewId);
  return { ...(await cards.board(scope, person.id)), role: meetingRoleOf(person, incident), you: person.id };
}

/** What a person may do with cards and points, checked before each write. */
export async function cardAction<T>(
  store: Store,
  cards: MeetingCards,
  incident: Incident,
  reviewId: string,
  person: MeetingMember,
  action: CardWrite,
): Promise<T> {
  const scope = await scopeOf(store, incident, reviewId);
  const role = meetingRoleOf(person, incident);
  switch (action.kind) {
    case 'add':
      if (!canContributeToMeeting(role)) refuse(role, 'viewers watch the meeting and add no cards');
      return (await cards.addCard(scope, action.prompt, action.text)) as T;
    case 'delete':
      if (!canContributeToMeeting(role)) refuse(role, 'viewers cannot remove cards');
      return (await cards.deleteCard(scope, action.id, canDriveMeeting(role))) as T;
    case 'reveal':
      if (!canDriveMeeting(role)) refuse(role, 'only the facilitator reveals the cards');
      return (await cards.reveal(scope, action.prompt)) as T;
    case 'group':
      if (!canRecordFromMeeting(role)) refuse(role, 'the facilitator or the scribe groups the cards');
      return (await cards.group(scope, action.id, action.group)) as T;
    case 'vote':
      if (!canContributeToMeeting(role)) refuse(role, 'viewers do not vote');
      return (await cards.vote(scope, action.id, person.id)) as T;
    case 'raise':
      if (!canContributeToMeeting(role)) refuse(role, 'viewers watch the meeting and raise no points');
      return (await cards.raisePoint(
        scope,
        action.text,
        { id: person.id, name: person.name },
        person.username,
      )) as T;
    case 'point': {
      const point = await cards.point(scope, action.id);
      const mine = point.raisedBy.id === person.id;
      if (action.status === 'withdrawn' ? !mine && !canDriveMeeting(role) : !canDriveMeeting(role)) {
        refuse(
          role,
          action.status === 'withdrawn'
            ? 'only who raised a point withdraws it'
            : 'the facilitator takes points',
        );
      }
      return (await cards.setPoint(scope, action.id, action.status, person.username)) as T;
    }
  }
}

/** The writes on the meeting's cards and points. */
export type CardWrite =
  | { kind: 'add'; prompt: CardPrompt; text: string }
  | { kind: 'delete'; id: string }
  | { kind: 'reveal'; prompt: CardPrompt | undefined }
  | { kind: 'group'; id: string; group: string }
  | { kind: 'vote'; id: string }
  | { kind: 'raise'; text: string }
  | { kind: 'point'; id: string; status: PointStatus };

export type { RaisedPoint };
