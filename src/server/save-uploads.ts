import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { MultipartFile } from '@fastify/multipart';
import type { NamedFile } from '../app/index.js';
import { HttpError } from './http-error.js';

/** What one upload may hold, counted after decompression. */
export interface UploadLimits {
  /** Bytes of every file together, gzipped ones counted as they inflate. */
  bytes: number;
  /**
   * The most a gzipped file may inflate, as a multiple of its compressed size. Logs compress 5–20 times; a file
   * far past that is a decompression bomb, refused before it costs the server its work.
   */
  ratio: number;
}

/** Below this many inflated bytes the ratio is not checked: tiny files of repeated lines compress very well. */
const ratioFloor = 1024 * 1024;

/** The default inflation ratio an upload may reach. */
export const maxInflationRatio = 100;

const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;

/** 413 naming the limit an upload went past. */
export function tooLarge(limit: number, what = 'the upload'): HttpError {
  return new HttpError(
    'too_large',
    `${what} is over the limit of ${mib(limit)} (gzipped files count as they inflate)`,
  );
}

/** Counts bytes across every file of an upload and stops the stream past the limit. */
class Budget {
  used = 0;
  constructor(readonly limits: UploadLimits) {}

  counter(onOver: () => HttpError, compressed?: number, name = 'a gzipped file'): Transform {
    let inflated = 0;
    const budget = this;
    return new Transform({
      transform(chunk: Buffer, _encoding, done: TransformCallback) {
        budget.used += chunk.length;
        inflated += chunk.length;
        if (budget.used > budget.limits.bytes) return done(onOver());
        if (
          compressed !== undefined &&
          inflated > ratioFloor &&
          inflated > compressed * budget.limits.ratio
        ) {
          return done(tooMuchInflation(budget.limits.ratio, name));
        }
        done(null, chunk);
      },
    });
  }
}

function tooMuchInflation(ratio: number, name: string): HttpError {
  return new HttpError(
    'too_large',
    `${name} inflates more than ${ratio} times its size, which no log does; upload it uncompressed or split it`,
  );
}

async function startsWithGzip(path: string): Promise<{ gzip: boolean; size: number }> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    const { size } = await handle.stat();
    return { gzip: bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b, size };
  } finally {
    await handle.close();
  }
}

/**
 * Streams the files of a multipart upload into `dir`, inflating gzipped ones as they are saved, so the limit
 * applies to the bytes the import will read and a small `.gz` cannot turn into a gigabyte of work. A body that
 * ends midway or is malformed is invalid input (400), not a server error.
 */
export async function saveUploads(
  parts: AsyncIterable<MultipartFile>,
  dir: string,
  limits: UploadLimits,
  signal?: AbortSignal,
): Promise<NamedFile[]> {
  const files: NamedFile[] = [];
  const budget = new Budget(limits);
  // Compressed bytes count too while they arrive, so a file cannot be larger on the wire than inflated.
  const wire = new Budget(limits);
  try {
    for await (const part of parts) {
      signal?.throwIfAborted();
      const name = basename(part.filename || `upload-${files.length + 1}`);
      const raw = join(dir, `${files.length}-${randomBytes(4).toString('hex')}.raw`);
      await pipeline(
        part.file,
        wire.counter(() => tooLarge(limits.bytes)),
        createWriteStream(raw),
        {
          signal,
        },
      );
      if (part.file.truncated) throw tooLarge(limits.bytes);
      const { gzip, size } = await startsWithGzip(raw);
      if (!gzip) {
        budget.used += size;
        if (budget.used > limits.bytes) throw tooLarge(limits.bytes);
        files.push({ name, path: raw });
        continue;
      }
      const path = raw.replace(/\.raw$/, '');
      await pipeline(
        createReadStream(raw),
        createGunzip(),
        budget.counter(() => tooLarge(limits.bytes, `${name} inflated`), size, name),
        createWriteStream(path),
        { signal },
      ).catch((error: unknown) => {
        throw error instanceof HttpError ? error : unreadableGzip(name, error);
      });
      await rm(raw, { force: true });
      files.push({ name, path });
    }
  } catch (error) {
    throw asUploadError(error);
  }
  return files;
}

function unreadableGzip(name: string, error: unknown): HttpError {
  return new HttpError(
    'invalid_input',
    `${name} starts like gzip but cannot be inflated (${(error as Error).message}); upload it uncompressed`,
  );
}

/** Errors of the multipart parser itself (a body cut short, a broken boundary) are the client's: 400. */
function asUploadError(error: unknown): unknown {
  if (error instanceof HttpError || (error as { name?: string }).name === 'AbortError') return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('FST_')) return error;
  const message = (error as Error).message ?? String(error);
  if (/Unexpected end of (form|multipart data)|Malformed|boundary|Part terminated/i.test(message)) {
    return new HttpError('invalid_input', `the multipart body is incomplete or malformed: ${message}`);
  }
  return error;
}
