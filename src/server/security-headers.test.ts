import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import helmet from 'helmet';
import { describe, expect, it } from 'vitest';
import { helmetHeaders, helmetOptions, installSecurityHeaders } from './security-headers.js';

/** What helmet's own middleware sets on a real Node response. */
async function headersFromHelmet(secureCookies: boolean): Promise<Record<string, unknown>> {
  const middleware = helmet(helmetOptions(secureCookies));
  const server = createServer((request, response) =>
    middleware(request, response, () => {
      response.end('ok');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/`);
    const headers: Record<string, unknown> = {};
    response.headers.forEach((value, name) => {
      if (!['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'].includes(name))
        headers[name] = value;
    });
    return headers;
  } finally {
    server.close();
  }
}

describe.each([false, true])('security headers (secure cookies: %s)', (secureCookies) => {
  it('are exactly the ones helmet’s middleware sets, on every response', async () => {
    const app = Fastify();
    installSecurityHeaders(app, helmetHeaders(helmetOptions(secureCookies)));
    app.get('/', async () => 'ok');
    const response = await app.inject({ url: '/' });
    const expected = await headersFromHelmet(secureCookies);
    expect(Object.keys(expected).length).toBeGreaterThan(8);
    for (const [name, value] of Object.entries(expected)) expect(response.headers[name]).toBe(value);
    expect(response.headers['content-security-policy']).toContain("script-src 'self';");
    expect(response.headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect('strict-transport-security' in response.headers).toBe(secureCookies);
    const missing = await app.inject({ url: '/nowhere' });
    expect(missing.headers['content-security-policy']).toBe(expected['content-security-policy']);
    await app.close();
  });
});
