import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { draftToAttach, importEvidence, type NamedFile } from '../../app/index.js';
import { evidenceDraftSchema } from '../../domain/api/index.js';
import type { Store } from '../../store/index.js';
import { userOf } from '../access.js';
import { HttpError } from '../http-error.js';
import { addRoute, routeContract } from '../route-contract.js';
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
    413: { description: 'the upload is over the limit; nothing was stored' },
    415: { description: 'not a multipart body' },
  },
});

/**
 * POST /api/incidents/:id/evidence: multipart files streamed to a temporary folder, drafted into a timeline and
 * returned for review. Nothing is saved; the accepted events go to /events/bulk.
 */
export function evidenceRoutes(app: FastifyInstance, store: Store, uploadLimit: number): void {
  addRoute(app, uploadContract, async function uploadEvidence(request) {
    const { tz } = uploadContract.parseQuery(request);
    await visibleIncident(store, userOf(request), request.params.id);
    const dir = await mkdtemp(join(tmpdir(), 'debrief-upload-'));
    try {
      const files: NamedFile[] = [];
      let total = 0;
      for await (const part of request.files({ limits: { fileSize: uploadLimit } })) {
        const path = join(dir, `${files.length}-${randomBytes(4).toString('hex')}`);
        // Counted as it streams, so several files cannot add up past the limit either.
        part.file.on('data', (chunk: Buffer) => {
          total += chunk.length;
          if (total > uploadLimit) part.file.destroy(tooLarge(uploadLimit));
        });
        await pipeline(part.file, createWriteStream(path));
        if (part.file.truncated) throw tooLarge(uploadLimit);
        files.push({ name: basename(part.filename || `upload-${files.length + 1}`), path });
      }
      if (files.length === 0)
        throw new HttpError('invalid_input', 'expected at least one file in the upload');
      const { result, unreadable } = await importEvidence({ files }, { zone: tz });
      // As on the CLI: what could be read is drafted, and what could not is listed for the person to see.
      return {
        events: draftToAttach(result).events,
        moments: result.moments,
        signatures: result.signatures,
        stats: result.stats,
        files: result.files,
        unreadable,
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}

function tooLarge(limit: number): HttpError {
  return new HttpError('too_large', `the upload is over the limit of ${Math.round(limit / 1024 / 1024)} MiB`);
}
