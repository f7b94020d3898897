import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

// Closure measured as a user runs it: actions closed on given days, then `actions stats` as text and JSON.
const dir = mkdtempSync(join(tmpdir(), 'debrief-closure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// PostgreSQL is covered below the CLI (store contract and the API's test); the subprocess runs on SQLite.
const targets = [
  { name: 'SQLite', make: async () => ({ url: `sqlite:${join(dir, 'closure.db')}`, drop: async () => {} }) },
];

describe.each(targets)('debrief actions stats on $name', (target) => {
  let env: Record<string, string>;
  const cli = (...args: string[]) => runCli(args, { env });
  const created = async (...args: string[]) => JSON.parse((await cli(...args, '--json')).stdout).id as string;
  beforeAll(async () => {
    const db = await target.make();
    env = { DEBRIEF_DB: db.url };
    return db.drop;
  });

  it('counts outcomes, keeps the day each action closed, and names the actions past their target', async () => {
    const sev1 = await created(
      'new',
      '-t',
      'Checkout returned 503s',
      '-s',
      'SEV1',
      '--impact-start',
      '2026-03-01T10:00:00Z',
    );
    const sev3 = await created(
      'new',
      '-t',
      'Search slow',
      '-s',
      'SEV3',
      '--impact-start',
      '2026-03-01T10:00:00Z',
    );
    const canary = await created(
      'actions',
      'add',
      sev1,
      '-t',
      'Add a canary stage',
      '-o',
      'Priya',
      '-d',
      '2099-03-20',
    );
    const alert = await created(
      'actions',
      'add',
      sev1,
      '-t',
      'Alert on pool use',
      '-o',
      'Sam',
      '-d',
      '2026-03-10',
    );
    const runbook = await created('actions', 'add', sev1, '-t', 'Rollback runbook', '--type', 'process');
    await created('actions', 'add', sev3, '-t', 'Index the orders table', '-d', '2026-03-05');

    const today = new Date().toISOString().slice(0, 10);
    // Done before it was written down (a write-up typed later): taken, with a note naming both days.
    const early = await cli('actions', 'done', canary, '--on', '2026-03-15', '--json');
    expect(early.code).toBe(0);
    expect(JSON.parse(early.stdout)).toMatchObject({ status: 'done', closedOn: '2026-03-15' });
    expect(early.stderr).toBe(
      `debrief: note: ${canary} is closed on 2026-03-15, before it was written down (${today}); its time to close counts as 0 days\n`,
    );

    const late = JSON.parse((await cli('actions', 'done', alert, '--json')).stdout);
    expect(late.closedOn).toBe(today);
    const badDay = await cli('actions', 'drop', runbook, '-r', 'merged', '--on', '2026-02-30');
    expect(badDay.code).toBe(2);
    expect(badDay.stderr).toBe(
      'debrief: --on: "2026-02-30" is no day of the calendar; expected a real date as YYYY-MM-DD\n',
    );
    await cli('actions', 'drop', runbook, '-r', 'merged into the canary work');

    const stats = JSON.parse((await cli('actions', 'stats', '--json')).stdout);
    expect(stats.asOf).toBe(today);
    expect(stats.overall).toEqual({
      total: 4,
      doneOnTime: 1,
      doneLate: 1,
      doneUndated: 0,
      open: 1,
      overdue: 1,
      dropped: 1,
    });
    expect(stats.incidents.map((entry: { incidentId: string }) => entry.incidentId)).toEqual([sev1, sev3]);

    const text = await cli('actions', 'stats', '--target', 'SEV3=none');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Action closure as of');
    expect(text.stdout).toMatch(/Open\s+1 {2}\(1 overdue\)/);
    expect(text.stdout).toContain('SEV1 actions within 30 days: 2 of 2 done in time.');
    expect(text.stdout).not.toContain('SEV3 actions within');

    const one = await cli('actions', 'stats', sev1, '--json');
    expect(JSON.parse(one.stdout).overall.total).toBe(3);
    const badTarget = await cli('actions', 'stats', '--target', 'SEV1:14');
    expect(badTarget.code).toBe(2);
    expect(badTarget.stderr).toContain('debrief: --target: expected SEVERITY=DAYS such as SEV1=30');

    // A team sets its targets once in the project's configuration; flags still win for one run.
    const project = join(dir, `project-${target.name}`);
    mkdirSync(project);
    const config = join(project, 'debrief.config.json');
    writeFileSync(config, JSON.stringify({ closureTargets: { SEV1: 7, SEV3: null } }));
    const configured = await runCli(['actions', 'stats'], { env, cwd: project });
    expect(configured.stdout).toContain('SEV1 actions within 7 days: 2 of 2 done in time.');
    expect(configured.stdout).not.toContain('SEV3 actions within');
    writeFileSync(config, JSON.stringify({ closureTargets: { SEV1: 0 } }));
    const badConfig = await runCli(['actions', 'stats'], { env, cwd: project });
    expect(badConfig.code).toBe(2);
    expect(badConfig.stderr).toBe(
      'debrief: invalid configuration in debrief.config.json: closureTargets.SEV1: expected at least 1 day\n',
    );

    const unknown = await cli('actions', 'stats', 'INC-NOPE');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('INC-NOPE');
  });
});
