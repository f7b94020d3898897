import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The rename into place fails here as it would when another process puts a folder at the path meanwhile, after
// the path was checked: the temporary copy, which holds the whole report, must not stay behind (trial 12g G-38).
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    rename: vi.fn(async () => {
      throw Object.assign(new Error('EISDIR: illegal operation on a directory'), { code: 'EISDIR' });
    }),
  };
});

const { writeOutput } = await import('./write-output.js');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('writeOutput', () => {
  it('says which file it could not write, and leaves no temporary copy when the rename fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-write-'));
    dirs.push(dir);
    const file = join(dir, 'report.md');
    await expect(writeOutput('# The whole report', file)).rejects.toThrow(`cannot write ${file}: EISDIR`);
    expect(readdirSync(dir)).toEqual([]);
  });
});
