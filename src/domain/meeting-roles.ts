import type { Participant } from './incident.js';
import { hasRole, type UserRole } from './roles.js';

/**
 * What a person may do in the review meeting's shared room:
 * - facilitator: drives it (start, pause, phases, the question on screen, revealing cards, taking raised points,
 *   closing), and writes;
 * - scribe: writes notes and turns notes and cards into decisions, factors and actions;
 * - attendee: writes notes, adds anonymous cards, votes and raises points;
 * - viewer: watches.
 */
export const meetingRoles = ['facilitator', 'scribe', 'attendee', 'viewer'] as const;
export type MeetingRole = (typeof meetingRoles)[number];

/** The account as the room sees it. */
export interface MeetingPerson {
  id: string;
  username: string;
  /** The display name: participants are often written as people know them ("Sam Rivera"). */
  name?: string | undefined;
  role: UserRole;
}

/**
 * The person's role in the incident's meeting. A participant counts as an account when their name is its username,
 * user id or display name (any case). Restricted incidents admit by username or id only, because display names are
 * not unique; here a shared display name can only make a second editor a co-facilitator, which an admin could be
 * anyway. Who drives:
 * - the participant named facilitator;
 * - an admin (so a meeting whose facilitator is away can still move on);
 * - any editor when the incident names no facilitator at all (a small team without roles).
 * A participant named scribe is the scribe; other editors attend; a viewer account only watches, whatever the
 * incident lists it as.
 */
export function meetingRoleOf(
  person: MeetingPerson,
  incident: { participants: readonly Pick<Participant, 'name' | 'role'>[] },
): MeetingRole {
  if (!hasRole(person.role, 'editor')) return 'viewer';
  const keys = [person.username, person.id, person.name ?? '']
    .map((key) => key.trim().toLowerCase())
    .filter((key) => key !== '');
  const own = incident.participants.filter((p) => keys.includes(p.name.trim().toLowerCase()));
  if (own.some((p) => p.role === 'facilitator')) return 'facilitator';
  if (hasRole(person.role, 'admin')) return 'facilitator';
  if (!incident.participants.some((p) => p.role === 'facilitator')) return 'facilitator';
  if (own.some((p) => p.role === 'scribe')) return 'scribe';
  return 'attendee';
}

/** Whether the role may drive the meeting: phases, clock, the question on screen, revealing cards, closing. */
export function canDriveMeeting(role: MeetingRole): boolean {
  return role === 'facilitator';
}

/** Whether the role may write the meeting's notes. */
export function canWriteMeetingNotes(role: MeetingRole): boolean {
  return role !== 'viewer';
}

/** Whether the role may turn a note line or card into a decision, factor or action. */
export function canRecordFromMeeting(role: MeetingRole): boolean {
  return role === 'facilitator' || role === 'scribe';
}

/** Whether the role may add cards, vote and raise points. */
export function canContributeToMeeting(role: MeetingRole): boolean {
  return role !== 'viewer';
}
