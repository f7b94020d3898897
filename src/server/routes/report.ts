import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { publishReport } from '../../app/index.js';
import { DebriefError, parseWith } from '../../domain/index.js';
import { parseAudience, parseReportFormat } from '../../report/index.js';
import type { AuditLog, Store } from '../../store/index.js';
import { userOf } from '../access.js';
import { visibleIncident } from '../visibility.js';

const flag = z.enum(['0', '1', 'true', 'false']).optional();

const querySchema = z.object({
  format: z.string().default('md'),
  audience: z.string().default('engineering'),
  anonymize: flag,
  download: flag,
  /** Publish an exec or public report over the language check's findings; editors only, audited. */
  override: flag,
});

const truthy = (value: string | undefined) => value === '1' || value === 'true';

/**
 * GET /api/incidents/:id/report: the report in a format for an audience, inline or as a download. An exec or
 * public report whose published text has blameful language is refused with 422 `blame_found` (the findings in
 * `details`), unless an editor passes `override=1`, which the audit log records.
 */
export function reportRoutes(app: FastifyInstance, store: Store, audit: Pick<AuditLog, 'record'>): void {
  app.get<{ Params: { id: string } }>('/api/incidents/:id/report', async function report(request, reply) {
    const query = parseWith(querySchema, request.query, 'query');
    const format = parseReportFormat(query.format);
    const audience = parseAudience(query.audience);
    const user = userOf(request);
    const override = truthy(query.override);
    if (override && user.role === 'viewer') {
      throw new DebriefError('forbidden', 'publishing over the language check needs the editor role');
    }
    const incident = await visibleIncident(store, user, request.params.id);
    const published = await publishReport(
      { documents: store.documents, audit },
      incident.id,
      {
        format,
        audience,
        anonymize: truthy(query.anonymize),
        baseUrl: `${request.protocol}://${request.host}`,
        override,
      },
      { actor: user.username },
    );
    reply.header('content-type', published.contentType);
    reply.header(
      'content-disposition',
      `${truthy(query.download) ? 'attachment' : 'inline'}; filename="${published.fileName}"`,
    );
    return reply.send(typeof published.body === 'string' ? published.body : Buffer.from(published.body));
  });
}
