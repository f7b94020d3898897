import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

// Every verb that writes text points out blameful wording on stderr as it is saved (the web does it as people
// type), instead of leaving it to be found when an exec report is refused. A hint: the text is saved either way.
const dir = mkdtempSync(join(tmpdir(), 'debrief-hints-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { DEBRIEF_DB: `sqlite:${join(dir, 'hints.db')}` };
const cli = (...args: string[]) => runCli(args, { env });

describe('blame hints as text is written', () => {
  let incident = '';
  beforeAll(async () => {
    const created = await cli(
      'new',
      '-t',
      'Bob forgot to bump the tokio worker_threads so payments stalled',
      '-s',
      'sev1',
      '--json',
    );
    expect(created.code, created.stderr).toBe(0);
    incident = JSON.parse(created.stdout).id;
    expect(created.stderr).toMatch(/^debrief: hint: "forgot to bump/m);
  });

  it('hints on a new incident, an action and a timeline event, and saves each', async () => {
    const action = await cli(
      'actions',
      'add',
      incident,
      '-t',
      'Make Bob double-check every worker_threads change',
      '-o',
      'Bob',
    );
    expect(action.code, action.stderr).toBe(0);
    expect(action.stdout).toMatch(/^added ACT-/);
    expect(action.stderr).toMatch(/^debrief: hint: "Make Bob double-check/m);
    const event = await cli(
      'timeline',
      'add',
      incident,
      '--at',
      '2026-03-04T14:02:00Z',
      '-m',
      'Bob forgot to check the p95 dashboard',
    );
    expect(event.code, event.stderr).toBe(0);
    expect(event.stderr).toMatch(/^debrief: hint: "forgot to check/m);
    const clean = await cli(
      'actions',
      'add',
      incident,
      '-t',
      'Alert when worker threads are saturated',
      '-o',
      'Bob',
    );
    expect(clean.stderr).toBe('');
    // Every finding of a sentence is hinted, as the report gate lists them, not only its strongest.
    const factor = await cli(
      'factors',
      'add',
      incident,
      '-c',
      'code-review',
      '-t',
      'Two people should have caught this; the reviewer was careless.',
    );
    expect(factor.code, factor.stderr).toBe(0);
    expect(factor.stderr).toMatch(/^debrief: hint: "should have caught"/m);
    expect(factor.stderr).toMatch(/^debrief: hint: "careless"/m);
  });

  it('reads a participant whose name is made of words as a person in an action or a factor (trial 12h A-5)', async () => {
    const joined = await cli('participants', 'add', incident, '--name', 'Will May', '--role', 'responder');
    expect(joined.code, joined.stderr).toBe(0);
    const action = await cli(
      'actions',
      'add',
      incident,
      '-t',
      'Remind Will May to run the load test before every release',
      '-o',
      'Platform team',
    );
    expect(action.code, action.stderr).toBe(0);
    expect(action.stderr).toMatch(/^debrief: hint: "Remind Will May/m);
    const factor = await cli(
      'factors',
      'add',
      incident,
      '-c',
      'deploy-release',
      '-t',
      'Will May was careless with the rollout',
    );
    expect(factor.code, factor.stderr).toBe(0);
    expect(factor.stderr).toMatch(/^debrief: hint: .*careless/m);
  });

  it('asks when a meeting long past ended, and points out an outcome that names a person', async () => {
    const scheduled = await cli(
      'review',
      'schedule',
      incident,
      '--at',
      '2026-03-06T10:00:00Z',
      '--minutes',
      '60',
      '--json',
    );
    const review = JSON.parse(scheduled.stdout).id as string;
    // Booked long ago: closing it "now" would record a one-hour meeting ending months later.
    const late = await cli('review', 'close', review, '--outcome', 'Bob still has not done the runbook');
    expect(late.code).toBe(2);
    expect(late.stderr).toMatch(
      new RegExp(
        `^debrief: ${review} was booked to end at 2026-03-06T11:00:00Z, \\d+ days ago; say when it ended with --at`,
      ),
    );
    const closed = await cli(
      'review',
      'close',
      review,
      '--at',
      '2026-03-06T11:05:00Z',
      '--outcome',
      'Bob still has not done the runbook',
    );
    expect(closed.code, closed.stderr).toBe(0);
    expect(closed.stderr).toMatch(/^debrief: hint \(the outcome\): it names Bob; say where the work stands/m);
    const other = JSON.parse(
      (await cli('review', 'schedule', incident, '--at', '2026-03-20T10:00:00Z', '--json')).stdout,
    );
    const now = await cli(
      'review',
      'close',
      other.id,
      '--at',
      'now',
      '--outcome',
      'The runbook is written; two alerts remain',
    );
    expect(now.code, now.stderr).toBe(0);
    expect(now.stderr).toBe('');
  });
});
