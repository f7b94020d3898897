import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-support/test-server.js';

describe('the app shell and login limits', () => {
  const webRoot = mkdtempSync(join(tmpdir(), 'debrief-web-'));
  let t: TestServer;
  beforeAll(async () => {
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(
      join(webRoot, 'index.html'),
      '<!doctype html><div id="root"></div><script src="/assets/app.js"></script>',
    );
    writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log("app")');
    t = await startTestServer('sqlite', { webRoot, loginAttemptsPerMinute: 3 });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('serves the app shell and its assets without a session', async () => {
    const shell = await t.app.inject({ url: '/' });
    expect(shell.statusCode).toBe(200);
    expect(shell.headers['content-type']).toMatch(/^text\/html/);
    const asset = await t.app.inject({ url: '/assets/app.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toContain('console.log');
    // The policy that keeps inline script out matters most on the HTML itself, including deep links.
    const deepLink = await t.app.inject({ url: '/incidents/INC-1234' });
    for (const response of [shell, asset, deepLink]) {
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self';");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    }
  });

  it('answers client-side routes with index.html but unknown API paths with a JSON 404', async () => {
    const deepLink = await t.app.inject({ url: '/incidents/INC-1234?tab=timeline' });
    expect(deepLink.statusCode).toBe(200);
    expect(deepLink.body).toContain('<div id="root">');
    const api = await t.app.inject({ url: '/api/does-not-exist' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not_found');
  });

  it('answers a malformed URL with the usual error shape and security headers', async () => {
    for (const url of ['/%c0', '/api/incidents/%c0']) {
      const response = await t.app.inject({ url });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: { code: 'invalid_input', message: 'the address is not a valid URL' },
      });
      expect(String(response.headers['content-security-policy'])).toContain("script-src 'self';");
    }
  });

  it('limits login attempts per client and answers 429 once over the limit', async () => {
    const attempt = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/login',
        payload: { username: 'eli', password: 'guess guess' },
      });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await attempt();
    expect(limited.json().error.code).toBe('rate_limited');
  });
});
