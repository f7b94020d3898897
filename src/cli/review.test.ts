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

  it('books a review in the past with a warning, and one ahead without', async () => {
    const past = await cli('review', 'schedule', incident, '--at', '2026-11-30T15:00:00Z');
    expect(past.code, past.stderr).toBe(0);
    expect(past.stderr).toMatch(
      /^debrief: warning: the review is booked for 2026-11-30T15:00:00.000Z, which is in the past \(now .+\); if it has not happened yet, reschedule it\n$/,
    );
    const ahead = await cli('review', 'schedule', incident, '--at', '2998-12-21T10:00:00Z');
    expect(ahead.code, ahead.stderr).toBe(0);
    expect(ahead.stderr).toBe('');
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
    expect(late.stderr).toBe(
      'debrief: warning: The follow-up review is booked 6 weeks after the follow-up review on Friday 4 January; the usual interval for a SEV2 incident is two weeks. Actions go unchecked that much longer: book it sooner if you can.\n',
    );
  });

  it('says plainly that a meeting lasts more than 0 minutes', async () => {
    for (const minutes of ['0', '-5', 'ten']) {
      const result = await cli(
        'review',
        'schedule',
        incident,
        '--at',
        '2999-01-01T10:00:00Z',
        '--minutes',
        minutes,
      );
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `debrief: --minutes: expected a whole number of minutes above 0, got ${JSON.stringify(minutes)}\n`,
      );
    }
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
    const shown = await cli('review', 'list', incident, '--json');
    expect(JSON.parse(shown.stdout)[0]).toMatchObject({
      outcome: expect.stringContaining('alerting migration'),
    });
  });
});
