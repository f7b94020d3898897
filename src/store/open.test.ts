import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DebriefError } from '../domain/index.js';
import { openStore } from './open.js';
import { incidentInput } from './test-support/factories.js';

const ctx = { actor: 'tester' };
const dir = mkdtempSync(join(tmpdir(), 'debrief-open-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failure(promise: Promise<unknown>): Promise<DebriefError> {
  try {
    await promise;
  } catch (error) {
    return error as DebriefError;
  }
  throw new Error('expected the promise to reject');
}

describe('openStore', () => {
  it('refuses a URL it does not know, naming it and the accepted forms', async () => {
    const error = await failure(openStore('mysql://db.example/debrief'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('mysql://db.example/debrief');
    expect(error.message).toContain('sqlite:PATH');
    expect(error.message).toContain('postgres://');
    expect((await failure(openStore('sqlite:'))).code).toBe('invalid_input');
  });

  it('reports a PostgreSQL server it cannot reach as unavailable, naming the host and port it tried', async () => {
    const error = await failure(openStore('postgres://postgres@127.0.0.1:1/debrief'));
    expect(error.code).toBe('unavailable');
    expect(error.message).toContain('127.0.0.1:1');
  });

  it('reports a missing PostgreSQL database as unavailable, naming the server', async () => {
    const error = await failure(openStore('postgresql://postgres@127.0.0.1:5432/debrief_no_such_database'));
    expect(error.code).toBe('unavailable');
    expect(error.message).toContain('127.0.0.1:5432');
    expect(error.message).toContain('debrief_no_such_database');
  });

  it('creates a SQLite file on first use, relative to the current directory, and its folders only when asked', async () => {
    const path = join(dir, 'nested', 'deeper', 'first.db');
    await expect(openStore(`sqlite:${relative(process.cwd(), path)}`)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining(`its folder ${join(dir, 'nested', 'deeper')} does not exist`),
    });
    expect(existsSync(join(dir, 'nested'))).toBe(false);
    const store = await openStore(`sqlite:${relative(process.cwd(), path)}`, { createFolder: true });
    await store.migrate();
    await store.incidents.create(incidentInput(), ctx);
    await store.close();
    expect(existsSync(path)).toBe(true);
    const again = await openStore(`sqlite:${relative(process.cwd(), join(dir, 'second.db'))}`);
    await again.migrate();
    await again.close();
    expect(existsSync(join(dir, 'second.db'))).toBe(true);
  });

  it('opens an in-memory SQLite database that forgets everything on close', async () => {
    const store = await openStore('sqlite::memory:');
    await store.migrate();
    await store.incidents.create(incidentInput(), ctx);
    expect(await store.incidents.count()).toBe(1);
    await store.close();
    const again = await openStore('sqlite::memory:');
    await again.migrate();
    expect(await again.incidents.count()).toBe(0);
    await again.close();
  });
});

describe('openStore on a path that is not a database', () => {
  it('reports a file that is not SQLite as unavailable, naming it', async () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'these are not the tables you are looking for\n'.repeat(100));
    const error = await failure(openStore(`sqlite:${path}`));
    expect(error.code).toBe('unavailable');
    expect(error.message).toContain(path);
  });
});
