import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPublicUrl, parsePublicUrl, siteHosts, siteUrl } from './public-url.js';
import { startTestServer, type TestServer } from './test-support/test-server.js';
import { dialects } from './test-support/test-store.js';

const login = (t: TestServer, forwardedFor: string, password = 'wrong password 1') =>
  t.app.inject({
    method: 'POST',
    url: '/api/login',
    headers: { 'x-forwarded-for': forwardedFor },
    payload: { username: 'ada', password },
  });

describe('parsePublicUrl', () => {
  it('keeps the origin and path without a trailing slash', () => {
    expect(parsePublicUrl('https://debrief.example.com/')).toBe('https://debrief.example.com');
    expect(parsePublicUrl('https://example.com/tools/debrief/')).toBe('https://example.com/tools/debrief');
  });

  it('refuses what is not an http(s) address, naming it', () => {
    expect(() => parsePublicUrl('debrief.example.com')).toThrow(/"debrief\.example\.com" is not a URL/);
    expect(() => parsePublicUrl('ftp://example.com')).toThrow(/must start with https:\/\/ or http:\/\//);
    expect(() => parsePublicUrl('https://example.com/?a=1')).toThrow(/no query/);
  });
});

describe('siteUrl and siteHosts', () => {
  it('use the public URL when set, and the request otherwise', async () => {
    for (const publicUrl of ['https://debrief.example.com', undefined]) {
      const app = Fastify();
      installPublicUrl(app, publicUrl);
      app.get('/', async (request) => ({ url: siteUrl(request), hosts: siteHosts(request) }));
      const answer = (await app.inject({ url: '/', headers: { host: 'internal:4000' } })).json();
      expect(answer).toEqual(
        publicUrl
          ? { url: publicUrl, hosts: ['internal:4000', 'debrief.example.com'] }
          : { url: 'http://internal:4000', hosts: ['internal:4000'] },
      );
      await app.close();
    }
  });
});

describe.each(dialects)('a server behind HTTPS and a proxy, on %s', (dialect) => {
  let t: TestServer;
  let plain: TestServer;
  beforeAll(async () => {
    t = await startTestServer(dialect, {
      publicUrl: 'https://debrief.example.com/',
      trustProxy: true,
    });
    plain = await startTestServer(dialect);
  });
  afterAll(async () => {
    await t?.close();
    await plain?.close();
  });

  it('marks cookies Secure and sends HSTS when the public URL is https', async () => {
    const signedIn = await login(t, '10.0.0.9', 'admin password 1');
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.headers['set-cookie']).toMatch(/; Secure/);
    expect(signedIn.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    const local = await login(plain, '10.0.0.9', 'admin password 1');
    expect(local.headers['set-cookie']).not.toMatch(/; Secure/);
    expect(local.headers['strict-transport-security']).toBeUndefined();
  });

  it('writes report links to the public URL, whatever Host the request names', async () => {
    const created = await t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      payload: { title: 'Links', severity: 'SEV3' },
    });
    const id = created.json().id as string;
    const report = await t.as(t.editor, {
      url: `/api/incidents/${id}/report?format=slack`,
      headers: { host: 'evil.example' },
    });
    expect(report.statusCode).toBe(200);
    expect(report.body).toContain(`https://debrief.example.com/incidents/${id}`);
    expect(report.body).not.toContain('evil.example');
  });

  it('limits sign-in attempts per client address behind a trusted proxy, and per proxy otherwise', async () => {
    // Fresh servers, so no earlier test's attempts count.
    const behind = await startTestServer(dialect, { trustProxy: true, loginAttemptsPerMinute: 3 });
    const direct = await startTestServer(dialect, { loginAttemptsPerMinute: 3 });
    try {
      const statuses = async (server: TestServer, address: string, times: number) => {
        const out: number[] = [];
        for (let i = 0; i < times; i++) out.push((await login(server, address)).statusCode);
        return out;
      };
      expect(await statuses(behind, '10.0.0.1', 4)).toEqual([401, 401, 401, 429]);
      expect(await statuses(behind, '10.0.0.2', 1)).toEqual([401]);
      expect(await statuses(direct, '10.0.0.1', 4)).toEqual([401, 401, 401, 429]);
      expect(await statuses(direct, '10.0.0.2', 1)).toEqual([429]);
    } finally {
      await behind.close();
      await direct.close();
    }
  });
});
