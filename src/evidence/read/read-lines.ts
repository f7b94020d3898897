import { isAscii } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';

/** Lines longer than this are cut: a 10 MB single line must not become a 10 MB event or template. */
export const maxLineLength = 64 * 1024;

/** What reading a stream of lines saw: bytes, lines, and the error that ended it early, if any. */
export interface LineStats {
  bytes: number;
  lines: number;
  /** Lines cut at the stream's line limit (`maxLineLength` unless the reader chose another). */
  truncated: number;
  /** The limit lines were cut at, and the longest cut line: its number and full length in characters. */
  limit?: number;
  longest?: { line: number; length: number };
  /** Why the stream ended early (a truncated gzip, a read error); the lines before it were still read. */
  error?: string;
}

/** Fresh, empty line statistics. */
export function newLineStats(): LineStats {
  return { bytes: 0, lines: 0, truncated: 0 };
}

function clean(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/**
 * Splits a stream of chunks into lines (LF or CRLF), yielding them in batches (one per chunk) because a promise
 * per line would cost more than parsing it. No limit on the stream's size, a bounded line length (`limit`; the
 * first line may reach `documentLimit` when it starts like JSON, since a JSON document is often written on one
 * line); a stream that fails midway ends the lines and records why instead of throwing.
 */
export async function* readLineBatches(
  chunks: AsyncIterable<Uint8Array | string>,
  stats: LineStats = newLineStats(),
  limit: number = maxLineLength,
  documentLimit: number = limit,
): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let skipping = false;
  /** Characters of the over-long line being skipped, so its length can be told. */
  let skipped = 0;
  let inCharacter = false;
  stats.limit = limit;
  let batch: string[] = [];
  /** The number of the over-long line being skipped. */
  let skipLine = 0;
  /** Whether the stream starts like JSON (`{` or `[`), read from its first chunk. */
  let startsLikeJson: boolean | undefined;
  /** The limit for the next line: the document limit for a first line that opens a JSON object or array. */
  const limitOf = (): number =>
    startsLikeJson && stats.lines + batch.length === 0 ? Math.max(documentLimit, limit) : limit;
  const cut = (line: string, length: number): string => {
    const at = limitOf();
    stats.truncated++;
    stats.limit = at;
    skipLine = stats.lines + batch.length + 1;
    longest(length);
    return line.slice(0, at);
  };
  const longest = (length: number) => {
    if (!stats.longest || length > stats.longest.length) stats.longest = { line: skipLine, length };
  };
  try {
    for await (const chunk of chunks) {
      // ASCII chunks (most logs) decode as Latin-1, several times faster; a chunk after a non-ASCII one goes
      // through the decoder, which may hold the first bytes of a split character.
      let text: string;
      if (typeof chunk === 'string') text = chunk;
      else if (!inCharacter && isAscii(chunk)) {
        text = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
      } else {
        text = decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        // A chunk ending in an ASCII byte leaves no partial character behind in the decoder.
        inCharacter = chunk.byteLength > 0 && (chunk[chunk.byteLength - 1] as number) >= 0x80;
      }
      stats.bytes += typeof chunk === 'string' ? chunk.length : chunk.byteLength;
      startsLikeJson ??= text.trim() === '' ? undefined : /^\s*[{[]/.test(text.slice(0, 256));
      batch = [];
      let start = 0;
      let end = text.indexOf('\n');
      while (end >= 0) {
        if (skipping) {
          skipping = false;
          longest(skipped + end - start);
        } else {
          const piece = text.slice(start, end);
          const line = pending === '' ? piece : pending + piece;
          batch.push(line.length > limitOf() ? cut(line, line.length) : clean(line));
        }
        pending = '';
        start = end + 1;
        end = text.indexOf('\n', start);
      }
      if (skipping) skipped += text.length - start;
      else {
        pending += text.slice(start);
        if (pending.length > limitOf()) {
          // Emit the head of an over-long line now and drop the rest up to its end, keeping memory bounded.
          batch.push(cut(pending, pending.length));
          skipped = pending.length;
          pending = '';
          skipping = true;
        }
      }
      stats.lines += batch.length;
      if (batch.length > 0) yield batch;
    }
    const tail = pending + decoder.end();
    if (skipping) longest(skipped);
    if (!skipping && tail !== '') {
      stats.lines++;
      yield [clean(tail)];
    }
  } catch (error) {
    stats.error = error instanceof Error ? error.message : String(error);
    if (!skipping && pending !== '') {
      stats.lines++;
      yield [clean(pending)];
    }
  }
}

/** The same lines one at a time, for small inputs where convenience beats speed. */
export async function* readLines(
  chunks: AsyncIterable<Uint8Array | string>,
  stats: LineStats = newLineStats(),
): AsyncGenerator<string> {
  for await (const batch of readLineBatches(chunks, stats)) yield* batch;
}
