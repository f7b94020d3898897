import type { AuditEntry } from './audit-log.js';

/**
 * A committed change to an incident or one of its records: what the audit log records, without the values (ids,
 * not records, so it crosses PostgreSQL's NOTIFY limit and a reader fetches what it may see).
 */
export interface Change {
  incidentId: string;
  entity: AuditEntry['entity'];
  entityId: string;
  action: AuditEntry['action'];
  actor: string;
  at: string;
}

/**
 * The change feed port: live changes. A listener hears each write after its transaction commits, never one that
 * rolled back. SQLite: writes made in this process; PostgreSQL: writes by every process on the database, through
 * LISTEN/NOTIFY.
 */
export interface ChangeFeed {
  /** Calls `listener` for each committed change until the returned function is called. */
  subscribe(listener: (change: Change) => void): () => void;
  /**
   * Resolves once writes committed from now on reach subscribers (PostgreSQL: the LISTEN connection is up);
   * rejects with `unavailable` when that connection cannot be opened (it is retried in the background).
   */
  ready(): Promise<void>;
  /**
   * Calls `listener` when changes may have been missed: the PostgreSQL LISTEN connection dropped and is back
   * (notifications sent meanwhile are not replayed), so whoever shows live data should read it again. Never for
   * SQLite, whose delivery is in-process.
   */
  onMissed(listener: () => void): () => void;
}
