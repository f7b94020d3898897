import type { SearchHit } from '../domain/api/index.js';
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
  InsightRecords,
  MomentName,
  Moments,
  Review,
  ReviewInput,
  Severity,
  TimelineEvent,
  TimelineEventInput,
} from '../domain/index.js';

/**
 * The store's port for the records: incidents and their timeline, factors, actions, reviews and documents. Callers
 * (app, CLI, server) depend on these interfaces; `openStore` returns the SQLite or PostgreSQL adapter behind them,
 * `openRemoteStore` (http/) the one over a debrief server's REST API. The audit log, the change feed, backups and
 * accounts are ports of their own (audit-log.ts, change-feed.ts, backups.ts, accounts/account-store.ts), offered
 * by the SQL adapter only (sql-store.ts), so a caller is handed just the ones it uses.
 * Every write names its actor for the audit log, every update carries the version it read, and a stale version
 * throws ConflictError (code `conflict`) and changes nothing.
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
   * stale one is a conflict and nothing is saved). `links` names, per moment, the index in `events` of the event it
   * rests on: the moment is saved with that event's id (the new one, or the stored twin's when it was skipped), so
   * deleting the event later unsets the moment. A server store leaves linking to the server, which plans again.
   */
  addMany(
    incidentId: string,
    events: ReadonlyArray<TimelineEventInput & { fingerprint?: string | undefined }>,
    ctx: WriteContext,
    options?: {
      moments?: Moments | undefined;
      version?: number | undefined;
      links?: Partial<Record<MomentName, number>> | undefined;
    },
  ): Promise<{ added: StoredEvent[]; skipped: number; incident: Incident }>;
}

/** Which signatures and alerts insights need. */
export interface InsightQuery {
  /** Only incidents these people may see (as `IncidentFilter.visibleTo`); everything when left out. */
  visibleTo?: readonly string[] | undefined;
  /** The names seen in the most incidents, this many of each kind (all seen in two or more when left out). */
  limit?: number | undefined;
  /** Instead: every name this incident has, with the other incidents that have it. */
  incidentId?: string | undefined;
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

/** What a search may be narrowed to. */
export interface SearchOptions {
  /** Only incidents these people may see (as `IncidentFilter.visibleTo`); everything when left out. */
  visibleTo?: readonly string[] | undefined;
  /** Only this incident's records. */
  incidentId?: string | undefined;
  /** Not this incident's records (similar incidents). */
  excludeIncidentId?: string | undefined;
  /** Any of the words rather than all of them, best first (similar incidents). */
  any?: boolean | undefined;
  /** At most this many hits (1–200); default 50. */
  limit?: number | undefined;
}

export type { SearchHit };

export interface SearchRepository {
  /** Records whose text holds every word searched (text, never a query language), best first. */
  search(text: string, options?: SearchOptions): Promise<SearchHit[]>;
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
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
  readonly documents: DocumentRepository;
  readonly search: SearchRepository;
  /**
   * Factor categories, and the log signatures and fired alerts worth reporting with the incidents that had them, for
   * insights across incidents. An adapter may answer more than asked (insights pick what they report), never less.
   */
  insightRecords(query?: InsightQuery): Promise<InsightRecords>;
}
