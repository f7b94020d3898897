import { describe, expect, it } from 'vitest';
import { type LineStats, maxLineLength, readLineBatches, readLines } from './read-lines.js';

async function collect(chunks: Array<string | Uint8Array>, stats?: LineStats): Promise<string[]> {
  async function* source() {
    yield* chunks;
  }
  const out: string[] = [];
  for await (const line of readLines(source(), stats)) out.push(line);
  return out;
}

describe('readLines', () => {
  it('splits lines across chunk boundaries and drops CR before LF', async () => {
    expect(await collect(['a\r\nb', 'c\nd'])).toEqual(['a', 'bc', 'd']);
  });

  it('decodes a UTF-8 character split between two chunks', async () => {
    const bytes = new TextEncoder().encode('é\n');
    expect(await collect([bytes.slice(0, 1), bytes.slice(1)])).toEqual(['é']);
  });

  it('cuts an over-long line and goes on with the next one', async () => {
    const stats: LineStats = { bytes: 0, lines: 0, truncated: 0 };
    const huge = 'x'.repeat(maxLineLength + 10);
    const lines = await collect([huge.slice(0, 40_000), huge.slice(40_000), '\nnext\n'], stats);
    expect(lines.map((line) => line.length)).toEqual([maxLineLength, 4]);
    expect(stats.truncated).toBe(1);
  });

  it('records a failing stream as an error after yielding the lines before it', async () => {
    const stats: LineStats = { bytes: 0, lines: 0, truncated: 0 };
    async function* failing() {
      yield 'one\ntwo';
      throw new Error('unexpected end of file');
    }
    const out: string[] = [];
    for await (const line of readLines(failing(), stats)) out.push(line);
    expect(out).toEqual(['one', 'two']);
    expect(stats.error).toBe('unexpected end of file');
  });

  it('reads a 2 GiB stream with no line break in bounded memory, keeping its head and telling its length', async () => {
    const stats: LineStats = { bytes: 0, lines: 0, truncated: 0 };
    const chunk = 'a'.repeat(1 << 20);
    async function* endless() {
      for (let i = 0; i < 2048; i++) yield chunk;
    }
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    const lines: number[] = [];
    for await (const line of readLines(endless(), stats)) {
      lines.push(line.length);
      peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    }
    expect(lines).toEqual([maxLineLength]);
    expect(stats.longest).toEqual({ line: 1, length: 2 ** 31 });
    expect(stats.bytes).toBe(2 ** 31);
    expect(peak).toBeLessThan(64 * 1024 * 1024);
  });

  it('lets a first line that starts like JSON reach the document limit, and cuts the others', async () => {
    const stats: LineStats = { bytes: 0, lines: 0, truncated: 0 };
    const long = `[${'1,'.repeat(100_000)}1]`;
    async function* two() {
      yield `${long}\n${long}\n`;
    }
    const out: string[] = [];
    for await (const batch of readLineBatches(two(), stats, maxLineLength, 1 << 20)) out.push(...batch);
    expect(out.map((line) => line.length)).toEqual([200_003, maxLineLength]);
    expect(stats.truncated).toBe(1);
  });
});
