/** One entry of the audit log: who changed what, when, and how. */
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

/**
 * The audit log port. The store's own writes (records, accounts) are logged by the store in the transaction that
 * makes them; this is for reading the log and for recording what happens outside those writes.
 */
export interface AuditLog {
  /** Records something done outside the repositories' own writes (a publish override), in its own transaction. */
  record(entry: Omit<AuditEntry, 'id' | 'at'>): Promise<void>;
  /** Newest first. */
  list(filter?: { incidentId?: string | undefined; limit?: number | undefined }): Promise<AuditEntry[]>;
}
