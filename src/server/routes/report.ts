import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isDebriefError, parseWith } from '../../domain/index.js';
import { formatMedia, parseAudience, parseReportFormat, renderReport } from '../../report/index.js';
import type { Store } from '../../store/index.js';
import { userOf } from '../access.js';
import { HttpError } from '../http-error.js';
import { visibleIncident } from '../visibility.js';

const querySchema = z.object({
  format: z.string().default('md'),
  audience: z.string().default('engineering'),
  anonymize: z.enum(['0', '1', 'true', 'false']).optional(),
  download: z.enum(['0', '1', 'true', 'false']).optional(),
});

const truthy = (value: string | undefined) => value === '1' || value === 'true';

async function toPdf(html: string): Promise<Uint8Array> {
  const { printPdf } = await import('../print-pdf.js');
  try {
    return await printPdf(html);
  } catch (error) {
    if (isDebriefError(error)) throw error;
    throw new HttpError('unavailable', `PDF cannot be made on this server: ${(error as Error).message}`);
  }
}

/** GET /api/incidents/:id/report: the report in a format for an audience, inline or as a download. */
export function reportRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Params: { id: string } }>('/api/incidents/:id/report', async function report(request, reply) {
    const query = parseWith(querySchema, request.query, 'query');
    const format = parseReportFormat(query.format);
    const audience = parseAudience(query.audience);
    const incident = await visibleIncident(store, userOf(request), request.params.id);
    const doc = await store.documents.load(incident.id);
    const origin = `${request.protocol}://${request.host}`;
    const rendered = renderReport(doc, {
      format,
      audience,
      anonymize: truthy(query.anonymize),
      baseUrl: origin,
    });
    const media = formatMedia[format];
    const body = format === 'pdf' ? Buffer.from(await toPdf(rendered.text)) : rendered.text;
    const file = `${incident.id}-${audience}.${media.extension}`;
    reply.header('content-type', media.contentType);
    reply.header(
      'content-disposition',
      `${truthy(query.download) ? 'attachment' : 'inline'}; filename="${file}"`,
    );
    return reply.send(body);
  });
}
