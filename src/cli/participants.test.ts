import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import { participantRoleMeant, participantRoles } from '../domain/index.js';

const dir = mkdtempSync(join(tmpdir(), 'debrief-participants-'));
const env = { DEBRIEF_DB: `sqlite:${join(dir, 'participants.db')}` };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('participantRoleMeant', () => {
  it('names the role debrief uses for the words people say', () => {
    expect(participantRoleMeant('on-call')).toBe(
      'did you mean responder? (on-call engineers are responders)',
    );
    expect(participantRoleMeant('IC')).toMatch(/^did you mean incident-commander\?/);
    expect(participantRoleMeant('note taker')).toMatch(/^did you mean scribe\?/);
    expect(participantRoleMeant('incident_commander')).toBe('did you mean incident-commander?');
    expect(participantRoleMeant('astronaut')).toBeUndefined();
  });
});

describe('debrief participants add --role', () => {
  it('takes a role in any case, and answers a role word it does not use with the one it means', async () => {
    const created = await runCli(['new', '-t', 'Deploy stalled', '-s', 'SEV3', '--json'], { env });
    expect(created.code, created.stderr).toBe(0);
    const { id } = JSON.parse(created.stdout) as { id: string };
    const added = await runCli(['participants', 'add', id, '-n', 'amara', '--role', 'Scribe'], { env });
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toBe(`added amara (scribe) to ${id}\n`);
    const oncall = await runCli(['participants', 'add', id, '-n', 'ben', '--role', 'on-call'], { env });
    expect(oncall.code).toBe(2);
    expect(oncall.stderr).toBe(
      `debrief: --role: expected one of ${participantRoles.join(', ')}, got "on-call"; did you mean responder? (on-call engineers are responders)\n`,
    );
  });
});
