import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { EvidencePart } from '../evidence/index.js';
import { detectLineFormat, isGzip } from '../evidence/index.js';
import type { WorkerJob } from './evidence-worker.js';

/** Files at least this large are split across worker threads. */
export const parallelThreshold = 64 * 1024 * 1024;
// Formats where every line stands alone, so a file can be cut at any line boundary.
const splittable = new Set(['json', 'logfmt', 'text', 'syslog', 'access-log']);
const headBytes = 256 * 1024;

async function readAt(path: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The line format of a plain (not gzipped) file, when it is one that can be split; otherwise undefined. */
async function splittableFormat(path: string): Promise<string | undefined> {
  const head = await readAt(path, 0, headBytes);
  if (isGzip(head)) return undefined;
  const lines = head.toString('utf8').split('\n').slice(0, -1).slice(0, 256);
  // A JSON document (an array of records, a pretty-printed object) is read by one reader that sees it whole.
  const first = lines.find((line) => line.trim() !== '')?.trim() ?? '';
  if (first === '' || /^\[\s*(?:[{["\]]|$)/.test(first) || (first.startsWith('{') && !parses(first))) {
    return undefined;
  }
  const format = detectLineFormat(lines);
  if (!splittable.has(format.name)) return undefined;
  if (format.name === 'json') {
    // A pretty-printed JSON document also starts with `{`; only JSON lines can be split.
    try {
      JSON.parse(lines.find((line) => line.trim() !== '') ?? '');
    } catch {
      return undefined;
    }
  }
  return format.name;
}

function parses(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

/** Byte offsets where each part starts: the file cut into `count` pieces at line boundaries. */
async function cutPoints(path: string, size: number, count: number): Promise<number[]> {
  const starts = [0];
  for (let i = 1; i < count; i++) {
    const guess = Math.floor((size * i) / count);
    const window = await readAt(path, guess, 1 << 20);
    const newline = window.indexOf(10);
    if (newline < 0) continue;
    const start = guess + newline + 1;
    if (start > (starts[starts.length - 1] ?? 0) && start < size) starts.push(start);
  }
  return starts;
}

/**
 * Reads a large line-format file with one worker thread per core, each on its own byte range, and returns
 * the parts in file order; undefined when the file is small, gzipped, of a format that cannot be split, or the
 * machine has one core (the caller then reads it in one go).
 */
export async function readInParallel(
  path: string,
  name: string,
  size: number,
  options: {
    zone: string;
    /** Whether `zone` was named for the file or found in it (see ReadOptions.zoneFixed). */
    zoneFixed?: boolean | undefined;
    zoneRevealed?: string | undefined;
    reference: Date;
    format?: string | undefined;
    minBytes?: number;
    /** Called now and then with the bytes of the file read so far, across all workers. */
    onProgress?: (bytes: number) => void;
    /** Ends every worker and rejects with the signal's reason. */
    signal?: AbortSignal | undefined;
  },
): Promise<EvidencePart[] | undefined> {
  const cores = Math.min(availableParallelism(), 4);
  // Each worker's young generation held to 24 MB (V8's default is about twice that): on a 1 GiB varied log the
  // process peaked at 305-345 MB with the default and 239-259 MB so, in the same time (bench/RESULTS.md).
  const resourceLimits = { maxYoungGenerationSizeMb: 24 };
  if (size < (options.minBytes ?? parallelThreshold) || cores < 2) return undefined;
  const format = options.format ?? (await splittableFormat(path));
  if (!format || !splittable.has(format)) return undefined;
  const starts = await cutPoints(path, size, cores);
  // From source (tests, tsx) the worker is TypeScript and needs the tsx loader too.
  const fromSource = import.meta.url.endsWith('.ts');
  const script = new URL(fromSource ? './evidence-worker.ts' : './evidence-worker.js', import.meta.url);
  // A worker does not inherit the tsx loader, so from source it registers tsx before importing the script.
  const tsx = fromSource ? import.meta.resolve('tsx/esm/api') : '';
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(script.href)}); })`;
  const readByWorker = starts.map(() => 0);
  return Promise.all(
    starts.map((start, i) => {
      const job: WorkerJob = {
        path,
        name,
        start,
        end: (starts[i + 1] ?? size) - 1,
        format,
        zone: options.zone,
        zoneFixed: options.zoneFixed,
        zoneRevealed: options.zoneRevealed,
        reference: options.reference.toISOString(),
      };
      return new Promise<EvidencePart>((resolve, reject) => {
        const worker = fromSource
          ? new Worker(boot, { eval: true, workerData: job, resourceLimits })
          : new Worker(script, { workerData: job, resourceLimits });
        worker.on('message', (message: { progress: number } | { part: EvidencePart }) => {
          if ('part' in message) {
            resolve(message.part);
            return;
          }
          readByWorker[i] = message.progress;
          options.onProgress?.(readByWorker.reduce((sum, bytes) => sum + bytes, 0));
        });
        worker.once('error', reject);
        const stop = () => {
          reject(options.signal?.reason);
          void worker.terminate();
        };
        if (options.signal?.aborted) stop();
        options.signal?.addEventListener('abort', stop, { once: true });
        worker.once('exit', () => options.signal?.removeEventListener('abort', stop));
        worker.once('exit', (code) => {
          if (code !== 0) reject(new Error(`evidence worker for ${name} stopped with code ${code}`));
        });
      });
    }),
  );
}
