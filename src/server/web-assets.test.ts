import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-support/test-server.js';
import { cacheControlFor, precompressWebApp } from './web-assets.js';

const immutable = 'public, max-age=31536000, immutable';

describe('cacheControlFor', () => {
  it('caches content-hashed assets for good and revalidates everything else', () => {
    expect(cacheControlFor('assets/index-DZiE4BUE.js')).toBe(immutable);
    expect(cacheControlFor('assets/markdown-editor-DuewOeGT.js')).toBe(immutable);
    expect(cacheControlFor('assets/index-DZiE4BUE.js.br')).toBe(immutable);
    expect(cacheControlFor('index.html.gz')).toBe('no-cache');
    expect(cacheControlFor('index.html')).toBe('no-cache');
    expect(cacheControlFor('assets/logo.svg')).toBe('no-cache');
    expect(cacheControlFor('favicon.svg')).toBe('no-cache');
  });
});

describe('the built web app, precompressed and cached', () => {
  const webRoot = mkdtempSync(join(tmpdir(), 'debrief-web-'));
  const script = `console.log(${JSON.stringify('incident timeline '.repeat(2_000))});\n`;
  const shell = `<!doctype html><title>debrief</title>${'<!-- padding -->'.repeat(100)}<div id="root"></div>`;
  let t: TestServer;
  let totals: Awaited<ReturnType<typeof precompressWebApp>>;
  beforeAll(async () => {
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), shell);
    writeFileSync(join(webRoot, 'assets', 'index-DZiE4BUE.js'), script);
    writeFileSync(join(webRoot, 'assets', 'tiny-AbCdEfGh.js'), 'export {};\n');
    totals = await precompressWebApp(webRoot);
    t = await startTestServer('sqlite', { webRoot });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const get = (url: string, encoding?: string) =>
    t.app.inject({ url, headers: encoding ? { 'accept-encoding': encoding } : {} });

  it('makes brotli and gzip copies of the files worth compressing', () => {
    expect(totals.files).toBe(2);
    expect(totals.brotli).toBeLessThan(totals.bytes / 10);
  });

  it('sends the brotli copy to browsers that take it, gzip to the others, plain to the rest', async () => {
    const br = await get('/assets/index-DZiE4BUE.js', 'gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    const gz = await get('/assets/index-DZiE4BUE.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);
    const plain = await get('/assets/index-DZiE4BUE.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    for (const response of [br, gz, plain]) expect(response.headers['cache-control']).toBe(immutable);
    const tiny = await get('/assets/tiny-AbCdEfGh.js', 'br');
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.headers['cache-control']).toBe(immutable);
    // An asset of an older build is missing: 404, never the app's page in its place.
    const gone = await get('/assets/index-0ld8u1ld.js', 'br');
    expect(gone.statusCode).toBe(404);
    expect(gone.headers['content-type']).toMatch(/json/);
  });

  it('revalidates the app shell on every visit, at / and at a deep link', async () => {
    for (const url of ['/', '/index.html', '/incidents/INC-1234ABCD']) {
      const response = await get(url, 'br');
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      const body =
        response.headers['content-encoding'] === 'br'
          ? brotliDecompressSync(response.rawPayload).toString()
          : response.body;
      expect(body).toBe(shell);
    }
  });
});
