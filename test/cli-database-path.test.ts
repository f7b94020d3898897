import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

// A mistyped database path must not look like an empty database (data loss at 2 a.m.): the folder is made only
// when asked for.
const dir = mkdtempSync(join(tmpdir(), 'debrief-dbpath-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a SQLite database in a folder that does not exist', () => {
  it('is an error naming the folder and the way to create it, and nothing is created', async () => {
    const folder = join(dir, 'no', 'such');
    const result = await runCli(['--db', `sqlite:${join(folder, 'x.db')}`, 'list']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `debrief: cannot open the database ${join(folder, 'x.db')}: its folder ${folder} does not exist; check the path, or create it with \`debrief db init\` (or --create)\n`,
    );
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });

  it('is created by `db init`, or by any verb with --create', async () => {
    const initialised = await runCli(['--db', `sqlite:${join(dir, 'a', 'x.db')}`, 'db', 'init']);
    expect(initialised.stdout).toMatch(/\(sqlite\) is ready\n$/);
    expect(existsSync(join(dir, 'a', 'x.db'))).toBe(true);
    const created = await runCli(['--create', '--db', `sqlite:${join(dir, 'b', 'x.db')}`, 'list']);
    expect(created.code).toBe(0);
    expect(created.stdout).toBe('no incidents\n');
  });
});
