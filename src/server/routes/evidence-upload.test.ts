import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importEvidence } from '../../app/index.js';
import { multipart, multipartHeaders } from '../test-support/multipart.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { dialects } from '../test-support/test-store.js';

const mib = 1024 * 1024;

/** JSON log lines that compress about as well as real logs do (a few times, not hundreds). */
function logLines(bytes: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const at = new Date(Date.UTC(2026, 2, 4, 14) + i * 10).toISOString();
    const line = `{"time":"${at}","level":"ERROR","msg":"charge failed","trace":"${randomBytes(12).toString('hex')}"}`;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

describe.each(dialects)('evidence uploads on %s: limits after decompression, bad bodies', (dialect) => {
  let t: TestServer;
  let url: string;
  beforeAll(async () => {
    t = await startTestServer(dialect, { uploadLimit: 2 * mib });
    const created = await t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      payload: { title: 'Upload limits', severity: 'SEV3' },
    });
    url = `/api/incidents/${created.json().id}/evidence`;
  });
  afterAll(async () => t?.close());

  const upload = (payload: Buffer) =>
    t.as(t.editor, { method: 'POST', url, headers: multipartHeaders, payload });

  it('reads a gzipped log inflated, as before', async () => {
    const response = await upload(multipart({ 'app.log.gz': gzipSync(logLines(50_000)) }));
    expect(response.statusCode).toBe(200);
    expect(response.json().stats.lines).toBeGreaterThan(300);
  });

  it('counts a gzipped file by the bytes it inflates to, and names the limit', async () => {
    const gz = gzipSync(logLines(3 * mib));
    expect(gz.length).toBeLessThan(2 * mib);
    const response = await upload(multipart({ 'app.log.gz': gz }));
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({ code: 'too_large' });
    expect(response.json().error.message).toMatch(/app\.log\.gz inflated is over the limit of 2 MiB/);
  });

  it('refuses a decompression bomb by its ratio before inflating it whole', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * mib));
    expect(bomb.length).toBeLessThan(100_000);
    const started = Date.now();
    const big = await startTestServer('sqlite', { uploadLimit: 1024 * mib });
    try {
      const created = await big.as(big.editor, {
        method: 'POST',
        url: '/api/incidents',
        payload: { title: 'Bomb', severity: 'SEV3' },
      });
      const response = await big.as(big.editor, {
        method: 'POST',
        url: `/api/incidents/${created.json().id}/evidence`,
        headers: multipartHeaders,
        payload: multipart({ 'bomb.log.gz': bomb }),
      });
      expect(response.statusCode).toBe(413);
      expect(response.json().error.message).toMatch(/^bomb\.log\.gz inflates more than 100 times its size/);
    } finally {
      await big.close();
    }
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('answers a multipart body cut short with 400, not 500', async () => {
    const body = multipart({ 'app.log': logLines(10_000) });
    const response = await upload(body.subarray(0, body.length - 40));
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'invalid_input' });
    expect(response.json().error.message).toMatch(/multipart body is incomplete or malformed/);
  });

  it('answers a file that claims gzip but is not with 400 naming it', async () => {
    const fake = Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.from('not really gzip')]);
    const response = await upload(multipart({ 'broken.gz': fake }));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/^broken\.gz starts like gzip but cannot be inflated/);
  });
});

describe('an import whose client left', () => {
  it('stops reading when its signal aborts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'debrief-abort-'));
    try {
      const path = join(dir, 'app.log');
      await writeFile(path, logLines(8 * mib));
      const controller = new AbortController();
      const reason = new Error('the client disconnected');
      const started = Date.now();
      const run = importEvidence({ files: [{ name: 'app.log', path }] }, { signal: controller.signal });
      setTimeout(() => controller.abort(reason), 30);
      await expect(run).rejects.toBe(reason);
      expect(Date.now() - started).toBeLessThan(1_500);
      const already = importEvidence({ files: [{ name: 'app.log', path }] }, { signal: controller.signal });
      await expect(already).rejects.toBe(reason);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
