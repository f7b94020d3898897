import { request } from 'node:http';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { abortOnDisconnect } from './abort-on-disconnect.js';

describe('abortOnDisconnect', () => {
  it('aborts when the client goes away before the answer, and not after an answer', async () => {
    const app = Fastify();
    const seen: Array<Promise<boolean>> = [];
    app.get('/slow', async (_request, reply) => {
      const { signal, done } = abortOnDisconnect(reply);
      const aborted = new Promise<boolean>((resolve) => {
        signal.addEventListener('abort', () => resolve(true));
        setTimeout(() => resolve(false), 2_000);
      });
      seen.push(aborted);
      await aborted;
      done();
      return 'late';
    });
    app.get('/quick', async (_request, reply) => {
      const { signal } = abortOnDisconnect(reply);
      reply.raw.on('close', () => seen.push(Promise.resolve(signal.aborted)));
      return 'ok';
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = app.server.address() as { port: number };
      const client = request({ port, host: '127.0.0.1', path: '/slow' });
      client.on('error', () => undefined);
      client.end();
      await new Promise((resolve) => setTimeout(resolve, 100));
      client.destroy();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await seen[0]).toBe(true);
      const quick = await fetch(`http://127.0.0.1:${port}/quick`);
      expect(await quick.text()).toBe('ok');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await seen[1]).toBe(false);
    } finally {
      await app.close();
    }
  });
});
