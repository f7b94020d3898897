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
