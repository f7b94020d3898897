import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'debrief-actions-'));
const env = { DEBRIEF_DB: `sqlite:${join(dir, 'actions.db')}` };
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cli = (...args: string[]) => runCli(args, { env });

describe('debrief actions add', () => {
  let incident = '';
  beforeAll(async () => {
    const created = await cli('new', '-t', 'Checkout timed out', '-s', 'SEV3', '--json');
    expect(created.code, created.stderr).toBe(0);
    incident = JSON.parse(created.stdout).id;
  });

  it('refuses an empty owner, naming the option, as it refuses an empty title', async () => {
    for (const owner of ['', '  ']) {
      const result = await cli(
        'actions',
        'add',
        incident,
        '-t',
        'Add a pool alert',
        '-o',
        owner,
        '-d',
        '2999-12-30',
      );
      expect([result.code, result.stdout]).toEqual([2, '']);
      expect(result.stderr).toBe(
        `debrief: --owner: expected a name, got ${JSON.stringify(owner)}; leave out -o, --owner for an action with no owner yet\n`,
      );
    }
    const listed = await cli('actions', 'list', incident, '--json');
    expect(JSON.parse(listed.stdout)).toEqual([]);
  });

  it('adds an action with no owner yet when -o is left out', async () => {
    const added = await cli(
      'actions',
      'add',
      incident,
      '-t',
      'Add a pool alert',
      '-d',
      '2999-12-30',
      '--json',
    );
    expect(added.code, added.stderr).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ title: 'Add a pool alert', owner: '' });
  });
});
