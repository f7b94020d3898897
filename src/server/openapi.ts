import { z } from 'zod';
import { alertmanagerPayloadSchema } from '../app/index.js';
import {
  actionFieldsSchema,
  factorFieldsSchema,
  incidentDocumentSchema,
  incidentFieldsSchema,
  incidentSchema,
  incidentSummarySchema,
  reviewFieldsSchema,
  timelineEventFieldsSchema,
} from '../domain/index.js';
import { newUserSchema, userPatchSchema } from '../store/index.js';
import { bulkEventsSchema } from './routes/bulk-events.js';

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema) => ({ content: { 'application/json': { schema } } });
const ok = (description: string, schema: JsonSchema = { type: 'object' }) => ({
  description,
  ...json(schema),
});
const errors = {
  '400': ok('invalid input, naming the field', ref('Error')),
  '401': ok('no session or API token', ref('Error')),
  '403': ok('not allowed for this role, or a missing CSRF header', ref('Error')),
  '404': ok('no such record (or not visible to you)', ref('Error')),
};
const versioned = {
  ...errors,
  '409': ok('the record changed since you read it; `current` holds it', ref('Error')),
};
const idParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const versionQuery = { name: 'version', in: 'query', required: false, schema: { type: 'integer' } };

function childPaths(segment: string, schema: string): Record<string, unknown> {
  return {
    [`/api/incidents/{id}/${segment}`]: {
      post: {
        summary: `add ${segment} to an incident`,
        parameters: [idParam('id')],
        requestBody: { required: true, ...json(ref(schema)) },
        responses: { '201': ok('the stored record'), ...errors },
      },
    },
    [`/api/${segment}/{recordId}`]: {
      get: {
        summary: `one of ${segment}, with its version`,
        parameters: [idParam('recordId')],
        responses: { '200': ok('the stored record'), ...errors },
      },
      patch: {
        summary: `change fields of one of ${segment}, with the version you read`,
        parameters: [idParam('recordId')],
        requestBody: {
          required: true,
          ...json({ type: 'object', properties: { version: { type: 'integer' } } }),
        },
        responses: { '200': ok('the stored record'), ...versioned },
      },
      delete: {
        summary: `delete one of ${segment}`,
        parameters: [idParam('recordId'), versionQuery],
        responses: { '204': { description: 'deleted' }, ...versioned },
      },
    },
  };
}

