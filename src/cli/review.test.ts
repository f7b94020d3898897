import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'debrief-review-'));
const env = { DEBRIEF_DB: `sqlite:${join(dir, 'review.db')}` };
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cli = (...args: string[]) => runCli(args, { env });

describe('debrief review schedule', () => {
  let incident = '';
  beforeAll(async () => {
    const created = await cli(
      'new',
      '-t',
      'Payments API timed out',
      '-s',
      'SEV2',
      '--impact-start',
      '2026-11-30T09:00:00Z',
      '--json',
    );
    expect(created.code, created.stderr).toBe(0);
    incident = JSON.parse(created.stdout).id;
  });

  it('refuses a review before the incident began, naming both times', async () => {
    const result = await cli('review', 'schedule', incident, '--at', '2026-11-01T10:00:00Z');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'debrief: scheduledAt (2026-11-01T10:00:00.000Z) is before the incident began (2026-11-30T09:00:00.000Z); a review meets after the incident — check the date\n',
    );
  });

  it('books a review in the past with a warning, and one ahead naming the one still booked', async () => {
    const past = await cli('review', 'schedule', incident, '--at', '2026-11-30T15:00:00Z');
    expect(past.code, past.stderr).toBe(0);
    expect(past.stderr).toMatch(
      /^debrief: warning: the review is booked for 2026-11-30T15:00:00.000Z, which is in the past \(now .+\); if it has not happened yet, reschedule it\n$/,
    );
    const pastId = /scheduled (REV-\w+)/.exec(past.stdout)?.[1];
    const ahead = await cli('review', 'schedule', incident, '--at', '2998-12-21T10:00:00Z');
    expect(ahead.code, ahead.stderr).toBe(0);
    // Booking again is how people try to move a meeting: the one still open is named, with how to move it.
    expect(ahead.stderr).toBe(
      `debrief: warning: another review is still booked (${pastId}, at 2026-11-30T15:00:00.000Z); if this one replaces it, cancel that one (debrief delete ${pastId}); to move a meeting, use debrief review reschedule ${pastId} --at TIME\n`,
    );
    // Two weeks after that review: the usual interval for a SEV2, so nothing to say either.
    const followUp = await cli(
      'review',
      'schedule',
      incident,
      '--kind',
      'follow-up',
      '--at',
      '2999-01-04T10:00:00Z',
    );
    expect(followUp.code, followUp.stderr).toBe(0);
    expect(followUp.stderr).toBe('');
  });

  it('books a follow-up later than the usual interval for the severity, and says so plainly', async () => {
    const late = await cli(
      'review',
      'schedule',
      incident,
      '--kind',
      'follow-up',
      '--at',
      '2999-02-15T10:00:00Z',
    );
    expect(late.code, late.stderr).toBe(0);
    expect(late.stdout).toMatch(/^scheduled REV-\w+: follow-up review of /);
    expect(late.stderr).toMatch(
      /^debrief: warning: another follow-up review is still booked \(REV-\w+, at 2999-01-04T10:00:00.000Z\);/,
    );
    expect(late.stderr.split('\n').slice(1).join('\n')).toBe(
      'debrief: warning: The follow-up review is booked 6 weeks after the follow-up review on Friday 4 January; the usual interval for a SEV2 incident is two weeks. Actions go unchecked that much longer: book it sooner if you can.\n',
    );
  });

  it('refuses the same meeting booked twice, and moves one with reschedule', async () => {
    const twice = await cli('review', 'schedule', incident, '--at', '2998-12-21T10:00:00Z');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(
      /^debrief: this review is already booked \(REV-\w+, at 2998-12-21T10:00:00.000Z\); nothing was added\n$/,
    );
    const id = /REV-\w+/.exec(twice.stderr)?.[0] ?? '';
    const moved = await cli(
      'review',
      'reschedule',
      id,
      '--at',
      '2998-12-22T11:30:00+01:00',
      '--minutes',
      '45',
    );
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stdout).toBe(
      `rescheduled ${id}: review of ${incident} at 2998-12-22T10:30:00.000Z for 45 min\n`,
    );
    const listed = JSON.parse((await cli('review', 'list', incident, '--json')).stdout) as {
      id: string;
      scheduledAt: string;
    }[];
    expect(listed.filter((r) => r.id === id).map((r) => r.scheduledAt)).toEqual(['2998-12-22T10:30:00.000Z']);
    // Moved again in time only, it keeps the length it was given.
    const later = await cli('review', 'reschedule', id, '--at', '2998-12-23T10:00:00Z', '--json');
    expect(JSON.parse(later.stdout)).toMatchObject({ durationMinutes: 45 });
    // Moved over another open meeting: done, and said (trial Z-3).
    const other = await cli('review', 'schedule', incident, '--at', '2998-12-24T10:00:00Z', '--json');
    const otherId = (JSON.parse(other.stdout) as { id: string }).id;
    const over = await cli('review', 'reschedule', id, '--at', '2998-12-24T10:30:00Z');
    expect(over.code, over.stderr).toBe(0);
    expect(over.stderr).toContain(
      `debrief: warning: it overlaps the review ${otherId} (at 2998-12-24T10:00:00.000Z, `,
    );
    const nothing = await cli('review', 'reschedule', id);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toBe('debrief: say what changes: --at, --minutes or --location\n');
    const early = await cli('review', 'reschedule', id, '--at', '2026-11-01T10:00:00Z');
    expect(early.code).toBe(2);
    expect(early.stderr).toMatch(/is before the incident began/);
  });

  it("books a review for its severity's whole agenda, and invites each --attendee whole", async () => {
    const booked = await cli(
      'review',
      'schedule',
      incident,
      '--at',
      '2998-12-28T10:00:00Z',
      '--attendee',
      'Whitfield, Dana',
      '--attendee',
      'Ngozi Okafor <ngozi@example.com>',
      '--json',
    );
    expect(booked.code, booked.stderr).toBe(0);
    expect(JSON.parse(booked.stdout)).toMatchObject({
      durationMinutes: 90, // a SEV2 review's agenda
      attendees: ['Whitfield, Dana', 'Ngozi Okafor <ngozi@example.com>'],
    });
    const empty = await cli('review', 'schedule', incident, '--at', '2998-12-29T10:00:00Z', '--attendee', '');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^debrief: --attendee: /);
  });

  it('says plainly how long a meeting may last, in the words the playbook uses, for a length too long too', async () => {
    const said = (minutes: string) =>
      `debrief: --minutes: expected a whole number of minutes from 1 to 1440, got ${JSON.stringify(minutes)}\n`;
    for (const minutes of ['0', '-5', 'ten', '10000']) {
      const result = await cli(
        'review',
        'schedule',
        incident,
        '--at',
        '2999-01-01T10:00:00Z',
        '--minutes',
        minutes,
      );
      expect([result.code, result.stderr]).toEqual([2, said(minutes)]);
    }
    // Reschedule takes --minutes the same way (it printed the schema's "Too big: expected number to be <=1440").
    const moved = await cli('review', 'reschedule', 'REV-AAAAAAAA', '--minutes', '1441');
    expect([moved.code, moved.stderr]).toEqual([2, said('1441')]);
  });
});

