import type { IncidentDocument } from '../domain/index.js';
import type { AuditEntry } from './audit-log.js';
import type { WriteContext } from './store.js';

/** A portable snapshot of a whole database; restores into SQLite or PostgreSQL alike. */
export interface BackupBundle {
  format: 'debrief-backup';
  formatVersion: 1;
  createdAt: string;
  incidents: Array<{ document: IncidentDocument; createdAt: string; updatedAt: string }>;
  audit: AuditEntry[];
}

/** The backups port: the whole database, incidents and audit log, out to a bundle and back in. */
export interface Backups {
  /** A snapshot of every incident with its children and the whole audit log, oldest first. */
  backup(): Promise<BackupBundle>;
  /** Restores a bundle into an empty database (refuses otherwise with invalid_input). */
  restore(bundle: unknown, ctx: WriteContext): Promise<{ incidents: number }>;
}
