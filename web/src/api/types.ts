import type {
  Action,
  Factor,
  Incident,
  IncidentMetrics,
  Review,
  TimelineEvent,
} from '../../../src/domain/index.js';

/** Bookkeeping the server adds to every child record. */
export interface RecordMeta {
  version: number;
  createdAt: string;
  updatedAt: string;
  incidentId: string;
}

export type StoredEvent = TimelineEvent & RecordMeta;
export type StoredFactor = Factor & RecordMeta;
export type StoredAction = Action & RecordMeta;
export type StoredReview = Review & RecordMeta;

export type Role = 'admin' | 'editor' | 'viewer';

export interface User {
  id: string;
  username: string;
  name: string;
  role: Role;
}

/** GET /api/incidents/:id */
export interface IncidentBundle {
  incident: Incident;
  timeline: StoredEvent[];
  factors: StoredFactor[];
  actions: StoredAction[];
  reviews: StoredReview[];
  metrics: IncidentMetrics;
}

/** An event drafted from evidence, not yet saved (the `debrief evidence` JSON shape). */
export interface DraftEvent {
  at: string | null;
  approximate?: boolean;
  source?: string;
  kind?: string;
  severity?: string;
  summary: string;
  service?: string;
  signature?: string;
  count?: number;
  origin?: { file?: string; line?: number };
}

/** POST /api/incidents/:id/evidence */
export interface EvidenceDraft {
  events: DraftEvent[];
  moments: Record<string, unknown>;
  signatures: Array<{ id: string; template: string; count: number; firstAt?: string; lastAt?: string }>;
  stats: { files?: number; bytes?: number; lines?: number; events?: number; unparsed?: number };
}

/** A finding of the blameless-language analyzer (also the `debrief lint` JSON shape and `POST /api/lint`'s). */
export type { Finding } from '../../../src/language/index.js';
