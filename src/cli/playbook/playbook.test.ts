import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'debrief-playbook-'));
const env = { DEBRIEF_DB: `sqlite:${join(dir, 'playbook.db')}` };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('debrief playbook', () => {
  it('explains the glossary entry for a Go deadlock from its log line', async () => {
    const result = await runCli(
      ['playbook', 'glossary', 'fatal error: all goroutines are asleep - deadlock!'],
      { env },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Go deadlock \(go\)\n/);
    expect(result.stdout).toContain('In plain words: Parts of the program waited on each other forever');
  });

  it('prints the script as a template with placeholders when no incident is given', async () => {
    const result = await runCli(['playbook', 'script'], { env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Opening statement\n/);
    expect(result.stdout).toContain('This is the review of "[incident title]", a [severity] incident');
    expect(result.stdout).toContain('Mid-meeting reminder');
    expect(result.stdout).toContain('- [action item] ([owner], due [date])');
  });

  it('plans an agenda of the length asked for, and refuses a length that is no number of minutes', async () => {
    const result = await runCli(['playbook', 'agenda', '--severity', 'sev3', '--minutes', '30'], { env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Review agenda for a SEV3 incident \(30 minutes\)/);
    const bad = await runCli(['playbook', 'agenda', '--minutes', 'an hour'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '--minutes: expected a whole number of minutes from 1 to 1440, got "an hour"',
    );
    const ignored = await runCli(['playbook', 'objections', '--minutes', '30'], { env });
    expect(ignored.code).toBe(2);
    expect(ignored.stderr).toContain('--minutes sizes the agenda and the script only');
  });

  it('refuses, for the agenda and the script alike, a length shorter than a minute a phase', async () => {
    for (const topic of ['agenda', 'script']) {
      const short = await runCli(['playbook', topic, '--minutes', '1'], { env });
      expect(short.code).toBe(2);
      expect(short.stdout).toBe('');
      expect(short.stderr).toBe(
        "debrief: --minutes: 1 minute cannot give each of the agenda's 6 phases a minute: plan at least 6 minutes.\n",
      );
    }
  });

  it('warns on stderr, for the agenda and the script alike, when the planned review is shorter than 30 minutes', async () => {
    for (const topic of ['agenda', 'script']) {
      const result = await runCli(['playbook', topic, '--minutes', '20'], { env });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toMatch(/^debrief: warning: A review of 20 minutes is less than the 30 minutes/);
    }
  });

  it('shows what the playbook holds when no topic is given, instead of a usage error', async () => {
    const result = await runCli(['playbook'], { env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Usage: debrief playbook \[options\] \[topic\]/);
    expect(result.stdout).toContain('nuance topics:');
  });

  it('prints the guidance on tone for a topic', async () => {
    const result = await runCli(['playbook', 'nuance', 'across-cultures'], { env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Across cultures\n- /);
  });

  it('lists the phases, categories, roles and nuance topics in its help', async () => {
    const result = await runCli(['playbook', '--help'], { env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      '--phase:\n    ground-rules, timeline, factors, went-well, actions, close',
    );
    expect(result.stdout).toMatch(/--category:\n {4}code-review, .*training\n/);
    expect(result.stdout).toContain(
      '--role:\n    engineer, senior-engineer, manager, executive; engineer also as developer, sre, qa;',
    );
    expect(result.stdout).toMatch(
      /nuance topics:\n {4}executives, senior-engineer-feels-accused, across-cultures/,
    );
  });

  it('refuses an option the topic would ignore, in one line', async () => {
    const result = await runCli(['playbook', 'objections', '--category', 'training'], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'debrief: --category filters the probing questions only; run `debrief playbook questions --category training`\n',
    );
  });

  it('rejects an unknown topic with the accepted ones', async () => {
    const result = await runCli(['playbook', 'jokes'], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'debrief: unknown playbook topic "jokes"; expected one of script, agenda, objections, questions, glossary, nuance\n',
    );
    const typo = await runCli(['playbook', 'scrip'], { env });
    expect(typo.stderr).toContain('unknown playbook topic "scrip" (did you mean script?)');
    const empty = await runCli(['playbook', 'glossary', ''], { env });
    expect([empty.code, empty.stderr]).toEqual([
      2,
      'debrief: glossary: the term is empty; give a word to look up, or none to list every term\n',
    ]);
  });

  it('takes a topic in any case, as it takes --phase, --role and a nuance topic', async () => {
    const capitalised = await runCli(['playbook', 'Script'], { env });
    expect(capitalised.code, capitalised.stderr).toBe(0);
    expect(capitalised.stdout).toMatch(/^Opening statement\n/);
  });

  it('refuses an empty --incident instead of printing the template', async () => {
    const empty = await runCli(['playbook', 'script', '--incident', ''], { env });
    expect([empty.code, empty.stdout, empty.stderr]).toEqual([
      2,
      '',
      'debrief: --incident: expected an incident id such as INC-7K3M9QX2 (leave out --incident for a template), got ""\n',
    ]);
    const blank = await runCli(['playbook', 'agenda', '--incident', ' '], { env });
    expect(blank.code).toBe(2);
    expect(blank.stderr).toMatch(/^debrief: --incident: expected an incident id/);
  });

  it('never reads a blameful factor or action aloud: its rewrite, or a note that it needs rewording', async () => {
    const created = await runCli(['new', '--title', 'Migration missed', '--severity', 'SEV3', '--json'], {
      env,
    });
    expect(created.code, created.stderr).toBe(0);
    const { id } = JSON.parse(created.stdout) as { id: string };
    for (const [flag, title] of [
      ['factors', 'Bob forgot to run the migration'],
      ['actions', 'Retrain Bob on the deploy process'],
    ] as const) {
      const added =
        flag === 'factors'
          ? await runCli(['factors', 'add', id, '-t', title, '-c', 'training'], { env })
          : await runCli(['actions', 'add', id, '-t', title, '--owner', 'Ops', '--due', '2099-01-05'], {
              env,
            });
      expect(added.code, added.stderr).toBe(0);
    }
    const result = await runCli(['playbook', 'script', '--incident', id, '--json'], { env });
    expect(result.code, result.stderr).toBe(0);
    const { closing } = JSON.parse(result.stdout) as { closing: { text: string; missing: string[] } };
    expect(closing.text).toContain('\n- The migration step did not run\n');
    expect(closing.text).toMatch(
      /\n- \(this action needs rewording before it is read aloud: "Retrain": [^\n]+\) — Ops, /,
    );
    expect(closing.text).not.toMatch(/forgot|Retrain Bob/);
    expect(closing.missing).toContain(
      'a blameless wording for "Bob forgot to run the migration" on the incident',
    );
    const agenda = await runCli(['playbook', 'agenda', '--incident', id], { env });
    expect(agenda.stderr).toMatch(/debrief: hint \(the agenda quotes this\): "[^"]*forgot[^"]*"/);
    // The hints are about what the agenda prints: an owned action with a date is not in it, so it is not hinted.
    expect(agenda.stdout).not.toContain('Retrain Bob');
    expect(agenda.stderr).not.toContain('Retrain');
  });
});

describe('debrief playbook objections --role', () => {
  it('lists only the objections the role typically raises, taking the role in any case', async () => {
    const result = await runCli(['playbook', 'objections', '--role', 'Executive'], { env });
    expect(result.code, result.stderr).toBe(0);
    const raised = result.stdout.match(/^ {2}Usually raised by .+\.$/gm) ?? [];
    expect(raised.length).toBeGreaterThan(3);
    for (const line of raised) expect(line).toContain('an executive');
    expect(result.stdout).not.toContain('Surely we have to understand what it was');
  });

  it('says that --role is for the objections when given with another topic', async () => {
    const result = await runCli(['playbook', 'script', '--role', 'manager'], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'debrief: --role filters the objections only; run `debrief playbook objections --role manager`\n',
    );
  });

  it('names the roles when the role is unknown', async () => {
    const result = await runCli(['playbook', 'objections', '--role', 'intern'], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'debrief: --role: unknown role "intern"; expected one of engineer, senior-engineer, manager, executive or a title such as cto, head of engineering, tech lead or engineering manager (any case; `debrief playbook --help` lists every name)\n',
    );
  });
});

describe('debrief playbook agenda --incident', () => {
  it("lists each phase's questions, the incident's own factor categories first, and how to see the rest", async () => {
    const created = await runCli(['new', '--title', 'Pool exhausted', '--severity', 'SEV3', '--json'], {
      env,
    });
    const { id } = JSON.parse(created.stdout) as { id: string };
    await runCli(['factors', 'add', id, '-t', 'The pool size was a default', '-c', 'capacity'], { env });
    const result = await runCli(['playbook', 'agenda', '--incident', id], { env });
    expect(result.code, result.stderr).toBe(0);
    const factors = result.stdout.split('\nContributing factors\n')[1]?.split(/\n(?! )/)[0] ?? '';
    expect(factors).toContain('  Questions to ask:\n    - ');
    expect(factors).toMatch(/\(\d+ more: debrief playbook questions --phase factors\)/);
    // Questions about categories this incident has no factor in stay out of its agenda.
    expect(factors).not.toContain('What context did the reviewer have');
    expect(factors).not.toContain('How were the alert thresholds chosen');
    expect(factors).toContain('How much headroom did we have before the incident');
  });
});

describe('debrief playbook for the meeting booked', () => {
  it('prepares the next review rather than a past 5-minute one, says which, and warns about a short booking', async () => {
    const created = await runCli(['new', '--title', 'Queue stalled', '--severity', 'sev2', '--json'], {
      env,
    });
    const { id } = JSON.parse(created.stdout) as { id: string };
    const past = await runCli(['review', 'schedule', id, '--at', '2020-01-07T09:00:00Z', '--minutes', '5'], {
      env,
    });
    expect(past.code, past.stderr).toBe(0);
    expect(past.stderr).toMatch(/^debrief: warning: The review is booked for 5 minutes, less than the 30/);
    const onlyPast = await runCli(['playbook', 'agenda', '--incident', id], { env });
    expect(onlyPast.code, onlyPast.stderr).toBe(0);
    expect(onlyPast.stdout).toContain(
      'No review is upcoming: this is for the most recent one, on Tuesday 7 January 2020 at 09:00 UTC (5 minutes).',
    );
    expect(onlyPast.stderr).toContain('debrief: warning: The review is booked for 5 minutes');
    const next = await runCli(['review', 'schedule', id, '--at', '2099-03-10T15:00:00Z', '--minutes', '45'], {
      env,
    });
    expect(next.code, next.stderr).toBe(0);
    const script = await runCli(['playbook', 'script', '--incident', id], { env });
    expect(script.code, script.stderr).toBe(0);
    expect(script.stdout).toMatch(
      /^For the review on Tuesday 10 March 2099 at 15:00 UTC \(45 minutes\), the next one booked\.\n\nOpening statement\n/,
    );
    expect(script.stdout).toContain('We have 45 minutes.');
    expect(script.stderr).toBe('');
  });

  it('counts "two weeks after this meeting" from the meeting, whether it is long past or far ahead', async () => {
    const created = await runCli(['new', '--title', 'Cache cold start', '--severity', 'SEV2', '--json'], {
      env,
    });
    const { id } = JSON.parse(created.stdout) as { id: string };
    await runCli(['review', 'schedule', id, '--at', '2020-01-07T09:00:00Z'], { env });
    const past = await runCli(['playbook', 'script', '--incident', id], { env });
    expect(past.code, past.stderr).toBe(0);
    expect(past.stdout).toContain(
      "I'd suggest two weeks after this meeting, which would have been Tuesday 21 January 2020 and is already behind us, so as soon as we can.",
    );
    const pastAgenda = await runCli(['playbook', 'agenda', '--incident', id], { env });
    expect(pastAgenda.stdout).toContain(
      'two weeks after this meeting (Tuesday 21 January 2020, already behind us: book it as soon as you can)',
    );
    await runCli(['review', 'schedule', id, '--at', '2099-03-10T15:00:00Z'], { env });
    const ahead = await runCli(['playbook', 'agenda', '--incident', id], { env });
    expect(ahead.stdout).toContain(
      'Book the follow-up review: for a SEV2 incident, two weeks after this meeting (around Tuesday 24 March).',
    );
  });
});

describe('debrief playbook script --review', () => {
  it('closes a follow-up review with where the actions stand and the next check, not the first review’s read-back', async () => {
    const created = await runCli(['new', '--title', 'Disk filled', '--severity', 'SEV1', '--json'], { env });
    const { id } = JSON.parse(created.stdout) as { id: string };
    await runCli(['review', 'schedule', id, '--at', '2099-03-02T10:00:00Z'], { env });
    const done = await runCli(
      ['actions', 'add', id, '-t', 'Alert on disk use', '--due', '2099-03-05', '--json'],
      {
        env,
      },
    );
    const { id: doneId } = JSON.parse(done.stdout) as { id: string };
    await runCli(['actions', 'done', doneId], { env });
    await runCli(['actions', 'add', id, '-t', 'Rotate the logs', '-o', 'Ana Lima', '--due', '2099-03-06'], {
      env,
    });
    const booked = await runCli(
      ['review', 'schedule', id, '--kind', 'follow-up', '--at', '2099-03-09T10:00:00Z', '--json'],
      { env },
    );
    const { id: reviewId } = JSON.parse(booked.stdout) as { id: string };
    const result = await runCli(['playbook', 'script', '--incident', id, '--review', reviewId], { env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^For the follow-up review on Monday 9 March 2099 at 10:00 UTC \(half an hour\)\.\n/,
    );
    expect(result.stdout).toContain("This is the follow-up: we're here to check each action we agreed");
    expect(result.stdout).toContain('Done:\n- Alert on disk use\n');
    expect(result.stdout).toContain(
      'Past their date:\n- Rotate the logs, due Friday 6 March: what got in the way, and what would help it land?\n',
    );
    expect(result.stdout).toContain("For a SEV1 incident I'd suggest one week, around Monday 16 March.");
    expect(result.stdout).not.toContain('Let me read back what we found and what we agreed.');
  });

  it('names the incident’s meetings when the one asked for is not among them', async () => {
    const created = await runCli(['new', '--title', 'DNS flapped', '--severity', 'SEV3', '--json'], { env });
    const { id } = JSON.parse(created.stdout) as { id: string };
    const result = await runCli(['playbook', 'script', '--incident', id, '--review', 'REV-NOPE'], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `debrief: --review: ${id} has no meeting "REV-NOPE"; none is booked (\`debrief review schedule\`)\n`,
    );
  });
});