/** The OpenAPI 3.1 document of the REST API, with request bodies built from the domain's zod schemas. */
export function openApiDocument(version: string): JsonSchema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'debrief',
      version,
      description: 'Blameless post-mortems: the REST API of `debrief serve`.',
    },
    components: {
      securitySchemes: {
        token: {
          type: 'http',
          scheme: 'bearer',
          description: 'a personal API token (`debrief token create`)',
        },
        session: { type: 'apiKey', in: 'cookie', name: 'debrief_session' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
            },
            current: { description: 'on 409, the record as stored now' },
          },
        },
        IncidentFields: schemaOf(incidentFieldsSchema, 'input'),
        Incident: schemaOf(incidentSchema, 'output'),
        IncidentSummary: schemaOf(incidentSummarySchema, 'output'),
        TimelineEventFields: schemaOf(timelineEventFieldsSchema, 'input'),
        FactorFields: schemaOf(factorFieldsSchema, 'input'),
        ActionFields: schemaOf(actionFieldsSchema, 'input'),
        ReviewFields: schemaOf(reviewFieldsSchema, 'input'),
        BulkEvents: schemaOf(bulkEventsSchema, 'input'),
        IncidentDocument: schemaOf(incidentDocumentSchema, 'input'),
        AlertmanagerPayload: schemaOf(alertmanagerPayloadSchema, 'input'),
        NewUser: schemaOf(newUserSchema, 'input'),
        UserPatch: {
          ...schemaOf(userPatchSchema.extend({ version: z.number().int().positive().optional() }), 'input'),
          description: 'the fields to change, with `version` (or an If-Match header) from the user you read',
        },
        User: {
          type: 'object',
          required: ['id', 'username', 'name', 'role', 'createdAt', 'disabled', 'version'],
          properties: {
            id: { type: 'string' },
            username: { type: 'string' },
            name: { type: 'string' },
            role: { type: 'string', enum: ['admin', 'editor', 'viewer'] },
            createdAt: { type: 'string', format: 'date-time' },
            disabled: { type: 'boolean' },
            version: { type: 'integer' },
          },
        },
        ApiToken: {
          type: 'object',
          description: 'a personal API token as listed; the secret is only in the response that creates it',
          required: ['id', 'name', 'userId', 'createdAt', 'lastUsedAt'],
          properties: {
            id: { type: 'string' },
            name: { type: 'string' },
            userId: { type: 'string' },
            createdAt: { type: 'string', format: 'date-time' },
            lastUsedAt: { type: ['string', 'null'], format: 'date-time', description: 'to the minute' },
          },
        },
      },
    },
    security: [{ token: [] }, { session: [] }],
    paths: {
      '/api/incidents': {
        get: {
          summary: 'list incidents, newest first',
          parameters: [
            ...['status', 'severity', 'service', 'q', 'limit', 'offset'].map((name) => ({
              name,
              in: 'query',
              required: false,
              schema: { type: name === 'limit' || name === 'offset' ? 'integer' : 'string' },
            })),
            {
              name: 'view',
              in: 'query',
              required: false,
              description: 'summary (default): list fields only; full: whole incident records',
              schema: { type: 'string', enum: ['summary', 'full'] },
            },
          ],
          responses: {
            '200': ok('a page of incidents (summaries unless view=full)', {
              type: 'object',
              properties: {
                incidents: { type: 'array', items: { anyOf: [ref('IncidentSummary'), ref('Incident')] } },
                total: { type: 'integer' },
              },
            }),
            ...errors,
          },
        },
        post: {
          summary: 'create an incident',
          requestBody: { required: true, ...json(ref('IncidentFields')) },
          responses: { '201': ok('the new incident', ref('Incident')), ...errors },
        },
      },
      '/api/incidents/{id}': {
        get: {
          summary: 'the whole incident: fields, timeline, factors, actions, reviews and metrics',
          parameters: [idParam('id')],
          responses: { '200': ok('the incident and its records'), ...errors },
        },
        patch: {
          summary: 'change incident fields, with the version you read (or If-Match)',
          parameters: [idParam('id')],
          requestBody: { required: true, ...json(ref('IncidentFields')) },
          responses: { '200': ok('the incident', ref('Incident')), ...versioned },
        },
        delete: {
          summary: 'delete an incident and everything in it',
          parameters: [idParam('id'), versionQuery],
          responses: { '204': { description: 'deleted' }, ...versioned },
        },
      },
      ...childPaths('events', 'TimelineEventFields'),
      ...childPaths('factors', 'FactorFields'),
      ...childPaths('actions', 'ActionFields'),
      ...childPaths('reviews', 'ReviewFields'),
      '/api/incidents/{id}/events/bulk': {
        post: {
          summary: 'save accepted draft events and moments',
          parameters: [idParam('id')],
          requestBody: { required: true, ...json(ref('BulkEvents')) },
          responses: { '200': ok('{added, skipped, incident}'), ...errors },
        },
      },
      '/api/incidents/{id}/document': {
        get: {
          summary: 'the whole incident document, as export and import carry it',
          parameters: [idParam('id')],
          responses: { '200': ok('the document', ref('IncidentDocument')), ...errors },
        },
        put: {
          summary: 'create the incident under this id, or replace it (If-Match: the version you read)',
          parameters: [idParam('id')],
          requestBody: { required: true, ...json(ref('IncidentDocument')) },
          responses: {
            '200': ok('{created: false, incident}'),
            '201': ok('{created: true, incident}'),
            ...versioned,
          },
        },
      },
      '/api/intake/alertmanager': {
        post: {
          summary: 'Alertmanager webhook: alerts become timeline events; a re-delivery adds nothing',
          parameters: [{ name: 'incident', in: 'query', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, ...json(ref('AlertmanagerPayload')) },
          responses: { '200': ok('{added, skipped}'), ...errors },
        },
      },
      '/api/incidents/{id}/evidence': {
        post: {
          summary: 'draft a timeline from uploaded evidence files (multipart, streamed); nothing is saved',
          parameters: [
            idParam('id'),
            { name: 'tz', in: 'query', required: false, schema: { type: 'string' } },
          ],
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } },
                },
              },
            },
          },
          responses: {
            '200': ok('{events, moments, signatures, stats, files}'),
            '413': ok('the upload is over the limit; nothing was stored', ref('Error')),
            '415': ok('not a multipart body', ref('Error')),
            ...errors,
          },
        },
      },
      '/api/incidents/{id}/report': {
        get: {
          summary: 'the report in a format for an audience (download=1 for an attachment)',
          parameters: [
            idParam('id'),
            ...['format', 'audience', 'anonymize', 'download'].map((name) => ({
              name,
              in: 'query',
              required: false,
              schema: { type: 'string' },
            })),
          ],
          responses: { '200': { description: 'the rendered report' }, ...errors },
        },
      },
      '/api/lint': {
        post: {
          summary: 'blameless-language findings for a text',
          requestBody: {
            required: true,
            ...json({
              type: 'object',
              required: ['text'],
              properties: { text: { type: 'string' }, people: { type: 'array', items: { type: 'string' } } },
            }),
          },
          responses: { '200': ok('{findings}'), ...errors },
        },
      },
      '/api/actions': {
        get: { summary: 'action items across incidents', responses: { '200': ok('{actions}') } },
      },
      '/api/setup/status': {
        get: { security: [], summary: 'whether the first admin is still to be created' },
      },
      '/api/setup': { post: { security: [], summary: 'create the first admin with the setup token' } },
      '/api/login': { post: { security: [], summary: 'sign in; sets the debrief_session cookie' } },
      '/api/logout': { post: { security: [], summary: 'sign out' } },
      '/api/me': { get: { summary: 'the current user and the CSRF token for writes' } },
      '/api/users': {
        get: { summary: 'list users (admins)' },
        post: { summary: 'create a user (admins)', requestBody: { required: true, ...json(ref('NewUser')) } },
      },
      '/api/tokens': {
        post: {
          // A leaked token must not mint tokens that outlive its revocation: only a session may create them.
          security: [{ session: [] }],
          summary:
            'create a personal API token, shown once; needs a signed-in session (cookie and x-csrf-token), not an API token',
          responses: {
            '201': ok('the token; its secret is in `token`, shown only here', {
              allOf: [
                ref('ApiToken'),
                { type: 'object', required: ['token'], properties: { token: { type: 'string' } } },
              ],
            }),
            ...errors,
            '403': ok(
              'called with an API token (create tokens on the web app’s People page or with `debrief token create --db`), or a missing CSRF header',
              ref('Error'),
            ),
          },
        },
        get: {
          summary: 'your personal API tokens, oldest first (never their secrets)',
          responses: {
            '200': ok('{tokens}', {
              type: 'object',
              properties: { tokens: { type: 'array', items: ref('ApiToken') } },
            }),
            ...errors,
          },
        },
      },
      '/api/tokens/{id}': {
        delete: {
          summary: 'revoke a personal API token: yours, or anyone’s for admins; it stops working at once',
          parameters: [idParam('id')],
          responses: { '204': { description: 'revoked' }, ...errors },
        },
      },
      '/api/users/{id}': {
        get: {
          summary: 'one user with its version (admins)',
          parameters: [idParam('id')],
          responses: { '200': ok('the user', ref('User')), ...errors },
        },
        patch: {
          summary:
            'change a role or disable/enable a user (admins), with the version you read; the last enabled admin cannot be demoted or disabled (409)',
          parameters: [idParam('id')],
          requestBody: { required: true, ...json(ref('UserPatch')) },
          responses: { '200': ok('the user', ref('User')), ...versioned },
        },
      },
      '/api/users/{id}/tokens': {
        get: {
          summary: 'a user’s personal API tokens, without secrets (admins), to find one to revoke',
          parameters: [idParam('id')],
          responses: {
            '200': ok('the tokens', {
              type: 'object',
              properties: { tokens: { type: 'array', items: ref('ApiToken') } },
            }),
            ...errors,
          },
        },
      },
      '/healthz': { get: { security: [], summary: 'the process is up' } },
      '/readyz': { get: { security: [], summary: 'the database answers; 503 with Retry-After when not' } },
      '/metrics': { get: { summary: 'Prometheus metrics' } },
    },
  };
}
