import { describe, expect, it } from 'vitest';
import { type IncidentDocumentInput, incidentDocumentSchema } from '../domain/index.js';
import {
  agendaFor,
  agendaMinutes,
  defaultBookedMinutes,
  fitAgenda,
  incidentAgenda,
  reviewAgenda,
  suggestedFollowUp,
  workdayFrom,
} from './agenda.js';
import { bookedLengthWarning, meetingChoice, meetingNote } from './meeting.js';
import { objectionResponse } from './objections.js';
import { objections, probingQuestions } from './questions.js';
import { agendaPhases } from './schema.js';
import { closingStatement, openingStatement, reviewScript, spokenDuration } from './script.js';

const incident = (extra: Partial<IncidentDocumentInput> = {}) =>
  incidentDocumentSchema.parse({ id: 'INC-1', title: 'Checkout returned 502s', severity: 'SEV2', ...extra });

describe('the agenda', () => {
  it('runs every phase in order', () => {
    expect(agendaFor('SEV3').map((item) => item.phase)).toEqual([...agendaPhases]);
  });

  it('gives more time to more severe incidents', () => {
    const totals = (['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const).map((sev) => agendaMinutes(agendaFor(sev)));
    expect(totals).toEqual([120, 90, 60, 30]);
  });

  it('gives the follow-up review a half-hour agenda about the actions, whatever the severity', () => {
    for (const severity of ['SEV1', 'SEV4'] as const) {
      const agenda = reviewAgenda('follow-up', severity);
      expect(agendaMinutes(agenda)).toBe(30);
      expect(agenda.map((item) => item.phase)).toEqual(['ground-rules', 'actions', 'factors', 'close']);
    }
    expect(reviewAgenda('review', 'SEV2')).toEqual(agendaFor('SEV2'));
  });

  it('books a meeting for its whole agenda when nobody says how long', () => {
    expect(defaultBookedMinutes('review', 'SEV1')).toBe(120);
    expect(defaultBookedMinutes('review', 'SEV4')).toBe(30);
    expect(defaultBookedMinutes('follow-up', 'SEV1')).toBe(30);
  });
});

describe('the opening statement', () => {
  it('names the incident, its services, severity and impact window', () => {
    const doc = incident({
      services: ['checkout', 'payments'],
      moments: { impactStart: { at: '2026-03-04T14:00:00Z' }, mitigated: { at: '2026-03-04T15:05:00Z' } },
    });
    const opening = openingStatement(doc);
    expect(opening.text).toContain(
      '"Checkout returned 502s", a SEV2 incident that affected checkout and payments',
    );
    expect(opening.text).toContain('with customer impact from Wednesday 4 March at 14:00 UTC to 15:05 UTC.');
    expect(opening.text).toContain('We have an hour and a half.');
    expect(opening.missing).toEqual([]);
  });

  it('opens a follow-up review as a follow-up, for the time it is booked', () => {
    const opening = openingStatement(incident({}), { review: { kind: 'follow-up', durationMinutes: 30 } });
    expect(opening.text).toContain("This is the follow-up: we're here to check each action we agreed");
    expect(opening.text).toContain("We have half an hour. By the end we'll know where each action stands");
    expect(opening.text).not.toContain('one shared timeline');
  });

  it('says in words that the end of the impact is not recorded yet', () => {
    const opening = openingStatement(incident({ moments: { impactStart: { at: '2026-03-04T14:00:00Z' } } }));
    expect(opening.text).toContain(
      "with customer impact from Wednesday 4 March at 14:00 UTC, though we haven't recorded yet when it ended.",
    );
    expect(opening.text).not.toMatch(/not recorded\)|\d{4}-\d\d-\d\d/);
  });

  it('says what is not recorded the way a person would, with no bracketed notes', () => {
    const text = openingStatement(incident()).text;
    expect(text).toContain(
      "This is the review of \"Checkout returned 502s\", a SEV2 incident, though we haven't recorded yet which services it affected. We haven't recorded yet when customers first felt it, so let's pin that down.",
    );
    expect(text).not.toMatch(/\(|not recorded/);
  });

  it('names the facts it could not fill in', () => {
    expect(openingStatement(incident()).missing).toEqual(['affected services', 'impact start']);
  });
});

describe('the closing statement', () => {
  it('reads back findings, actions with owners and dates, and the follow-up date', () => {
    const doc = incident({
      factors: [{ id: 'FAC-1', title: 'No alert on pool saturation', category: 'monitoring-alerting' }],
      actions: [
        {
          id: 'ACT-1',
          title: 'Alert on pool use above 80%',
          owner: 'SRE team',
          dueDate: '2026-03-20',
          factorId: 'FAC-1',
        },
        { id: 'ACT-2', title: 'Load test checkout' },
      ],
      reviews: [{ id: 'REV-1', kind: 'follow-up', scheduledAt: '2026-04-01T15:00:00Z' }],
    });
    const closing = closingStatement(doc);
    expect(closing.text).toContain('- No alert on pool saturation');
    expect(closing.text).toContain('- Alert on pool use above 80% (SRE team, due Friday 20 March)');
    expect(closing.text).toContain("We'll meet again on Wednesday 1 April at 15:00 UTC");
    expect(closing.missing).toEqual([
      'owner for "Load test checkout"',
      'due date for "Load test checkout"',
      'how many customers were affected, for the executive report',
      'what it cost the business and whether a contract (SLA) was missed, for the executive report',
      'what decision or support to ask of executives, or that none is needed',
    ]);
  });

  it('asks for a follow-up date, factors and actions when there are none', () => {
    expect(closingStatement(incident()).missing.slice(0, 3)).toEqual([
      'contributing factors',
      'action items',
      'follow-up review date',
    ]);
  });

  it('reads an action already started as under way (trial 26 F21)', () => {
    const doc = incident({
      actions: [
        {
          id: 'ACT-1',
          title: 'Alert on restarts',
          owner: 'Aiyana',
          status: 'in-progress',
          dueDate: '2099-12-11',
        },
      ],
    });
    expect(closingStatement(doc, { today: '2026-12-07' }).text).toContain(
      '- Alert on restarts (Aiyana, under way, due Friday 11 December 2099)',
    );
  });

  it('asks for the business facts the executive report lacks, and not for those recorded (trial 26 F22)', () => {
    const recorded = incident({
      impact: { description: 'Checkouts failed for 40 minutes.', cost: 'about €20,000', slaBreached: false },
      ask: 'Nothing: the fixes fit this sprint.',
    });
    expect(closingStatement(recorded).missing).not.toEqual(
      expect.arrayContaining([expect.stringContaining('executive')]),
    );
    expect(closingStatement(incident()).missing).toEqual(
      expect.arrayContaining([
        'how many customers were affected, for the executive report',
        'what decision or support to ask of executives, or that none is needed',
      ]),
    );
  });
});

const review = (extra: Record<string, unknown> = {}) => ({
  id: 'REV-1',
  kind: 'review' as const,
  scheduledAt: '2026-03-10T15:00:00Z',
  durationMinutes: 45,
  ...extra,
});

describe('the script fitted to the scheduled review', () => {
  it('states the length the review is booked for, as people say it', () => {
    expect(openingStatement(incident({ reviews: [review()] })).text).toContain('We have 45 minutes.');
    expect(openingStatement(incident({ reviews: [review({ durationMinutes: 60 })] })).text).toContain(
      'We have an hour.',
    );
    expect([30, 120, 50].map(spokenDuration)).toEqual(['half an hour', '2 hours', '50 minutes']);
  });

  it('fits the agenda to the scheduled length, keeping every phase', () => {
    const agenda = incidentAgenda(incident({ reviews: [review()] }));
    expect(agenda.minutes).toBe(45);
    expect(agenda.scheduledAt).toBe('2026-03-10T15:00:00.000Z');
    expect(agenda.items.map((item) => item.phase)).toEqual([...agendaPhases]);
    expect(agenda.items.every((item) => item.minutes >= 1)).toBe(true);
    expect(agendaMinutes(fitAgenda(agendaFor('SEV1'), 7))).toBe(7);
  });

  it('leaves the close five minutes of a meeting of half an hour or more (trial 18b B-11)', () => {
    for (const severity of ['SEV1', 'SEV2', 'SEV3'] as const) {
      const fitted = fitAgenda(agendaFor(severity), 45);
      expect(agendaMinutes(fitted)).toBe(45);
      expect(fitted.find((item) => item.phase === 'close')?.minutes).toBe(5);
    }
    // A SEV4's close is three minutes to begin with; a very short meeting squeezes every phase alike.
    expect(fitAgenda(agendaFor('SEV4'), 30).find((item) => item.phase === 'close')?.minutes).toBe(3);
    expect(fitAgenda(agendaFor('SEV1'), 20).find((item) => item.phase === 'close')?.minutes).toBeLessThan(5);
  });
});

describe('the agenda built from the incident', () => {
  const doc = incident({
    moments: { impactStart: { at: '2026-03-04T14:00:00Z' } },
    timeline: [{ id: 'EVT-1', at: '2026-03-04T14:02:00Z', approximate: true, summary: 'Errors climbed' }],
    factors: [
      { id: 'FAC-1', title: 'No alert on pool saturation', category: 'monitoring-alerting' },
      { id: 'FAC-2', title: 'Nobody on the rota had practised a failover', category: 'training' },
    ],
    actions: [
      {
        id: 'ACT-1',
        title: 'Alert on pool use',
        owner: 'SRE team',
        dueDate: '2026-03-06',
        factorId: 'FAC-1',
      },
      { id: 'ACT-2', title: 'Load test checkout' },
    ],
    reviews: [review()],
  });
  const focus = (phase: string) =>
    incidentAgenda(doc).items.find((item) => item.phase === phase)?.focus ?? [];

  it('asks for the moments the incident does not record and the times it is unsure of', () => {
    expect(focus('timeline')).toContain(
      "The detection time isn't recorded: when and how did we first notice, and what told us?",
    );
    expect(focus('timeline').join('\n')).not.toContain('impact start');
    expect(focus('timeline')).toContain(
      '1 timeline entry has an approximate or unknown time: can we confirm it, and from where?',
    );
  });

  it('asks about each factor with a question for its category', () => {
    expect(focus('factors')[0]).toMatch(/^"No alert on pool saturation" \(Monitoring and alerting\): .+\?$/);
    expect(focus('factors')[1]).toMatch(
      /^"Nobody on the rota had practised a failover" \(Training and practice\)/,
    );
  });

  it('names factors without an action, actions without owner or date, and overdue actions', () => {
    expect(focus('actions')).toEqual([
      'No action addresses "Nobody on the rota had practised a failover" yet.',
      '"Alert on pool use" was due Friday 6 March and is overdue.',
      // One line per action, whatever it lacks (trial 24 read one action twice in a row).
      '"Load test checkout" has no owner and no due date yet.',
    ]);
  });

  it('says an overdue action with no owner in one line', () => {
    const late = incident({
      actions: [{ id: 'ACT-3', title: 'Add a PodDisruptionBudget for CoreDNS', dueDate: '2026-03-02' }],
      reviews: [review()],
    });
    const lines = incidentAgenda(late).items.find((item) => item.phase === 'actions')?.focus ?? [];
    expect(lines.filter((line) => line.includes('PodDisruptionBudget'))).toEqual([
      '"Add a PodDisruptionBudget for CoreDNS" was due Monday 2 March and is overdue, with no owner yet.',
    ]);
  });

  it('reads an action whose title ends in brackets with one aside at the end', () => {
    const doc = incident({
      actions: [
        {
          id: 'ACT-4',
          title: 'Alert on OOM kills (kube_pod_status_reason)',
          owner: 'Kwame Mensah',
          status: 'done',
        },
      ],
    });
    expect(closingStatement(doc).text).toContain(
      '- Alert on OOM kills (kube_pod_status_reason) — Kwame Mensah, already done',
    );
  });

  // Trial 24: the follow-up review's cue named a contributing-factors phase its agenda does not have.
  it('cues the reminder of a follow-up review at its action review', () => {
    const followUp = incident({
      reviews: [{ id: 'REV-9', kind: 'follow-up', scheduledAt: '2026-03-20T15:00:00Z' }],
    });
    const [, reminder] = reviewScript(followUp, { review: followUp.reviews[0] });
    expect(reminder?.cue).toContain('as the room reviews the actions');
    expect(reviewScript(doc)[1]?.cue).toContain('as the room turns to the contributing factors');
  });

  it('suggests when to book the follow-up review', () => {
    expect(focus('close')).toEqual([
      'Book the follow-up review: for a SEV2 incident, two weeks after this meeting (around Tuesday 24 March).',
    ]);
  });

  it('cues the facilitator to restate the blameless rule in the middle of the meeting', () => {
    const factors = agendaFor('SEV3').find((item) => item.phase === 'factors');
    expect(factors?.cue).toMatch(/^Restate the blameless rule/);
  });
});

describe('the closing statement in the room', () => {
  it('names an open action past its due date as overdue on the day of the meeting', () => {
    const doc = incident({
      actions: [
        { id: 'ACT-1', title: 'Alert on pool use', owner: 'SRE team', dueDate: '2026-03-06' },
        { id: 'ACT-2', title: 'Fix the runbook', owner: 'Ops', dueDate: '2026-03-01', status: 'done' },
      ],
      reviews: [review()],
    });
    const closing = closingStatement(doc);
    expect(closing.text).toContain(
      '- Alert on pool use (SRE team, was due Friday 6 March and is now overdue)',
    );
    // A done action is said as done, not read out with its date as if it were pending (trial 23).
    expect(closing.text).toContain('- Fix the runbook (Ops, already done)');
    expect(closing.missing).toContain('new due date for "Alert on pool use" (overdue since Friday 6 March)');
    expect(closingStatement(incident({ actions: doc.actions }), { today: '2026-03-02' }).text).not.toContain(
      'overdue',
    );
  });

  it("speaks from a held meeting's own day: an action due the day after was not overdue there (trial 29)", () => {
    const meeting = { scheduledAt: '2026-03-05T10:00:00Z' };
    const actions = [{ id: 'ACT-1', title: 'Alert on pool use', owner: 'SRE team', dueDate: '2026-03-06' }];
    const held = incident({ actions, reviews: [review({ ...meeting, endedAt: '2026-03-05T11:00:00Z' })] });
    expect(closingStatement(held, { today: '2026-03-20', review: held.reviews[0] }).text).toContain(
      '- Alert on pool use (SRE team, due Friday 6 March)',
    );
    // The same meeting never held, run late, speaks from today.
    const late = incident({ actions, reviews: [review(meeting)] });
    expect(closingStatement(late, { today: '2026-03-20', review: late.reviews[0] }).text).toContain(
      'is now overdue',
    );
  });

  it('checks that the room agrees before it ends', () => {
    const text = closingStatement(incident({ actions: [{ id: 'ACT-1', title: 'Alert on pool use' }] })).text;
    expect(text).toContain('what did we miss?');
    expect(text).toContain('Does everyone agree with the owners and dates');
  });

  it('suggests a follow-up date by severity when none is booked', () => {
    const from = { today: '2026-03-10' };
    expect(closingStatement(incident({ severity: 'SEV1' }), from).text).toContain(
      "For a SEV1 incident I'd suggest one week, around Tuesday 17 March.",
    );
    expect(closingStatement(incident(), from).text).toContain('two weeks, around Tuesday 24 March');
    expect(closingStatement(incident({ severity: 'SEV4' }), from).text).toContain(
      'four weeks, around Tuesday 7 April',
    );
    expect(closingStatement(incident()).text).toContain("For a SEV2 incident I'd suggest two weeks.");
    expect(suggestedFollowUp('SEV3', '2026-03-10')).toEqual({
      days: 28,
      after: 'four weeks',
      date: '2026-04-07',
    });
    // Two weeks after a Saturday meeting is a Saturday: the Monday after is suggested.
    expect(suggestedFollowUp('SEV2', '2026-03-14').date).toBe('2026-03-30');
    expect(suggestedFollowUp('SEV2', '2026-03-15').date).toBe('2026-03-30');
    expect(suggestedFollowUp('SEV2', '2026-03-13').date).toBe('2026-03-27');
    // A day that must stay behind (an overdue date) moves back to the Friday instead.
    expect(workdayFrom('2026-03-14', 'back')).toBe('2026-03-13');
    expect(workdayFrom('2026-03-15', 'back')).toBe('2026-03-13');
    expect(workdayFrom('2026-03-16', 'back')).toBe('2026-03-16');
  });
});

describe('the script as a whole', () => {
  it('reads the opening, the mid-meeting reminder and the closing', () => {
    expect(reviewScript(incident()).map((s) => s.heading)).toEqual([
      'Opening statement',
      'Mid-meeting reminder',
      'Closing statement',
    ]);
  });

  it('is a template with placeholders when there is no incident yet', () => {
    const [opening, , closing] = reviewScript(undefined);
    expect(opening?.text).toContain('This is the review of "[incident title]", a [severity] incident');
    expect(opening?.text).toContain('We have [length of the meeting].');
    expect(closing?.text).toContain('- [action item] ([owner], due [date])');
    expect(closing?.text).toContain(
      '[date of the follow-up review: about one week after a SEV1 review, two weeks after a SEV2, four after a SEV3 or SEV4]',
    );
    expect(opening?.missing).toEqual([]);
  });

  it('speaks naturally: no stiff "Let us …" where people say "let\'s"', () => {
    const spoken = [
      ...reviewScript(undefined),
      ...reviewScript(incident()),
      ...agendaFor('SEV2').map((item) => ({ text: `${item.goal} ${item.cue ?? ''}` })),
    ].map((s) => s.text);
    const answers = objections.flatMap((o) => [o.said, objectionResponse(o), o.redirect]);
    const stiff = [...spoken, ...answers, ...probingQuestions.map((q) => q.text)].filter((text) =>
      /(?:^|[.;:!?,]\s+)let us\b/i.test(text),
    );
    expect(stiff).toEqual([]);
  });
});

describe('the meeting the script and agenda are for', () => {
  const past = review({ id: 'REV-PAST', scheduledAt: '2026-03-02T09:00:00Z', durationMinutes: 5 });
  const next = review({ id: 'REV-NEXT', scheduledAt: '2026-03-12T15:00:00Z', durationMinutes: 45 });
  const now = '2026-03-09T10:00:00Z';

  it('is the next upcoming review, not a past one, and says which', () => {
    const choice = meetingChoice(incident({ reviews: [past, next] }), now);
    expect(choice?.review.id).toBe('REV-NEXT');
    expect(choice?.why).toBe('next');
    expect(meetingNote(incident({ reviews: [past, next] }), now)).toBe(
      'For the review on Thursday 12 March at 15:00 UTC (45 minutes), the next one booked.',
    );
  });

  it('is the one under way while it runs', () => {
    const running = review({ id: 'REV-NOW', scheduledAt: '2026-03-09T09:30:00Z', durationMinutes: 60 });
    expect(meetingChoice(incident({ reviews: [past, running, next] }), now)).toMatchObject({
      review: { id: 'REV-NOW' },
      why: 'in-progress',
    });
  });

  it('is the most recent one when none is upcoming, and says so', () => {
    const earlier = review({ id: 'REV-1', scheduledAt: '2026-02-20T09:00:00Z' });
    const doc = incident({ reviews: [earlier, past] });
    expect(meetingChoice(doc, now)).toMatchObject({ review: { id: 'REV-PAST' }, why: 'latest' });
    expect(meetingNote(doc, now)).toMatch(
      /^No review is upcoming: this is for the most recent one, on Monday 2 March at 09:00 UTC \(5 minutes\)\./,
    );
  });

  it('is the booked follow-up once every review is over, with its own opening, closing and agenda', () => {
    const held = review({
      id: 'REV-PAST',
      scheduledAt: '2026-03-02T09:00:00Z',
      endedAt: '2026-03-02T10:00:00Z',
    });
    const followUp = review({
      id: 'REV-FU',
      kind: 'follow-up',
      scheduledAt: '2026-03-16T15:00:00Z',
      durationMinutes: 30,
    });
    const doc = incident({ reviews: [held, followUp] });
    expect(meetingChoice(doc, now)).toMatchObject({ review: { id: 'REV-FU' }, why: 'next-follow-up' });
    expect(meetingNote(doc, now)).toMatch(
      /^For the follow-up review on Monday 16 March at 15:00 UTC \(half an hour\), the next meeting booked/,
    );
    const [opening, , closing] = reviewScript(doc, { today: now });
    expect(opening?.text).toContain('This is the follow-up');
    expect(closing?.text).toEqual(closingStatement(doc, { today: now, review: doc.reviews[1] }).text);
    expect(incidentAgenda(doc, { today: now })).toMatchObject({
      minutes: 30,
      scheduledAt: '2026-03-16T15:00:00.000Z',
    });
    // Once the follow-up is over too, the most recent review is said as before.
    expect(meetingChoice(doc, '2026-03-20T10:00:00Z')).toMatchObject({ why: 'latest' });
  });

  it('fits the script and the agenda to the upcoming review, not to a past 5-minute one', () => {
    const doc = incident({ reviews: [past, next] });
    expect(openingStatement(doc, { today: now }).text).toContain('We have 45 minutes.');
    expect(incidentAgenda(doc, { today: now })).toMatchObject({
      minutes: 45,
      scheduledAt: '2026-03-12T15:00:00.000Z',
    });
  });

  it('counts the suggested follow-up from a review already held, not from today', () => {
    const doc = incident({ reviews: [past] });
    expect(closingStatement(doc, { today: now }).text).toContain('two weeks, around Monday 16 March');
    expect(incidentAgenda(doc, { today: now }).items.at(-1)?.focus).toEqual([
      'Book the follow-up review: for a SEV2 incident, two weeks after this meeting (around Monday 16 March).',
    ]);
  });

  it('says the follow-up two weeks after a review long past is already behind us, without moving it to today', () => {
    const doc = incident({ reviews: [past] });
    const later = '2026-03-20T09:00:00Z';
    expect(closingStatement(doc, { today: later }).text).toContain(
      "I'd suggest two weeks after this meeting, which would have been Monday 16 March and is already behind us, so as soon as we can.",
    );
    expect(incidentAgenda(doc, { today: later }).items.at(-1)?.focus).toEqual([
      'Book the follow-up review: for a SEV2 incident, two weeks after this meeting (Monday 16 March, already behind us: book it as soon as you can).',
    ]);
  });

  it('counts the suggested follow-up from a review booked ahead, not from today', () => {
    const doc = incident({ reviews: [next] });
    expect(closingStatement(doc, { today: now }).text).toContain('two weeks, around Thursday 26 March');
  });

  it('warns when the review is booked for less time than a review needs', () => {
    expect(bookedLengthWarning(past)).toBe(
      'The review is booked for 5 minutes, less than the 30 minutes a review needs to walk the timeline, name the contributing factors and agree actions: book a longer slot, or every phase is squeezed to fit.',
    );
    expect(bookedLengthWarning(next)).toBeUndefined();
    expect(bookedLengthWarning({ kind: 'follow-up', durationMinutes: 15 })).toBeUndefined();
    expect(bookedLengthWarning({ kind: 'follow-up', durationMinutes: 10 })).toMatch(
      /at least|less than the 15/,
    );
  });
});

describe('the script never reads blame aloud', () => {
  // Stands in for the language analyzer the CLI passes: one sentence it can reword, one it cannot.
  const check = (text: string) => {
    if (text === 'Bob forgot to run the migration') return { rewrite: 'The migration step did not run.' };
    if (text.startsWith('Retrain')) return { problem: '"Retrain": a remedy aimed at a person' };
    return undefined;
  };
  const doc = incident({
    title: 'Bob forgot to run the migration',
    factors: [{ id: 'FAC-1', title: 'Bob forgot to run the migration', category: 'training' }],
    actions: [{ id: 'ACT-1', title: 'Retrain Bob on deploys', owner: 'Ops', dueDate: '2026-03-20' }],
  });

  it('reads the rewrite of a blameful factor or title, and asks for a blameless wording on the incident', () => {
    const [opening, , closing] = reviewScript(doc, { check, today: '2026-03-09' });
    expect(opening?.text).toContain(
      'This is the review of "The migration step did not run", a SEV2 incident',
    );
    expect(closing?.text).toContain('\n- The migration step did not run\n');
    expect(closing?.missing).toContain(
      'a blameless wording for "Bob forgot to run the migration" on the incident',
    );
    expect(`${opening?.text} ${closing?.text}`).not.toContain('forgot');
  });

  it('says the sentence needs rewording, with the finding, when there is no rewrite', () => {
    const closing = closingStatement(doc, { check, today: '2026-03-09' });
    expect(closing.text).toContain(
      '- (this action needs rewording before it is read aloud: "Retrain": a remedy aimed at a person) — Ops, due Friday 20 March',
    );
    expect(closing.text).not.toContain('Retrain Bob');
  });

  it('says shorthand in words without asking for a blameless wording of a clean record', () => {
    const shorthand = (text: string) =>
      text.includes('5m') ? { said: text.replace('5m', '5 minutes') } : undefined;
    const clean = incident({
      title: 'Canary ran for 5m',
      factors: [{ id: 'FAC-1', title: 'The canary ran for 5m', category: 'deploy-release' }],
      actions: [{ id: 'ACT-1', title: 'Hold the canary 5m longer', owner: 'Ops', dueDate: '2026-03-20' }],
    });
    const [opening, , closing] = reviewScript(clean, { check: shorthand, today: '2026-03-09' });
    expect(opening?.text).toContain('"Canary ran for 5 minutes"');
    expect(closing?.text).toContain('\n- The canary ran for 5 minutes\n');
    expect(closing?.text).toContain('- Hold the canary 5 minutes longer (Ops, due Friday 20 March)');
    expect([...(opening?.missing ?? []), ...(closing?.missing ?? [])].join('; ')).not.toContain(
      'blameless wording',
    );
  });

  it('reads every sentence as written when no check is given', () => {
    expect(closingStatement(doc).text).toContain('- Bob forgot to run the migration');
  });
});

describe('the owner read aloud', () => {
  it('is the participant a chat handle spells, not the handle (trial 21 F23)', () => {
    const doc = incident({
      participants: [{ name: 'Priya Raghunathan', role: 'responder' }],
      actions: [{ id: 'ACT-1', title: 'Alert on consumer lag', owner: '@priya', dueDate: '2026-12-31' }],
    });
    const text = closingStatement(doc, { today: '2026-12-07' }).text;
    expect(text).toContain('Priya Raghunathan');
    expect(text).not.toContain('@priya');
  });
});
