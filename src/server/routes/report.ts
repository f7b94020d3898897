import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { type PdfPrinter, publishReport } from '../../app/index.js';
import { DebriefError, hasRole } from '../../domain/index.js';
import type { ConfiguredPeople } from '../../report/index.js';
import {
  audiences,
  formatMedia,
  parseAudience,
  parseReportFormat,
  reportFormats,
} from '../../report/index.js';
import type { AuditLog, Store } from '../../store/index.js';
import { csrfHeader, userOf } from '../access.js';
import { contentDisposition } from '../content-disposition.js';
import { siteUrl } from '../public-url.js';
import { addRoute, routeContract } from '../route-contract.js';
import { visibleIncident } from '../visibility.js';

const flag = z.enum(['0', '1', 'true', 'false']).optional();

const querySchema = z.object({
  // Checked by parseReportFormat and parseAudience, whose errors list what is accepted; documented as enums.
  format: z
    .string()
    .default('md')
    .meta({ enum: [...reportFormats] }),
  audience: z
    .string()
    .default('engineering')
    .meta({ enum: [...audiences] }),
  anonymize: flag,
  download: flag,
  /** Publish an exec or public report over the language check's findings; editors only, audited. */
  override: flag,
});

const truthy = (value: string | undefined) => value === '1' || value === 'true';

const reportContract = routeContract({
  method: 'GET',
  url: '/api/incidents/:id/report',
  summary: 'the report in a format for an audience (download=1 for an attachment)',
  description:
    'An exec or public report whose published text has blameful language is refused with 422 `blame_found`, the findings in `details`, unless an editor passes `override=1`, which the audit log records.',
  tags: ['reports'],
  access: 'user',
  query: querySchema,
  responses: {
    200: {
      description: 'the rendered report',
      content: [...new Set(Object.values(formatMedia).map((media) => media.contentType))],
    },
    403: { description: 'a viewer asked for `override`' },
    422: { description: 'held back: the published text has blameful language (`details`: the findings)' },
  },
});

/**
 * GET /api/incidents/:id/report: the report in a format for an audience, inline or as a download. An exec or
 * public report whose published text has blameful language is refused with 422 `blame_found` (the findings in
 * `details`), unless an editor passes `override=1`, which the audit log records.
 */
export function reportRoutes(
  app: FastifyInstance,
  store: Store,
  audit: Pick<AuditLog, 'record'>,
  pdf: Pick<PdfPrinter, 'print'>,
  people?: ConfiguredPeople,
): void {
  addRoute(app, reportContract, async function report(request, reply) {
    const query = reportContract.parseQuery(request);
    const format = parseReportFormat(query.format);
    const audience = parseAudience(query.audience);
    const user = userOf(request);
    const override = truthy(query.override);
    if (override && !hasRole(user.role, 'editor')) {
      throw new DebriefError('forbidden', 'publishing over the language check needs the editor role');
    }
    // Publishing over the check is someone's decision. From a browser it is the Report tab's "Publish anyway",
    // which sends the session's CSRF token: a link typed into the incident and clicked, an image or a frame a page
    // loads by itself cannot, so none of them publishes over the check in the name of whoever opens it. A client
    // with an API token (the CLI's --allow-findings) has no ambient session to borrow.
    if (override && request.session && request.headers[csrfHeader] !== request.session.csrfToken) {
      throw new DebriefError(
        'forbidden',
        'override: publishing over the language check from a browser is done with "Publish anyway" in the Report tab, not by opening a link',
      );
    }
    const incident = await visibleIncident(store, user, request.params.id);
    const published = await publishReport(
      { documents: store.documents, audit },
      incident.id,
      {
        format,
        audience,
        anonymize: truthy(query.anonymize),
        baseUrl: siteUrl(request),
        override,
        printPdf: (html) => pdf.print(html),
        warnings: false,
        people,
      },
      { actor: user.username },
    );
    reply.header('content-type', published.contentType);
    reply.header(
      'content-disposition',
      contentDisposition(truthy(query.download) ? 'attachment' : 'inline', published.fileName),
    );
    return reply
      .code(200)
      .send(typeof published.body === 'string' ? published.body : Buffer.from(published.body));
  });
}
