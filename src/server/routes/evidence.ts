import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { draftToAttach, importEvidence, storedMatches } from '../../app/index.js';
import { evidenceDraftSchema } from '../../domain/api/index.js';
import type { Store } from '../../store/index.js';
import { abortOnDisconnect } from '../abort-on-disconnect.js';
import { userOf } from '../access.js';
import { HttpError } from '../http-error.js';
import { addRoute, routeContract } from '../route-contract.js';
import { maxInflationRatio, saveUploads } from '../save-uploads.js';
import { visibleIncident } from '../visibility.js';

const querySchema = z.object({ tz: z.string().trim().min(1).max(64).default('UTC') });

const uploadContract = routeContract({
  method: 'POST',
  url: '/api/incidents/:id/evidence',
  summary: 'draft a timeline from uploaded evidence files (multipart, streamed); nothing is saved',
  description:
    '`tz` is the zone of timestamps written without one. The accepted events and moments go to `/events/bulk`.',
  tags: ['evidence'],
  access: 'editor',
  query: querySchema,
  body: { type: 'multipart', field: 'files', description: 'the evidence files, plain or gzipped' },
  responses: {
    200: { description: 'the drafted timeline, for review', schema: evidenceDraftSchema },
    400: {
      description: 'the multipart body is cut short or malformed, or a gzipped file cannot be inflated',
    },
    413: {
      description:
        'the upload is over the limit (gzipped files counted as they inflate) or a file inflates like a decompression bomb; nothing was stored',
    },
    415: { description: 'not a multipart body' },
  },
});

/**
 * POST /api/incidents/:id/evidence: multipart files streamed to a temporary folder, drafted into a timeline and
 * returned for review. Nothing is saved; the accepted events go to /events/bulk.
 */
export function evidenceRoutes(app: FastifyInstance, store: Store, uploadLimit: number): void {
  addRoute(app, uploadContract, async function uploadEvidence(request, reply) {
    const { tz } = uploadContract.parseQuery(request);
    const incident = await visibleIncident(store, userOf(request), request.params.id);
    const dir = await mkdtemp(join(tmpdir(), 'debrief-upload-'));
    const disconnected = abortOnDisconnect(reply);
    try {
      const files = await saveUploads(
        request.files({ limits: { fileSize: uploadLimit } }),
        dir,
        { bytes: uploadLimit, ratio: maxInflationRatio },
        disconnected.signal,
      );
      if (files.length === 0)
        throw new HttpError('invalid_input', 'expected at least one file in the upload');
      const { result, unreadable } = await importEvidence(
        { files },
        { zone: tz, signal: disconnected.signal },
      );
      const { events } = draftToAttach(result);
      // As on the CLI: what could be read is drafted, and what could not is listed for the person to see.
      return {
        events,
        ...(await storedMatches(store, incident.id, events)),
        moments: result.moments,
        // Where each minute's lines are serves the spikes drafted here; the page does not need it.
        signatures: result.signatures.map(({ minuteOrigins: _, ...signature }) => signature),
        stats: result.stats,
        files: result.files,
        unreadable,
      };
    } catch (error) {
      // Nobody reads the answer; a plain 400 keeps a client that left out of the server's error log.
      if (disconnected.signal.aborted) throw new HttpError('invalid_input', 'the client disconnected');
      throw error;
    } finally {
      disconnected.done();
      await rm(dir, { recursive: true, force: true });
    }
  });
}
