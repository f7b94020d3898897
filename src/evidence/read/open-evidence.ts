import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { DebriefError } from '../../domain/index.js';
import { fileErrorWords } from './file-error.js';
import { type LineStats, maxLineLength, readLineBatches, readLines } from './read-lines.js';

// Shared by the CLI (files named on the command line) and the server (uploads streamed to temp files).

/** Whether a file's first bytes are the gzip magic number. */
export function isGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

/** Opens a file (or `-` for stdin) as a byte stream, gunzipping it when its first bytes say gzip. */
export async function openBytes(path: string): Promise<Readable> {
  if (path === '-') return process.stdin;
  let head: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      head = Buffer.alloc(2);
      await handle.read(head, 0, 2, 0);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new DebriefError('invalid_input', `cannot read ${path}: ${fileErrorWords(error)}`);
  }
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  if (isGzip(head)) {
    const gunzip = createGunzip();
    stream.on('error', (error) => gunzip.destroy(error));
    return stream.pipe(gunzip);
  }
  return stream;
}

/** The lines of a file or stdin (plain or gzip); read errors midway end the lines and land in `stats`. */
export async function openLines(path: string, stats?: LineStats): Promise<AsyncGenerator<string>> {
  return readLines(await openBytes(path), stats);
}

/**
 * The lines of a file or stdin in batches (the fast path for large logs), bounded at `maxLineLength` except a
 * first line that starts like JSON, which may reach `documentLimit` (a document written on one line).
 */
export async function openLineBatches(
  path: string,
  stats?: LineStats,
  documentLimit: number = maxLineLength,
): Promise<AsyncGenerator<string[]>> {
  return readLineBatches(await openBytes(path), stats, maxLineLength, documentLimit);
}
