import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-support/test-server.js';

// Bodies and requests a careless client sends: each answered in the API's error shape, naming what is wrong.
describe('request bodies', () => {
  let t: TestServer;
  let port: number;
  beforeAll(async () => {
    t = await startTestServer('sqlite');
    port = Number(new URL(await t.app.listen({ port: 0, host: '127.0.0.1' })).port);
  });
  afterAll(async () => t?.close());

  const post = (payload: string | Buffer, headers: Record<string, string> = {}) =>
    t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      headers: { 'content-type': 'application/json', ...headers },
      payload,
    });

  it('refuses bytes that are not UTF-8 instead of storing U+FFFD', async () => {
    for (const bytes of [
      [0xff, 0xfe],
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
    ]) {
      const body = Buffer.concat([
        Buffer.from('{"title":"'),
        Buffer.from(bytes),
        Buffer.from(' bad","severity":"SEV4"}'),
      ]);
      const answer = await post(body);
      expect(answer.statusCode).toBe(400);
      expect(answer.json().error.message).toBe(
        'the body is not valid UTF-8 text; send JSON encoded as UTF-8',
      );
    }
    const fine = await post(JSON.stringify({ title: 'Ünïcödé 连接 😀', severity: 'SEV4' }));
    expect(fine.statusCode).toBe(201);
  });

  it('refuses a compressed body by its Content-Encoding', async () => {
    for (const encoding of ['gzip', 'br', 'x-unknown']) {
      const answer = await post(JSON.stringify({ title: 'x', severity: 'SEV4' }), {
        'content-encoding': encoding,
      });
      expect(answer.statusCode).toBe(415);
      expect(answer.json().error.message).toContain(`Content-Encoding: ${encoding} is not taken`);
    }
    expect(
      (await post(JSON.stringify({ title: 'x', severity: 'SEV4' }), { 'content-encoding': 'identity' }))
        .statusCode,
    ).toBe(201);
  });

  it('refuses JSON that says it is in another character set, and takes UTF-8 however it is spelled', async () => {
    const body = Buffer.from('{"title":"Caf\xe9 down","severity":"SEV4"}', 'latin1');
    const latin1 = await post(body, { 'content-type': 'application/json; charset=ISO-8859-1' });
    expect(latin1.statusCode).toBe(415);
    expect(latin1.json().error.message).toContain('got charset=iso-8859-1');
    // Two charsets: judged by every one, not the first.
    const both = await post(body, { 'content-type': 'application/json; charset=utf-8; charset=iso-8859-1' });
    expect(both.statusCode).toBe(415);
    expect(both.json().error.message).toContain('got charset=iso-8859-1');
    // A list of media types: refused, whichever comes first.
    const json = JSON.stringify({ title: 'Listed', severity: 'SEV4' });
    for (const type of ['application/json; charset=utf-8, text/plain', 'application/json, text/plain']) {
      const listed = await post(json, { 'content-type': type });
      expect(listed.statusCode, type).toBe(415);
      expect(listed.json().error.message).toContain('expected one media type, got a list');
    }
    for (const type of ['application/json; charset=UTF-8', 'application/json;charset="utf8"']) {
      const answer = await post(JSON.stringify({ title: 'Café down', severity: 'SEV4' }), {
        'content-type': type,
      });
      expect(answer.statusCode, type).toBe(201);
    }
  });

  it('answers a malformed request in the API error shape, not Node’s', async () => {
    const raw = (request: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => socket.write(request));
        let answer = '';
        socket.on('data', (chunk) => {
          answer += chunk.toString();
        });
        socket.on('end', () => resolve(answer));
        socket.on('error', reject);
        socket.setTimeout(5_000, () => socket.destroy(new Error('no answer')));
      });
    const bad = await raw('GET /api/incidents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \u0000\r\n\r\n');
    expect(bad).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(bad.slice(bad.indexOf('\r\n\r\n') + 4))).toEqual({
      error: {
        code: 'invalid_input',
        message: expect.stringMatching(/^the request is malformed and was not read/),
      },
    });
    const huge = await raw(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(huge).toMatch(/^HTTP\/1\.1 431 /);
    expect(huge).toContain('"code":"too_large"');
  });
});
