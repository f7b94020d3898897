import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../build-server.js';
import { startTestServer, type TestServer, testPasswordCost } from '../test-support/test-server.js';
import { dialects, openTestStore } from '../test-support/test-store.js';

describe.each(dialects)('passwords that are easy to guess, on %s', (dialect) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(dialect);
  });
  afterAll(async () => t?.close());

  const create = (username: string, password: string) =>
    t.asAdmin({
      method: 'POST',
      url: '/api/users',
      payload: { username, name: 'Maria Lopez', password, role: 'editor' },
    });

  it('refuses a common password, a repeated one and the username, saying why', async () => {
    const cases: Array<[string, RegExp]> = [
      ['password12', /most common passwords/],
      ['aaaaaaaaaa', /repeats a few characters/],
      ['mlopez2026!', /contains the username/],
      ['2026zepolm!', /contains the username/],
    ];
    for (const [password, reason] of cases) {
      const response = await create('mlopez', password);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('invalid_input');
      expect(response.json().error.message).toMatch(/^password: the password /);
      expect(response.json().error.message).toMatch(reason);
    }
    expect((await t.accounts.listUsers()).map((u) => u.username)).not.toContain('mlopez');
    expect((await create('mlopez', 'pager at 3am, again')).statusCode).toBe(201);
  });

  it('refuses them when the first admin is set up too', async () => {
    const { database, close } = await openTestStore(dialect);
    const accounts = database.accounts({ passwordCost: testPasswordCost });
    const { store, audit, changes } = database;
    const app = await buildServer({ store, audit, changes, accounts });
    try {
      const token = await accounts.createSetupToken();
      const setup = (password: string) =>
        app.inject({
          method: 'POST',
          url: '/api/setup',
          payload: { token, username: 'root', name: 'Root', password },
        });
      const weak = await setup('letmein123');
      expect(weak.statusCode).toBe(400);
      expect(weak.json().error.message).toMatch(/most common passwords/);
      expect((await setup('a phrase of my own')).statusCode).toBe(201);
    } finally {
      await app.close();
      await close();
    }
  });
});
