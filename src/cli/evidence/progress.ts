import type { ImportProgress } from '../../app/index.js';

/** Inputs at least this large get a progress bar (when stderr is a terminal). */
export const progressThreshold = 50 * 1024 * 1024;

/** A progress bar on stderr for large inputs read interactively; silent otherwise (pipes, CI, small inputs). */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): ImportProgress {
  let active = false;
  let totalBytes = 0;
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
  return {
    start(total) {
      totalBytes = total;
      active = total >= progressThreshold && stream.isTTY === true;
    },
    advance(bytesOfFile) {
      if (!active || Date.now() - last <= 200) return;
      last = Date.now();
      draw(done + bytesOfFile);
    },
    fileDone(size) {
      done += size;
    },
    end() {
      if (active) stream.write(`\r${' '.repeat(60)}\r`);
    },
  };
}
