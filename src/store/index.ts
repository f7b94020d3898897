// The public face of the store: what the server, the CLI, tests and benchmarks use. Adapters, rows, migrations
// and repositories are internal; test/dependency-rule.test.ts keeps code outside the folder to this file.
export type {
  AccountStore,
  ApiTokenInfo,
  NewSession,
  RevokeContext,
  Session,
} from './accounts/account-store.js';
export { storeAccounts } from './accounts/store-accounts.js';
export {
  type NewUserInput,
  newUserSchema,
  passwordSchema,
  type User,
  type UserPatch,
  type UserRole,
  usernameSchema,
  userPatchSchema,
  userRoles,
} from './accounts/user.js';
export type { AuditEntry, AuditLog } from './audit-log.js';
export type { BackupBundle, Backups } from './backups.js';
export type { Change, ChangeFeed } from './change-feed.js';
export { type IncidentView, loadIncidentView } from './incident-view.js';
export type { IntakeGroup, IntakeGroups } from './intake-groups.js';
export type { CardScope, MeetingCards } from './meeting-cards.js';
export type { MeetingNotes, NotesUpdate, NotesUpdates } from './meeting-notes.js';
export type { MeetingRooms } from './meeting-rooms.js';
export { type OpenOptions, openStore } from './open.js';
export type {
  PlannedSend,
  ReminderLog,
  ReminderSend,
  ReminderSendStatus,
  SendOutcome,
} from './reminder-log.js';
export { openSqlStore, type SqlStore } from './sql-store.js';
export type {
  ActionFilter,
  ActionRepository,
  ChildRepository,
  DocumentRepository,
  IncidentFilter,
  IncidentRepository,
  InsightQuery,
  RecordMeta,
  SearchHit,
  SearchOptions,
  SearchRepository,
  Store,
  StoredAction,
  StoredEvent,
  StoredFactor,
  StoredReview,
  TimelineRepository,
  WriteContext,
} from './store.js';
