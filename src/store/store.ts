import type {
  Action,
  ActionInput,
  Factor,
  FactorInput,
  Incident,
  IncidentDocument,
  IncidentDocumentInput,
  IncidentFieldsInput,
  IncidentStatus,
  Moments,
  Review,
  ReviewInput,
  Severity,
  TimelineEvent,
  TimelineEventInput,
} from '../domain/index.js';
import type { StoreDatabase } from './store-database.js';

export type { StoreDatabase } from './store-database.js';

/**
 * The store's ports. Callers (CLI, server) depend on these interfaces; `openStore` returns the SQLite or
 * PostgreSQL adapter behind them. Every write names its actor for the audit log, every update carries the
 * version it read, and a stale version throws ConflictError (code `conflict`) and changes nothing.
 * An incident is the root of its document: adding, changing or deleting one of its children also moves the
 * incident's version on, so a whole-document save based on an older read is refused instead of undoing it.
 */

/** Who makes a change, for the audit log: a user name, `cli:<os user>`, `import`, `system`. */
export interface WriteContext {
  actor: string;
}

/** Bookkeeping every stored record carries. */
export interface RecordMeta {
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type StoredEvent = TimelineEvent &
  RecordMeta & { incidentId: string; fingerprint?: string | undefined };
export type StoredFactor = Factor & RecordMeta & { incidentId: string };
export type StoredAction = Action & RecordMeta & { incidentId: string };
export type StoredReview = Review & RecordMeta & { incidentId: string };

export interface IncidentFilter {
  status?: IncidentStatus[] | undefined;
  severity?: Severity[] | undefined;
  /** Incidents whose affected services include this one (exact, case-insensitive). */
  service?: string | undefined;
  /** Words that must all appear in the title, summary, BLUF or impact text (case-insensitive). */
  search?: string | undefined;
  /**
   * Only incidents these people may see: every unrestricted one, and restricted ones that list one of these
   * names or e-mail addresses among their participants (case-insensitive, whole values).
   */
  visibleTo?: string[] | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export interface IncidentRepository {
  /** Creates an incident; `id` is generated unless given (import, restore). */
  create(fields: IncidentFieldsInput, ctx: WriteContext, id?: string): Promise<Incident>;
  /** The incident, or a not_found error. */
  get(id: string): Promise<Incident>;
  find(id: string): Promise<Incident | undefined>;
  /** Newest first. */
  list(filter?: IncidentFilter): Promise<Incident[]>;
  count(filter?: IncidentFilter): Promise<number>;
  update(
    id: string,
    version: number,
    patch: Partial<IncidentFieldsInput>,
    ctx: WriteContext,
  ): Promise<Incident>;
  /** Deletes the incident and all its children. */
  delete(id: string, version: number, ctx: WriteContext): Promise<void>;
}

/** Repository for a kind of child record of an incident (timeline events, factors, actions, reviews). */
export interface ChildRepository<Stored, Input> {
  add(incidentId: string, fields: Input, ctx: WriteContext, id?: string): Promise<Stored>;
  get(id: string): Promise<Stored>;
  /** In the incident's order (timeline by time, others by insertion). */
  list(incidentId: string): Promise<Stored[]>;
  update(id: string, version: number, patch: Partial<Input>, ctx: WriteContext): Promise<Stored>;
  delete(id: string, version: number, ctx: WriteContext): Promise<void>;
}

export interface TimelineRepository extends ChildRepository<StoredEvent, TimelineEventInput> {
  /**
   * Adds many events in one transaction. Events carrying a `fingerprint` already stored on the incident are
   * skipped, so importing the same evidence twice adds nothing the second time. With `moments`, the incident's
   * moments become these in the same transaction, at `version` (the incident's version the caller read: a
   * stale one is a conflict and nothing is saved).
   */
  addMany(
    incidentId: string,
    events: ReadonlyArray<TimelineEventInput & { fingerprint?: string | undefined }>,
    ctx: WriteContext,
    options?: { moments?: Moments | undefined; version?: number | undefined },
  ): Promise<{ added: StoredEvent[]; skipped: number; incident: Incident }>;
}

export interface ActionFilter {
  incidentId?: string | undefined;
  status?: Action['status'][] | undefined;
  owner?: string | undefined;
  /** Only open or in-progress actions due before this day (YYYY-MM-DD). */
  overdueOn?: string | undefined;
}

export interface ActionRepository extends ChildRepository<StoredAction, ActionInput> {
  /** Actions across incidents, soonest due first. */
  search(filter: ActionFilter): Promise<StoredAction[]>;
  /** How many actions match, without loading them. */
  count(filter: ActionFilter): Promise<number>;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  /** `publish`: an exec or public report published over the language check's findings (an explicit override). */
  action: 'create' | 'update' | 'delete' | 'publish';
  entity: 'incident' | 'event' | 'factor' | 'action' | 'review' | (string & {});
  entityId: string;
  incidentId: string | null;
  /** For updates, the fields that changed with their old and new values; for create/delete, the record. */
  changes: unknown;
}

export interface AuditRepository {
  /** Records something done outside the repositories' own writes (a publish override), in its own transaction. */
  record(entry: Omit<AuditEntry, 'id' | 'at'>): Promise<void>;
  /** Newest first. */
  list(filter?: { incidentId?: string | undefined; limit?: number | undefined }): Promise<AuditEntry[]>;
}

export interface DocumentRepository {
  /** The whole incident: fields, timeline, factors, actions and reviews. */
  load(id: string): Promise<IncidentDocument>;
  /**
   * Creates the incident, or replaces an existing one's fields and children with the document's, in one
   * transaction. With `expectedVersion`, a changed incident is a conflict. The document is parsed here, so
   * input with defaults left out is accepted too.
   */
  save(
    doc: IncidentDocument | IncidentDocumentInput,
    ctx: WriteContext,
    options?: { expectedVersion?: number | undefined },
  ): Promise<{ created: boolean; incident: Incident }>;
}

/** A portable snapshot of a whole database; restores into SQLite or PostgreSQL alike. */
export interface BackupBundle {
  format: 'debrief-backup';
  formatVersion: 1;
  createdAt: string;
  incidents: Array<{ document: IncidentDocument; createdAt: string; updatedAt: string }>;
  audit: AuditEntry[];
}

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
 * Live changes. A listener hears each write after its transaction commits, never one that rolled back. SQLite:
 * writes made in this process; PostgreSQL: writes by every process on the database, through LISTEN/NOTIFY.
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

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /**
   * The Kysely instance and the transaction helpers the repositories use, for code that keeps its own tables
   * in the same database (accounts, sessions): add a migration to src/store/migrations/index.ts, then read and
   * write through `database.kysely`, `database.write` and `database.snapshot`.
   */
  readonly database: StoreDatabase;
  /** Brings the schema to the newest migration; safe to call every start. */
  migrate(): Promise<void>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
  readonly incidents: IncidentRepository;
  readonly timeline: TimelineRepository;
  readonly factors: ChildRepository<StoredFactor, FactorInput>;
  readonly actions: ActionRepository;
  readonly reviews: ChildRepository<StoredReview, ReviewInput>;
  readonly audit: AuditRepository;
  readonly documents: DocumentRepository;
  /** Committed changes to incidents and their records, as they happen. */
  readonly changes: ChangeFeed;
  backup(): Promise<BackupBundle>;
  /** Restores a bundle into an empty database (refuses otherwise with invalid_input). */
  restore(bundle: unknown, ctx: WriteContext): Promise<{ incidents: number }>;
}
