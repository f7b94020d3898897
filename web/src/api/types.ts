// The HTTP API's types, each derived from the zod schema the server parses or documents it with (src/domain/api,
// src/domain/user.ts). Type imports only: the schemas themselves stay out of the web app's bundle.
export type {
  ActionList,
  ApiErrorBody,
  ApiToken,
  BulkEventsInput,
  BulkEventsResult,
  ClosureStats,
  DraftEvent,
  EvidenceDraft,
  IncidentPage,
  IncidentView,
  LintRequest,
  Me,
  NewApiToken,
  PeopleList,
  RecordMeta,
  SearchHit,
  SearchResults,
  SetupStatus,
  SignedIn,
  SimilarIncidents,
  StoredAction,
  StoredEvent,
  StoredFactor,
  StoredReview,
} from '../../../src/domain/api/index.js';
export type { Insights, UserRole } from '../../../src/domain/index.js';
export type { NewUserInput, SessionUser, User, UserPatch } from '../../../src/domain/user.js';
/** A finding of the blameless-language analyzer (also the `debrief lint` JSON shape and `POST /api/lint`'s). */
export type { Finding } from '../../../src/language/index.js';
