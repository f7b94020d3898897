import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Chunk, Chunker } from '../../language/chunker.js';

/** One input to lint: a file path, or `-` for standard input. */
export interface LintInput {
  path: string;
}

/** A reason an input was skipped, reported as one line on stderr. */
export class InputProblem extends Error {}

const textExtensions = /\.(?:md|markdown|txt)$/i;

/** Expands the command-line arguments: directories are walked (sorted) for .md and .txt files. */
export function expandInputs(
  args: readonly string[],
  cwd: string,
): { inputs: LintInput[]; problems: string[] } {
  const inputs: LintInput[] = [];
  const problems: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ path: '-' });
      continue;
    }
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(resolve(cwd, arg));
    } catch {
      problems.push(`${arg}: no such file or directory`);
      continue;
    }
    if (stat.isDirectory()) inputs.push(...walk(arg, cwd));
    else inputs.push({ path: arg });
  }
  return { inputs, problems };
}

function walk(dir: string, cwd: string): LintInput[] {
  const out: LintInput[] = [];
  const entries = readdirSync(resolve(cwd, dir), { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path, cwd));
    else if (entry.isFile() && textExtensions.test(entry.name)) out.push({ path });
  }
  return out;
}

/**
 * Streams an input as analysable chunks: UTF-8 decoded (invalid bytes become U+FFFD), cut at safe blank lines,
 * so a 100 MB file never sits in memory whole. Throws InputProblem for binary data or an unreadable file.
 */
export async function* readChunks(
  input: LintInput,
  stdin: () => AsyncIterable<Buffer | string>,
  cwd: string,
  chunkSize = 1 << 20,
): AsyncGenerator<Chunk> {
  // Standard input is only opened when it is read: opening it costs start-up time.
  const stream = input.path === '-' ? stdin() : fileBlocks(resolve(cwd, input.path), chunkSize);
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const chunker = new Chunker(chunkSize);
  let first = true;
  try {
    for await (const piece of stream) {
      const bytes = typeof piece === 'string' ? Buffer.from(piece) : (piece as Buffer);
      if (first && looksBinary(bytes))
        throw new InputProblem(`${input.path}: not text (binary data); skipped`);
      const opening = first;
      first = false;
      const text = decoder.decode(bytes, { stream: true });
      // A file read whole in one block is one chunk: no blank line needs finding (most post-mortems are small).
      if (whole.has(piece as Buffer)) {
        yield { text: (text + decoder.decode()).replace(/^\uFEFF/, ''), firstLine: 1 };
        return;
      }
      yield* chunker.push(opening ? text.replace(/^\uFEFF/, '') : text);
    }
  } catch (error) {
    if (error instanceof InputProblem) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputProblem(
      `${input.path}: ${code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot be read'}`,
    );
  }
  const tail = decoder.decode();
  yield* chunker.push(tail);
  yield* chunker.end();
}

/** Blocks that hold a whole file, so `readChunks` can skip the chunker. */
const whole = new WeakSet<Buffer>();
/** One buffer for whole files, reused file after file: each is decoded before the next is read. */
let shared = Buffer.alloc(0);

/**
 * A file's bytes in 64 KiB blocks, read synchronously: the CLI has nothing else to do meanwhile, and it spares
 * loading the stream machinery (a few milliseconds of start-up for every lint of a small file). A regular file no
 * larger than one chunk is read in one block, marked as whole.
 */
function* fileBlocks(path: string, chunkSize: number): Generator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size > 0 && stat.size <= chunkSize) {
      if (shared.length < stat.size + 1) shared = Buffer.allocUnsafe(Math.max(stat.size + 1, 1 << 16));
      const block = shared.subarray(0, stat.size + 1);
      let read = 0;
      for (let n = -1; n !== 0 && read < block.length; read += n)
        n = readSync(fd, block, read, block.length - read, null);
      // One byte more than the size was asked for: a file that grew meanwhile is read in blocks after all.
      if (read <= stat.size) {
        const bytes = block.subarray(0, read);
        whole.add(bytes);
        yield bytes;
        return;
      }
      yield block.subarray(0, read);
    }
    for (;;) {
      const block = Buffer.allocUnsafe(1 << 16);
      const read = readSync(fd, block, 0, block.length, null);
      if (read === 0) return;
      yield block.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

/** A NUL byte in the first block means binary data (the same test git and grep use). */
function looksBinary(bytes: Uint8Array): boolean {
  // A native search: a loop here ran uncompiled over the first block of every file of an archive.
  return bytes.subarray(0, 8000).indexOf(0) >= 0;
}
