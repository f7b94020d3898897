import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configuredReminders } from './project-reminders.js';

// The reminders settings as a team writes them, secrets from the environment (`${NAME}`).
describe('reminder settings in debrief.config.json', () => {
  const dirs: string[] = [];
  const project = (reminders: object) => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-reminders-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'debrief.config.json'), JSON.stringify({ reminders }));
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const mail = { from: 'debrief@example.com', email: 'ops@example.com' };
  /** `${NAME}` as the configuration file holds it, filled from the environment. */
  const variable = (name: string) => `\${${name}}`;

  it('encodes a password from the environment inside an SMTP URL, whatever characters it has', async () => {
    const dir = project({
      ...mail,
      smtp: `smtp://debrief:${variable('SMTP_PASSWORD')}@mail.example.com:587`,
    });
    for (const password of ['pa/ss', 'pa#ss', 'pa?ss', 'p@ss:w/rd#1%']) {
      const config = await configuredReminders(dir, { SMTP_PASSWORD: password });
      const url = new URL(config?.smtp ?? '');
      expect([url.hostname, decodeURIComponent(url.password)]).toEqual(['mail.example.com', password]);
    }
    // A whole URL from the environment is taken as it is.
    const whole = project({ ...mail, smtp: variable('SMTP_URL') });
    const config = await configuredReminders(whole, { SMTP_URL: 'smtps://u:p%2Fw@mail.example.com' });
    expect(config?.smtp).toBe('smtps://u:p%2Fw@mail.example.com');
  });

  it('says how to write a password typed in the file, and the range of dueSoonDays', async () => {
    await expect(
      configuredReminders(project({ ...mail, smtp: 'smtp://debrief:pa%ss@mail.example.com' }), {}),
    ).rejects.toThrow('reminders.smtp: the SMTP user name or password has a % that starts no escape');
    await expect(
      configuredReminders(project({ ...mail, smtp: 'smtp://debrief:pa/ss@mail.example.com' }), {}),
    ).rejects.toThrow('write / # ? @ : % as %2F %23 %3F %40 %3A %25');
    await expect(
      configuredReminders(project({ slack: 'https://hooks.example.com/x', dueSoonDays: 400 }), {}),
    ).rejects.toThrow('reminders.dueSoonDays: expected a whole number of days from 0 to 90');
  });
});
