import type { Migration } from 'kysely';
import * as initial from './0001-initial.js';
import * as accounts from './0002-accounts.js';
import * as accountControls from './0003-account-controls.js';
import * as incidentMembers from './0004-incident-members.js';
import * as meetingRooms from './0005-meeting-rooms.js';
import * as meetingCards from './0006-meeting-cards.js';
import * as meetingNotes from './0007-meeting-notes.js';
import * as search from './0008-search.js';
import * as reminders from './0009-reminders.js';
import * as intakeGroups from './0010-intake-groups.js';
import * as incidentMarks from './0011-incident-marks.js';
import * as searchPunctuation from './0012-search-punctuation.js';
import * as restrictedIncidents from './0013-restricted-incidents.js';

/**
 * Every migration, oldest first. Names sort in the order they run; add a new file as `NNNN-what.ts` and one
 * entry at the end. One set serves SQLite and PostgreSQL, so use portable column types.
 */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-accounts': accounts,
  '0003-account-controls': accountControls,
  '0004-incident-members': incidentMembers,
  '0005-meeting-rooms': meetingRooms,
  '0006-meeting-cards': meetingCards,
  '0007-meeting-notes': meetingNotes,
  '0008-search': search,
  '0009-reminders': reminders,
  '0010-intake-groups': intakeGroups,
  '0011-incident-marks': incidentMarks,
  '0012-search-punctuation': searchPunctuation,
  '0013-restricted-incidents': restrictedIncidents,
};
