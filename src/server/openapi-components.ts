import type { z } from 'zod';
import { alertmanagerPayloadSchema } from '../app/index.js';
import {
  apiErrorBodySchema,
  apiTokenSchema,
  bulkEventsResultSchema,
  bulkEventsSchema,
  evidenceDraftSchema,
  incidentPageSchema,
  incidentViewSchema,
  lintRequestSchema,
  loginSchema,
  newApiTokenSchema,
  setupSchema,
  storedActionSchema,
  storedEventSchema,
  storedFactorSchema,
  storedReviewSchema,
} from '../domain/api/index.js';
import {
  actionFieldsSchema,
  factorFieldsSchema,
  incidentDocumentSchema,
  incidentFieldsSchema,
  incidentListItemSchema,
  incidentSchema,
  reviewFieldsSchema,
  timelineEventFieldsSchema,
} from '../domain/index.js';
import { newUserSchema, sessionUserSchema, userSchema } from '../domain/user.js';
import { findingSchema } from './finding-schema.js';
import { incidentPatchSchema, recordPatchSchemas, userUpdateSchema } from './patch-schema.js';

/** Request schemas the API document names (as zod reads them: defaults may be left out). */
export const requestComponents: Readonly<Record<string, z.ZodType>> = {
  IncidentFields: incidentFieldsSchema,
  IncidentPatch: incidentPatchSchema,
  TimelineEventFields: timelineEventFieldsSchema,
  TimelineEventPatch: recordPatchSchemas.events,
  FactorFields: factorFieldsSchema,
  FactorPatch: recordPatchSchemas.factors,
  ActionFields: actionFieldsSchema,
  ActionPatch: recordPatchSchemas.actions,
  ReviewFields: reviewFieldsSchema,
  ReviewPatch: recordPatchSchemas.reviews,
  BulkEvents: bulkEventsSchema,
  IncidentDocumentInput: incidentDocumentSchema,
  AlertmanagerPayload: alertmanagerPayloadSchema,
  Login: loginSchema,
  Setup: setupSchema,
  NewUser: newUserSchema,
  UserPatch: userUpdateSchema,
  LintRequest: lintRequestSchema,
};

/** Response schemas the API document names (as the server writes them: every default filled in). */
export const responseComponents: Readonly<Record<string, z.ZodType>> = {
  Error: apiErrorBodySchema,
  Incident: incidentSchema,
  IncidentListItem: incidentListItemSchema,
  IncidentPage: incidentPageSchema,
  IncidentView: incidentViewSchema,
  IncidentDocument: incidentDocumentSchema,
  StoredEvent: storedEventSchema,
  StoredFactor: storedFactorSchema,
  StoredAction: storedActionSchema,
  StoredReview: storedReviewSchema,
  EvidenceDraft: evidenceDraftSchema,
  BulkEventsResult: bulkEventsResultSchema,
  User: userSchema,
  SessionUser: sessionUserSchema,
  ApiToken: apiTokenSchema,
  NewApiToken: newApiTokenSchema,
  Finding: findingSchema,
};