describe('debrief review close --outcome', () => {
  it("records a follow-up review's outcome with its end, and warns when it names a person", async () => {
    const created = await cli('new', '-t', 'Queue backlog', '-s', 'SEV3', '--json');
    expect(created.code, created.stderr).toBe(0);
    const incident = JSON.parse(created.stdout).id as string;
    const booked = await cli(
      'review',
      'schedule',
      incident,
      '--kind',
      'follow-up',
      '--at',
      '2026-11-30T10:00:00Z',
      '--json',
    );
    expect(booked.code, booked.stderr).toBe(0);
    const review = JSON.parse(booked.stdout).id as string;
    // Two open actions: one past its date on the meeting's day, one not yet due (trial 26 F11).
    for (const [title, due] of [
      ['Alert on queue depth', '2026-11-20'],
      ['Add a consumer lag runbook', '2026-12-31'],
    ] as const)
      expect((await cli('actions', 'add', incident, '-t', title, '-o', 'Ngozi Chukwu', '-d', due)).code).toBe(
        0,
      );
    const closed = await cli(
      'review',
      'close',
      review,
      '--at',
      '2026-11-30T10:30:00Z',
      '--outcome',
      'Two of three actions done; the paging change waits for the alerting migration.',
    );
    expect(closed.code, closed.stderr).toBe(0);
    expect(closed.stdout).toContain(
      'Outcome: Two of three actions done; the paging change waits for the alerting migration.',
    );
    expect(closed.stdout).toContain('  - Alert on queue depth (Ngozi Chukwu, due 2026-11-20, overdue)');
    expect(closed.stdout).toContain('  - Add a consumer lag runbook (Ngozi Chukwu, due 2026-12-31)');
    const shown = await cli('review', 'list', incident, '--json');
    expect(JSON.parse(shown.stdout)[0]).toMatchObject({
      outcome: expect.stringContaining('alerting migration'),
    });
  });
});
