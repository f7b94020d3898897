// A worker thread that reads one byte range of a large log file and posts back its part of the draft.
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { EvidenceDraft, newLineStats, readLineBatches } from '../evidence/index.js';

/** What the main thread asks a worker to read. */
export interface WorkerJob {
  path: string;
  name: string;
  start: number;
  /** Inclusive, as for createReadStream. */
  end: number;
  format: string;
  zone: string;
  /** Whether `zone` was named for the file or found in it (then the parts do not look for one of their own). */
  zoneFixed?: boolean | undefined;
  /** Where the file revealed `zone`, for its report. */
  zoneRevealed?: string | undefined;
  reference: string;
}

const job = workerData as WorkerJob;
const stats = newLineStats();
const draft = new EvidenceDraft({
  time: { zone: job.zone },
  reference: new Date(job.reference),
  zoneFixed: job.zoneFixed,
  zoneRevealed: job.zoneRevealed,
});
const stream = createReadStream(job.path, { start: job.start, end: job.end, highWaterMark: 1 << 20 });
// Bytes read so far go to the main thread now and then, for the progress bar of a large file.
async function* reporting(batches: AsyncGenerator<string[]>): AsyncGenerator<string[]> {
  let last = 0;
  for await (const batch of batches) {
    if (Date.now() - last > 200) {
      last = Date.now();
      parentPort?.postMessage({ progress: stats.bytes });
    }
    yield batch;
  }
}
const report = await draft.addFile(job.name, reporting(readLineBatches(stream, stats)), job.format);
draft.addLineStats(report, stats);
parentPort?.postMessage({ part: draft.part() });
