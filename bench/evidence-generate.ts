// Writes a synthetic Go slog JSON log for the speed benchmark: steady traffic, two error spikes, a final panic.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

const paths = ['/api/orders', '/api/pay', '/api/users', '/healthz', '/api/cart'];
const services = ['payments', 'orders', 'gateway'];

/** Writes about `targetBytes` of slog JSON lines to `path`; returns the number of lines. */
export async function generateSlogLog(
  path: string,
  targetBytes: number,
): Promise<{ lines: number; bytes: number }> {
  const out = createWriteStream(path);
  const start = Date.parse('2026-03-04T13:00:00Z');
  let bytes = 0;
  let lines = 0;
  let chunk = '';
  // Roughly 3,000 lines a second of log time; the spikes sit at 40% and 70% of the file.
  const step = 1000 / 3000;
  const push = async (line: string) => {
    chunk += line;
    bytes += line.length;
    lines++;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  };
  while (bytes < targetBytes) {
    const t = start + lines * step;
    // slog writes nanoseconds.
    const iso = `${new Date(t).toISOString().slice(0, 23)}456789Z`;
    const share = bytes / targetBytes;
    const spike = (share > 0.4 && share < 0.42) || (share > 0.7 && share < 0.71);
    const service = services[lines % services.length];
    const id = (lines * 2654435761) >>> 0;
    if (spike && lines % 3 === 0) {
      await push(
        `{"time":"${iso}","level":"ERROR","msg":"request failed","service":"${service}","err":"context deadline exceeded calling ledger-${id % 7}:9090","request_id":"${id.toString(16)}"}\n`,
      );
    } else if (lines % 997 === 0) {
      await push(
        `{"time":"${iso}","level":"WARN","msg":"slow query","service":"${service}","duration_ms":${(id % 5000) / 10},"table":"orders"}\n`,
      );
    } else if (lines % 4999 === 0) {
      await push(
        `{"time":"${iso}","level":"ERROR","msg":"upstream returned 503","service":"${service}","upstream":"ledger-${id % 7}","request_id":"${id.toString(16)}"}\n`,
      );
    } else {
      const path = paths[id % paths.length];
      await push(
        `{"time":"${iso}","level":"INFO","msg":"request served","service":"${service}","method":"GET","path":"${path}/${id % 100000}","status":200,"duration_ms":${(id % 900) / 10},"request_id":"${id.toString(16)}"}\n`,
      );
    }
  }
  // The process dies of a panic at the end, as a crashing service's log does.
  await push(
    'panic: runtime error: index out of range [3] with length 3\n\ngoroutine 77 [running]:\nmain.(*Ledger).post(0xc0001a2000, {0xc00012e000, 0x3, 0x3})\n\t/app/ledger.go:142 +0x2a5\nmain.main()\n\t/app/main.go:31 +0x85\nexit status 2\n',
  );
  out.write(chunk);
  out.end();
  await once(out, 'finish');
  return { lines, bytes };
}
