import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'debrief-business-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the business facts from the command line', () => {
  const env = { DEBRIEF_DB: `sqlite:${join(dir, 'business.db')}` };

  it('records the cost, the SLA and the ask with `new`, edits them as Markdown and exports them', async () => {
    const created = await runCli(
      [
        ...['new', '-t', 'Checkout returned 502s', '-s', 'SEV2', '--json'],
        ...['--cost', 'about €42,000 in failed orders', '--sla-breached'],
        ...['--sla', 'credits owed to 3 Enterprise customers'],
        ...['--ask', 'Approve two weeks of the payments team for the pool work.'],
      ],
      { env },
    );
    expect(created.stderr).toBe('');
    const id = JSON.parse(created.stdout).id as string;

    const shown = await runCli(['show', id, '--json'], { env });
    const { incident } = JSON.parse(shown.stdout);
    expect(incident.impact).toEqual({
      description: '',
      cost: 'about €42,000 in failed orders',
      slaBreached: true,
      sla: 'credits owed to 3 Enterprise customers',
    });
    expect(incident.ask).toBe('Approve two weeks of the payments team for the pool work.');

    // `debrief edit` is the CLI's way to change an incident: the fields are in its Markdown file.
    const editor = join(dir, 'editor.sh');
    writeFileSync(
      editor,
      `#!/bin/sh\nset -e\nsed -i -e 's/^  slaBreached: true$/  slaBreached: false/' -e 's/^Approve two weeks.*/Pause feature work on checkout for two weeks./' "$1"\n`,
    );
    chmodSync(editor, 0o755);
    const edited = await runCli(['edit', id], { env: { ...env, EDITOR: editor, VISUAL: '' } });
    expect(edited.stderr).toBe('');

    const exported = await runCli(['export', id, '--format', 'json'], { env });
    const doc = JSON.parse(exported.stdout);
    expect(doc.impact.slaBreached).toBe(false);
    expect(doc.impact.cost).toBe('about €42,000 in failed orders');
    expect(doc.ask).toBe('Pause feature work on checkout for two weeks.');
  });

  it('names the flag of a bad value', async () => {
    const result = await runCli(['new', '-t', 'T', '-s', 'SEV3', '--cost', 'about\n€42,000'], { env });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('debrief: --cost: expected one line without line breaks');
  });
});
