import type { Generated } from 'kysely';

/**
 * The tables as Kysely sees them. Column types are portable between SQLite and PostgreSQL: ISO timestamps as
 * text, booleans as 0/1 integers, record content as JSON text. Columns beside `data` exist only to filter,
 * order or check versions.
 */
export interface IncidentsTable {
  id: string;
  version: number;
  created_at: string;
  updated_at: string;
  title: string;
  severity: string;
  status: string;
  restricted: number;
  /** Lower-cased services between bars (`|api|billing|`), so one LIKE finds an exact service. */
  services_key: string;
  /**
   * Every participant's name and e-mail, lower-cased between bars with `%` and `|` encoded (`memberKey`), so one
   * LIKE finds whether someone takes part (restricted incidents are listed only to their members).
   */
  members_key: string;
  /** Lower-cased title, BLUF, summary and impact text, for word search. */
  search_text: string;
  data: string;
}

/** Columns every child record of an incident has. */
export interface ChildColumns {
  id: string;
  incident_id: string;
  /** Position in the incident (insertion or document order). */
  seq: number;
  version: number;
  created_at: string;
  updated_at: string;
  data: string;
}

export interface EventsTable extends ChildColumns {
  at: string | null;
  fingerprint: string | null;
}

export interface ActionsTable extends ChildColumns {
  status: string;
  owner: string;
  due_date: string | null;
  factor_id: string | null;
}

export interface AuditTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  incident_id: string | null;
  changes: string;
}

export interface Database {
  incidents: IncidentsTable;
  events: EventsTable;
  factors: ChildColumns;
  actions: ActionsTable;
  reviews: ChildColumns;
  audit_log: AuditTable;
  meeting_rooms: MeetingRoomsTable;
  meeting_cards: MeetingCardsTable;
  meeting_votes: MeetingVotesTable;
  meeting_points: MeetingPointsTable;
  meeting_note_updates: MeetingNoteUpdatesTable;
  meeting_notes: MeetingNotesTable;
  leases: LeasesTable;
  reminder_sends: ReminderSendsTable;
  intake_groups: IntakeGroupsTable;
  incident_marks: IncidentMarksTable;
}

/** An incident's log signature or fired alert, and how many of its events carry it (kept by triggers on events). */
export interface IncidentMarksTable {
  kind: 'signature' | 'alert';
  name: string;
  incident_id: string;
  n: number;
}

/** An alert group and the incident its deliveries land on (null while the incident is being opened). */
export interface IntakeGroupsTable {
  source: string;
  group_key: string;
  incident_id: string | null;
  claimed_by: string;
  claimed_at: string;
}

/** A named job only one server runs at a time, held until it expires unless renewed. */
export interface LeasesTable {
  name: string;
  holder: string;
  expires_at: string;
}

/** One digest for one recipient on one day, and how sending it went. */
export interface ReminderSendsTable {
  day: string;
  recipient: string;
  channel: string;
  address: string;
  audience: string;
  message: string;
  items: number;
  status: string;
  attempts: number;
  next_attempt_at: string;
  claimed_by: string | null;
  last_error: string | null;
  sent_at: string | null;
}

/** Anonymous cards: no author column, by design. */
export interface MeetingCardsTable {
  id: string;
  review_id: string;
  incident_id: string;
  prompt: string;
  text: string;
  group_title: string | null;
  revealed: number;
  votes: number;
}

/** How many votes each person used in a meeting (not on which card). */
export interface MeetingVotesTable {
  review_id: string;
  user_id: string;
  used: number;
}

/** Points raised for the facilitator to take, with who raised them. */
export interface MeetingPointsTable {
  id: string;
  review_id: string;
  incident_id: string;
  seq: number;
  text: string;
  raised_by_id: string;
  raised_by_name: string;
  status: string;
}

/** The shared meeting of each review: its state as JSON (`MeetingState` without the columns beside it). */
export interface MeetingRoomsTable {
  review_id: string;
  incident_id: string;
  version: number;
  updated_at: string;
  data: string;
}

/** Each edit of a review's live notes (a Yjs update, base64), numbered in the order the server took it. */
export interface MeetingNoteUpdatesTable {
  review_id: string;
  seq: number;
  incident_id: string;
  data: string;
}

/** Per review: the last edit's number, how many edits are stored, and the text last written into the review. */
export interface MeetingNotesTable {
  review_id: string;
  incident_id: string;
  seq: number;
  updates: number;
  text: string;
}

/** The child tables, which share the ChildColumns shape. */
export type ChildTable = 'events' | 'factors' | 'actions' | 'reviews';
