// Writes a log whose shape is not the speed benchmark's: twelve message kinds, nested objects, numbers, errors with
// wrapped causes, UUIDs, URLs, durations, the same message at several levels, a few lines of other formats mixed in.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/** A small deterministic generator (xorshift), so every run writes the same file. */
function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

const hex = (n: number, width: number) => (n >>> 0).toString(16).padStart(width, '0').slice(-width);
const uuid = (r: () => number) =>
  `${hex(r() * 2 ** 32, 8)}-${hex(r() * 2 ** 16, 4)}-4${hex(r() * 2 ** 12, 3)}-a${hex(r() * 2 ** 12, 3)}-${hex(r() * 2 ** 32, 8)}${hex(r() * 2 ** 16, 4)}`;
const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

const hosts = ['pay-api-1', 'pay-api-2', 'pay-api-3', 'ledger-0', 'ledger-1', 'cart-7f9c8d6b5-x2x9z'];
const routes = ['/v1/orders', '/v1/payments', '/v1/users/me', '/v2/cart/items', '/healthz', '/v1/refunds'];
const tables = ['orders', 'payments', 'ledger_entries', 'sessions'];

/** One line of the given kind at time `iso`; `bad` raises the error share (the incident window). */
function line(r: () => number, iso: string, bad: boolean): string {
  const host = pick(r, hosts);
  const trace = uuid(r);
  const kind = Math.floor(r() * 12);
  switch (kind) {
    case 0:
    case 1:
    case 2: {
      // The same message at INFO and ERROR: the level moves with the status, as a Go handler's does.
      const status = bad && r() < 0.4 ? pick(r, [500, 502, 503, 504]) : pick(r, [200, 200, 201, 204, 404]);
      const level = status >= 500 ? 'ERROR' : status >= 400 ? 'WARN' : 'INFO';
      return `{"time":"${iso}","level":"${level}","msg":"request completed","http":{"method":"${pick(r, ['GET', 'POST', 'PUT'])}","route":"${pick(r, routes)}","status":${status},"bytes":${Math.floor(r() * 90000)}},"duration_ms":${(r() * 800).toFixed(3)},"trace_id":"${trace}","host":"${host}"}`;
    }
    case 3:
      return `{"time":"${iso}","level":"DEBUG","msg":"cache lookup","cache":{"name":"sessions","hit":${r() < 0.8},"size":${Math.floor(r() * 1e6)}},"key":"user:${Math.floor(r() * 1e7)}","host":"${host}"}`;
    case 4:
      return `{"time":"${iso}","level":"${bad && r() < 0.5 ? 'ERROR' : 'WARN'}","msg":"db query slow","db":{"table":"${pick(r, tables)}","rows":${Math.floor(r() * 5000)},"pool":{"in_use":${Math.floor(r() * 50)},"max":50}},"duration":"${(r() * 9).toFixed(2)}s","host":"${host}"}`;
    case 5:
      return `{"time":"${iso}","level":"ERROR","msg":"charge failed","error":"rpc error: code = Unavailable desc = connection refused: dial tcp 10.42.${Math.floor(r() * 255)}.${Math.floor(r() * 255)}:9090: connect: connection refused","order_id":"${uuid(r)}","attempt":${1 + Math.floor(r() * 3)},"host":"${host}"}`;
    case 6:
      return `{"time":"${iso}","level":"INFO","msg":"outbound call","url":"https://api.partner.example/v3/charges/${hex(r() * 2 ** 32, 8)}?expand=customer&limit=${Math.floor(r() * 100)}","status":${pick(r, [200, 201, 429])},"duration_ms":${Math.floor(r() * 1200)},"host":"${host}"}`;
    case 7:
      return `{"time":"${iso}","level":"INFO","msg":"job finished","job":{"name":"${pick(r, ['reconcile', 'payout', 'export'])}","id":"${uuid(r)}","items":${Math.floor(r() * 10000)},"failed":${bad ? Math.floor(r() * 20) : 0}},"host":"${host}"}`;
    case 8:
      return `{"time":"${iso}","level":"${pick(r, ['INFO', 'WARN'])}","msg":"feature flag evaluated","flag":"${pick(r, ['new-checkout', 'fast-refunds', 'pool-v2'])}","value":${r() < 0.5},"user":{"id":${Math.floor(r() * 1e6)},"plan":"${pick(r, ['free', 'pro', 'team'])}"}}`;
    case 9:
      return `{"time":"${iso}","level":"ERROR","msg":"context deadline exceeded","op":"ledger.Post","timeout_ms":${pick(r, [250, 500, 1000])},"retry":{"count":${Math.floor(r() * 5)},"budget_left":${r().toFixed(2)}},"host":"${host}"}`;
    case 10:
      return `{"time":"${iso}","level":"INFO","msg":"user signed in","user_id":${Math.floor(r() * 1e7)},"ip":"203.0.113.${Math.floor(r() * 255)}","agent":"Mozilla/5.0 (X11; Linux x86_64) Chrome/1${Math.floor(r() * 40)}.0","mfa":${r() < 0.3}}`;
    default:
      return `{"time":"${iso}","level":"WARN","msg":"queue lagging","queue":"${pick(r, ['payments.events', 'orders.created'])}","lag":${Math.floor(r() * 100000)},"partitions":[${Math.floor(r() * 8)},${Math.floor(r() * 8)}],"host":"${host}"}`;
  }
}

/** Writes about `targetBytes` of varied JSON log lines to `path`; returns the number of lines. */
export async function generateVariedLog(
  path: string,
  targetBytes: number,
): Promise<{ lines: number; bytes: number }> {
  const out = createWriteStream(path);
  const r = random(20261202);
  const start = Date.parse('2026-03-04T13:00:00Z');
  let bytes = 0;
  let lines = 0;
  let chunk = '';
  while (bytes < targetBytes) {
    const iso = new Date(start + lines / 2).toISOString();
    const share = bytes / targetBytes;
    const text = `${line(r, iso, share > 0.55 && share < 0.6)}\n`;
    chunk += text;
    bytes += text.length;
    lines++;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.write(chunk);
  out.end();
  await once(out, 'finish');
  return { lines, bytes };
}
