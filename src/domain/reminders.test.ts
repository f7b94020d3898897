import { describe, expect, it } from 'vitest';
import { type ReminderAction, reminderDigests, reminderDue, weekdayOf } from './reminders.js';
import { remindersConfigSchema } from './reminders-config.js';

const incident = { id: 'INC-1', title: 'Checkout returned 503s', restricted: false };
const secret = { id: 'INC-2', title: 'Card numbers in logs', restricted: true };
function action(id: string, owner: string, dueDate: string | undefined, extra: Partial<ReminderAction> = {}) {
  return { id, title: `Action ${id}`, owner, status: 'open', dueDate, incident, ...extra } as ReminderAction;
}

describe('reminderDigests', () => {
  const config = remindersConfigSchema.parse({
    smtp: 'smtp://mail.example.com',
    from: 'debrief@example.com',
    dueSoonDays: 3,
    people: {
      'Priya Raghunathan': { email: 'Priya@Example.com', team: 'payments' },
      Sam: { team: 'payments' },
      Lee: {},
    },
    teams: { payments: { slack: 'https://hooks.slack.com/services/T/B/X', email: 'payments@example.com' } },
    slack: 'https://hooks.slack.com/services/T/B/CATCH',
  });

  it('sends owners their own actions, teams their members’, and the rest to the catch-all', () => {
    const digests = reminderDigests(
      [
        action('A1', 'priya raghunathan', '2026-03-09'),
        action('A2', '@Sam', '2026-03-13'),
        action('A3', 'Lee', '2026-03-10'),
        action('A4', '', '2026-03-01'),
        action('A5', 'Sam', '2026-03-14'),
        action('A6', 'Sam', undefined),
        action('A7', 'Sam', '2026-03-01', { status: 'done' }),
        action('A8', 'Sam', '2026-03-01', { status: 'in-progress' }),
        // A team that owns an action by name gets it.
        action('A9', 'Payments', '2026-03-11'),
      ],
      '2026-03-10',
      config,
    );
    const summary = digests.map((digest) => [digest.recipient, digest.items.map((item) => item.actionId)]);
    expect(summary).toEqual([
      ['email:payments@example.com', ['A8', 'A1', 'A9', 'A2']],
      ['email:priya@example.com', ['A1']],
      ['slack:catch-all', ['A4', 'A3']],
      ['slack:team:payments', ['A8', 'A1', 'A9', 'A2']],
    ]);
    const priya = digests.find((digest) => digest.recipient === 'email:priya@example.com');
    expect(priya?.items[0]).toMatchObject({ state: 'overdue', days: 1, owner: 'priya raghunathan' });
    const lee = digests.find((digest) => digest.recipient === 'slack:catch-all')?.items[1];
    expect(lee).toMatchObject({ actionId: 'A3', state: 'due-soon', days: 0 });
  });

  it('names a restricted incident’s action only to its owner', () => {
    const digests = reminderDigests(
      [action('A1', 'Priya Raghunathan', '2026-03-11', { incident: secret })],
      '2026-03-10',
      config,
    );
    const own = digests.find((digest) => digest.recipient === 'email:priya@example.com')?.items[0];
    expect(own).toMatchObject({ incidentTitle: 'Card numbers in logs', actionTitle: 'Action A1' });
    const team = digests.find((digest) => digest.recipient === 'slack:team:payments')?.items[0];
    expect(team).toMatchObject({ incidentId: 'INC-2', incidentTitle: undefined, actionTitle: undefined });
  });

  it('lists an action once when a person’s address is also their team’s', () => {
    const shared = remindersConfigSchema.parse({
      smtp: 'smtp://mail.example.com',
      from: 'debrief@example.com',
      people: { Ana: { email: 'oncall@example.com', team: 'core' } },
      teams: { core: { email: 'ONCALL@example.com' } },
    });
    const digests = reminderDigests([action('A1', 'Ana', '2026-03-10')], '2026-03-10', shared);
    expect(digests).toHaveLength(1);
    expect(digests[0]?.items).toHaveLength(1);
  });

  it('sends nothing when no route reaches an action', () => {
    const bare = remindersConfigSchema.parse({});
    expect(reminderDigests([action('A1', 'Ana', '2026-03-01')], '2026-03-10', bare)).toEqual([]);
  });
});

describe('reminderDue', () => {
  it('is due on configured days from the configured time, in UTC', () => {
    const config = remindersConfigSchema.parse({ sendAt: '09:30' });
    expect(weekdayOf('2026-03-10')).toBe('tue');
    expect(weekdayOf('2026-03-15')).toBe('sun');
    expect(reminderDue(config, '2026-03-10T09:29:59.000Z')).toBe(false);
    expect(reminderDue(config, '2026-03-10T09:30:00.000Z')).toBe(true);
    expect(reminderDue(config, '2026-03-14T10:00:00.000Z')).toBe(false);
    expect(reminderDue(remindersConfigSchema.parse({ days: ['sat'] }), '2026-03-14T10:00:00.000Z')).toBe(
      true,
    );
  });
});

describe('remindersConfigSchema', () => {
  const problem = (value: unknown) => {
    const result = remindersConfigSchema.safeParse(value);
    return result.success
      ? undefined
      : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('refuses a malformed address, a webhook that is not http(s), a time of day and an unknown team', () => {
    expect(problem({ email: 'oncall at example.com' })?.[0]).toBe(
      'email: expected an e-mail address such as oncall@example.com, got "oncall at example.com"',
    );
    expect(problem({ smtp: 'smtp://m', from: 'debrief@', email: 'a@b.c' })).toEqual([
      'from: expected a sender such as "debrief <debrief@example.com>", got "debrief@"',
    ]);
    expect(problem({ smtp: 'mail.example.com:25' })?.[0]).toContain('smtp: expected an SMTP URL');
    expect(problem({ slack: 'hooks.slack.com/services/x' })?.[0]).toContain(
      'slack: expected an http:// or https:// webhook URL',
    );
    expect(problem({ sendAt: '9am' })?.[0]).toBe('sendAt: expected a UTC time of day such as "09:00"');
    expect(problem({ days: ['monday'] })?.[0]).toContain('days.0: expected days among mon, tue');
    expect(problem({ people: { Ana: { team: 'core' } } })).toEqual([
      'people.Ana.team: team "core" is not among "teams"',
    ]);
    expect(problem({ webhook: 'x' })?.[0]).toContain('unknown key "webhook"; accepted keys are sendAt');
  });

  it('needs a mail server and a sender once any address is set', () => {
    expect(problem({ people: { Ana: { email: 'ana@example.com' } } })).toEqual([
      'smtp: e-mail addresses are set, so an SMTP URL is needed',
      'from: e-mail addresses are set, so a sender is needed',
    ]);
    expect(
      problem({
        smtp: 'smtps://user:pw@mail.example.com',
        from: 'debrief <d@example.com>',
        email: 'a@example.com',
      }),
    ).toBeUndefined();
  });
});
