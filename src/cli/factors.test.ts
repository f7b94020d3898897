import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import { factorCategories } from '../domain/index.js';
import { categoriesHelp } from './factors.js';

const dir = mkdtempSync(join(tmpdir(), 'debrief-factors-'));
const env = { DEBRIEF_DB: `sqlite:${join(dir, 'factors.db')}` };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('debrief factors help', () => {
  it('lists every contributing-factor category the domain accepts, in its order', () => {
    expect(categoriesHelp.split(', ')).toEqual([...factorCategories]);
  });
});

describe('debrief factors add --category', () => {
  it('takes a category in any case, and asks "did you mean" with the list for an unknown one', async () => {
    const created = await runCli(['new', '-t', 'Deploy stalled', '-s', 'SEV3', '--json'], { env });
    expect(created.code, created.stderr).toBe(0);
    const { id } = JSON.parse(created.stdout) as { id: string };
    const added = await runCli(
      ['factors', 'add', id, '-t', 'No rollback drill', '-c', 'Training', '--json'],
      {
        env,
      },
    );
    expect(added.code, added.stderr).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ category: 'training' });
    const typo = await runCli(['factors', 'add', id, '-t', 'No rollback drill', '-c', 'trainin'], { env });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe(
      `debrief: --category: expected one of ${factorCategories.join(', ')}, got "trainin"; did you mean training?\n`,
    );
  });
});
