import { describe, expect, it } from 'vitest';
import {
  canDriveMeeting,
  canRecordFromMeeting,
  canWriteMeetingNotes,
  meetingRoleOf,
} from './meeting-roles.js';

const ana = { id: 'u_ana', username: 'ana', role: 'editor' as const };
const ben = { id: 'u_ben', username: 'ben', role: 'editor' as const };
const root = { id: 'u_root', username: 'root', role: 'admin' as const };
const vic = { id: 'u_vic', username: 'vic', role: 'viewer' as const };

describe('meetingRoleOf', () => {
  const incident = {
    participants: [
      { name: 'Ana', role: 'facilitator' as const },
      { name: 'u_ben', role: 'scribe' as const },
      { name: 'vic', role: 'facilitator' as const },
    ],
  };

  it('reads the facilitator and scribe from participants by username, id or display name, any case', () => {
    expect(meetingRoleOf(ana, incident)).toBe('facilitator');
    const sam = { id: 'u_sam', username: 'srivera', name: 'Sam Rivera', role: 'editor' as const };
    expect(meetingRoleOf(sam, { participants: [{ name: 'sam rivera', role: 'facilitator' }] })).toBe(
      'facilitator',
    );
    expect(meetingRoleOf(ben, incident)).toBe('scribe');
  });

  it('lets an admin drive, keeps a viewer account watching, and other editors attend', () => {
    expect(meetingRoleOf(root, incident)).toBe('facilitator');
    expect(meetingRoleOf(vic, incident)).toBe('viewer');
    expect(meetingRoleOf({ id: 'u_cy', username: 'cy', role: 'editor' }, incident)).toBe('attendee');
  });

  it('lets any editor drive when the incident names no facilitator', () => {
    expect(meetingRoleOf(ben, { participants: [{ name: 'Ana', role: 'responder' }] })).toBe('facilitator');
  });

  it('gives each role its rights', () => {
    expect(canDriveMeeting('scribe')).toBe(false);
    expect(canRecordFromMeeting('scribe')).toBe(true);
    expect(canRecordFromMeeting('attendee')).toBe(false);
    expect(canWriteMeetingNotes('attendee')).toBe(true);
    expect(canWriteMeetingNotes('viewer')).toBe(false);
  });
});
