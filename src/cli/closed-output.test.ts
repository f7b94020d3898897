import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const loader = pathToFileURL(resolve(root, 'node_modules/tsx/dist/loader.mjs')).href;
const dir = mkdtempSync(join(tmpdir(), 'debrief-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('output to a reader that stops early', () => {
  it('ends quietly when `head` closes the pipe', () => {
    // Enough findings that the output outgrows the pipe's buffer after head has gone.
    const sentence = 'Bob forgot to run the migration before the deploy.\n\n';
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, `notes-${i}.md`), sentence.repeat(60));
    const main = resolve(root, 'src/cli/main.ts');
    const result = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" --import "${loader}" "${main}" lint "${dir}" | head -n 1`],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 },
    );
    expect(result.stdout).toMatch(/notes-\d+\.md:1:5 /);
    expect(result.stderr).toBe('');
  });
});
