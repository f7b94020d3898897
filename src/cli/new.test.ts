import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'debrief-new-'));
const env = { DEBRIEF_DB: `sqlite:${join(dir, 'new.db')}` };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function slaBreached(...flag: string[]): Promise<unknown> {
  const created = await runCli(['new', '-t', 'Checkout failed', '-s', 'sev2', ...flag, '--json'], { env });
  expect(created.code, created.stderr).toBe(0);
  return (JSON.parse(created.stdout) as { impact: { slaBreached?: boolean } }).impact.slaBreached;
}

describe('debrief new --sla-breached', () => {
  it('reads yes/no/true/false in any case, and the flag alone as yes', async () => {
    expect(await slaBreached('--sla-breached', 'Yes')).toBe(true);
    expect(await slaBreached('--sla-breached', 'false')).toBe(false);
    expect(await slaBreached('--sla-breached', '--sla', 'credits owed')).toBe(true);
    expect(await slaBreached('--no-sla-breached')).toBe(false);
  });

  it('refuses any other answer with what it expects', async () => {
    const result = await runCli(['new', '-t', 'Checkout failed', '-s', 'sev2', '--sla-breached', 'maybe'], {
      env,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('debrief: --sla-breached: expected yes, no, true or false, got "maybe"\n');
  });
});

// Trial 18e: the numbers executives read first could only be set in a file's front matter.
describe('debrief new --users-affected, --failed-requests', () => {
  it('records the counts as people write them, and refuses words with what it expects', async () => {
    const created = await runCli(
      [
        'new',
        '-t',
        'Emails failed',
        '-s',
        'sev2',
        '--users-affected',
        '38,400',
        '--failed-requests',
        '1912',
        '--json',
      ],
      { env },
    );
    expect(created.code, created.stderr).toBe(0);
    const { impact } = JSON.parse(created.stdout) as {
      impact: { usersAffected: number; failedRequests: number };
    };
    expect(impact).toMatchObject({ usersAffected: 38_400, failedRequests: 1912 });
    const refused = await runCli(['new', '-t', 'Emails failed', '-s', 'sev2', '--users-affected', 'lots'], {
      env,
    });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'debrief: --users-affected: expected a whole number such as 38,400, got "lots"\n',
    );
  });
});

describe('debrief new hints at blame in the impact too (trial 18e)', () => {
  it('points out a blameful impact sentence', async () => {
    const created = await runCli(
      [
        'new',
        '-t',
        'Payments slow',
        '-s',
        'sev4',
        '--impact',
        'The junior engineer on call was too slow to escalate.',
      ],
      { env },
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.stderr).toContain('hint: "was too slow to escalate"');
  });
});
