import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

// Trial 12g G-23/G-38: `-o` pointing at a folder or at nothing printed the whole report first, then failed with
// "ENOTDIR"/"ENOENT" and left a hidden full copy (".tmp-PID") behind.
const dir = mkdtempSync(join(tmpdir(), 'debrief-report-out-'));
const env = { DEBRIEF_DB: `sqlite:${join(dir, 'db.sqlite')}` };
let id = '';

beforeAll(async () => {
  const created = await runCli(
    ['new', '--title', 'Checkout errors', '--severity', 'SEV3', '--service', 'checkout', '--json'],
    { env },
  );
  expect(created.code).toBe(0);
  id = JSON.parse(created.stdout).id as string;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('report -o', () => {
  it('refuses a folder, a missing folder and an empty name before it renders, and leaves nothing behind', async () => {
    const out = join(dir, 'out');
    mkdirSync(out);
    for (const [target, said] of [
      [`${out}/`, 'is a folder: give a file name in it'],
      [out, 'is a folder: give a file name in it'],
      [join(dir, 'missing', 'x.md'), `the folder ${join(dir, 'missing')} does not exist`],
      ['', '-o needs a file name'],
    ] as const) {
      const result = await runCli(['report', id, '--format', 'md', '-o', target], { env });
      expect(result.code, target).toBe(2);
      expect(result.stderr).toContain(said);
      expect(result.stderr).not.toMatch(/ENOTDIR|ENOENT|\n\s+at /);
    }
    expect(readdirSync(out)).toEqual([]);
    expect(readdirSync(dir).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('writes the report to a file in a folder that exists', async () => {
    const file = join(dir, 'report.md');
    const result = await runCli(['report', id, '-o', file], { env });
    expect(result.code).toBe(0);
    expect(readdirSync(dir)).toContain('report.md');
  });
});
