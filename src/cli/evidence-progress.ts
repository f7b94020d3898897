import type { LineStats } from '../evidence/index.js';

/** Inputs at least this large get a progress bar (when stderr is a terminal). */
export const progressThreshold = 50 * 1024 * 1024;

export interface Progress {
  /** Passes lines through, redrawing the bar now and then from the bytes read so far. */
  track(batches: AsyncGenerator<string[]>, stats: LineStats): AsyncGenerator<string[]>;
  /** Redraws the bar (at most every 200 ms) with this many bytes of the current file read. */
  advance(bytesOfFile: number): void;
  fileDone(size: number): void;
  end(): void;
}

/** A progress bar on stderr for large inputs read interactively; silent otherwise (pipes, CI, small inputs). */
export function startProgress(totalBytes: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const active = totalBytes >= progressThreshold && stream.isTTY === true;
  let done = 0;
  let last = 0;
  const draw = (current: number) => {
    const share = Math.min(1, current / totalBytes);
    const width = 30;
    const filled = Math.round(share * width);
    stream.write(
      `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ` +
        `${(current / 2 ** 20).toFixed(0)}/${(totalBytes / 2 ** 20).toFixed(0)} MiB`,
    );
  };
  const advance = (bytesOfFile: number) => {
    if (!active || Date.now() - last <= 200) return;
    last = Date.now();
    draw(done + bytesOfFile);
  };
  return {
    async *track(batches, stats) {
      if (!active) {
        yield* batches;
        return;
      }
      for await (const batch of batches) {
        advance(stats.bytes);
        yield batch;
      }
    },
    advance,
    fileDone(size) {
      done += size;
    },
    end() {
      if (active) stream.write(`\r${' '.repeat(60)}\r`);
    },
  };
}
