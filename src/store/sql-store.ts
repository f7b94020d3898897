import type { AccountStore } from './accounts/account-store.js';
import { type StoreAccountsOptions, storeAccounts } from './accounts/store-accounts.js';
import type { AuditLog } from './audit-log.js';
import type { Backups } from './backups.js';
import type { ChangeFeed } from './change-feed.js';
import { type IntakeGroups, kyselyIntakeGroups } from './intake-groups.js';
import { kyselyAuditLog } from './kysely-audit-log.js';
import { kyselyBackups } from './kysely-backups.js';
import { kyselyStore } from './kysely-store.js';
import { kyselyMeetingCards, type MeetingCards } from './meeting-cards.js';
import { kyselyMeetingNotes, type MeetingNotes } from './meeting-notes.js';
import { kyselyMeetingRooms, type MeetingRooms } from './meeting-rooms.js';
import { type OpenOptions, openDatabase } from './open-database.js';
import { kyselyReminderLog, type ReminderLog } from './reminder-log.js';
import type { Store } from './store.js';
import type { OpenDatabase } from './store-database.js';

/**
 * A SQLite or PostgreSQL database as `openSqlStore` opens it: the records port and the ports only a database
 * offers, each taken on its own so a caller is handed just what it uses. `store.close()` closes them all.
 */
export interface SqlStore {
  readonly store: Store;
  readonly audit: AuditLog;
  readonly changes: ChangeFeed;
  readonly backups: Backups;
  /** The shared review meetings: each review's phase, clock and what is on screen. */
  readonly meetingRooms: MeetingRooms;
  /** The meetings' anonymous cards, votes and raised points. */
  readonly meetingCards: MeetingCards;
  /** Each review's live notes, typed by several people at once. */
  readonly meetingNotes: MeetingNotes;
  /** Which incident each alert group's deliveries land on (the Alertmanager intake's open=draft). */
  readonly intakeGroups: IntakeGroups;
  /** Who sends reminders, and each day's digests with how sending them went. */
  readonly reminders: ReminderLog;
  /** The accounts port on the same database; each account change is audited in the transaction that makes it. */
  accounts(options?: StoreAccountsOptions): AccountStore;
}

/** Every port of the SQL adapter on one open database. */
export function sqlStore(db: OpenDatabase): SqlStore {
  return {
    store: kyselyStore(db),
    audit: kyselyAuditLog(db),
    changes: db.changes,
    backups: kyselyBackups(db),
    meetingRooms: kyselyMeetingRooms(db),
    meetingCards: kyselyMeetingCards(db),
    meetingNotes: kyselyMeetingNotes(db),
    reminders: kyselyReminderLog(db),
    intakeGroups: kyselyIntakeGroups(db),
    accounts: (options) => storeAccounts(db, options),
  };
}

/**
 * Opens the SQLite or PostgreSQL database a URL names with all its ports: records, audit log, change feed,
 * backups, accounts. Call `store.migrate()` before first use.
 */
export async function openSqlStore(url: string, options: OpenOptions = {}): Promise<SqlStore> {
  return sqlStore(await openDatabase(url, options));
}
