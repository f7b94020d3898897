import { describe, expect, it } from 'vitest';
import { type IncidentDocumentInput, incidentDocumentSchema } from '../domain/index.js';
import { incidentAgenda } from './agenda.js';
import { closingStatement, reviewScript } from './script.js';

const incident = (extra: Partial<IncidentDocumentInput> = {}) =>
  incidentDocumentSchema.parse({ id: 'INC-1', title: 'Checkout returned 502s', severity: 'SEV2', ...extra });

const review = { id: 'REV-1', scheduledAt: '2026-10-05T10:00:00Z', durationMinutes: 60 };
const followUp = (extra: Record<string, unknown> = {}) => ({
  id: 'REV-2',
  kind: 'follow-up' as const,
  scheduledAt: '2026-10-19T10:00:00Z',
  durationMinutes: 30,
  ...extra,
});
const today = '2026-12-02T09:00:00Z';

describe('the follow-up review at the close', () => {
  it('says a follow-up whose date has passed without being closed is overdue, and suggests a new date', () => {
    const closing = closingStatement(incident({ reviews: [review, followUp()] }), { today });
    expect(closing.text).not.toContain("We'll meet again");
    expect(closing.text).toContain(
      'The follow-up review was booked for Monday 19 October at 10:00 UTC, and that date has passed without it being closed. ' +
        "Let's book a new date: for a SEV2 incident I'd suggest two weeks, around Wednesday 16 December.",
    );
    expect(closing.missing).toContain(
      'a new follow-up review date (the one booked for Monday 19 October at 10:00 UTC is past)',
    );
  });

  it('says a closed follow-up took place, and suggests the next check', () => {
    const ended = followUp({ endedAt: '2026-10-19T10:30:00Z' });
    const closing = closingStatement(incident({ reviews: [review, ended] }), { today });
    expect(closing.text).toContain(
      "We held a follow-up review on Monday 19 October at 10:00 UTC. Let's book the next check: for a SEV2 incident I'd suggest two weeks, around Wednesday 16 December.",
    );
  });

  it('reads the booked follow-up ahead of us as the next meeting', () => {
    const closing = closingStatement(incident({ reviews: [review, followUp()] }), { today: '2026-10-06' });
    expect(closing.text).toContain("We'll meet again on Monday 19 October at 10:00 UTC");
    expect(closing.missing).not.toContain('follow-up review date');
  });

  it('tells the facilitator in the agenda that the booked follow-up is past', () => {
    const plan = incidentAgenda(incident({ reviews: [review, followUp()] }), { today });
    expect(plan.items.find((item) => item.phase === 'close')?.focus).toEqual([
      'The follow-up review booked for Monday 19 October at 10:00 UTC is past: book a new one, two weeks ahead for a SEV2 incident (around Wednesday 16 December).',
    ]);
  });
});

describe('the closing words', () => {
  it('asks the room to agree with owners and dates only when actions were read out', () => {
    const none = closingStatement(incident(), { today });
    expect(none.text).not.toContain('owners and dates I just read out');
    expect(none.text).toContain('which change will we agree, with an owner and a date');
    const some = closingStatement(incident({ actions: [{ id: 'ACT-1', title: 'Alert on pool use' }] }), {
      today,
    });
    expect(some.text).toContain('Does everyone agree with the owners and dates I just read out?');
  });

  it('counts one uncertain timeline entry in the singular', () => {
    const doc = incident({
      timeline: [{ id: 'EVT-1', at: '2026-03-04T14:02:00Z', approximate: true, summary: 'Errors climbed' }],
    });
    const timeline = incidentAgenda(doc).items.find((item) => item.phase === 'timeline')?.focus;
    expect(timeline).toContain(
      '1 timeline entry has an approximate or unknown time: can we confirm it, and from where?',
    );
  });
});

describe("the follow-up review's own closing", () => {
  const held = {
    kind: 'follow-up' as const,
    durationMinutes: 30,
    id: 'REV-2',
    scheduledAt: '2026-10-19T10:00:00Z',
  };
  const actions = [
    {
      id: 'ACT-1',
      title: 'Alert on pool use',
      owner: 'SRE team',
      dueDate: '2026-10-01',
      status: 'done' as const,
    },
    { id: 'ACT-2', title: 'Raise the pool limit', owner: 'Ana Lima', dueDate: '2026-10-10' },
    { id: 'ACT-3', title: 'Write the pool runbook', owner: 'Ops', dueDate: '2026-11-15' },
    {
      id: 'ACT-4',
      title: 'Rewrite the driver',
      status: 'dropped' as const,
      droppedReason: 'the vendor fixed it',
    },
  ];

  it('reads which actions are done, which are late (what got in the way, not who) and which are under way', () => {
    const doc = incident({ reviews: [review, followUp()], actions });
    const closing = closingStatement(doc, { review: held, today: '2026-10-19T09:00:00Z' });
    expect(closing.text).toContain('Let me read back where the actions stand.\nDone:\n- Alert on pool use\n');
    expect(closing.text).toContain(
      'Past their date:\n- Raise the pool limit, due Saturday 10 October: what got in the way, and what would help it land?\n',
    );
    expect(closing.text).not.toContain('Ana Lima');
    expect(closing.text).toContain('Still open:\n- Write the pool runbook (Ops, due Sunday 15 November)\n');
    expect(closing.text).toContain('Dropped:\n- Rewrite the driver (the vendor fixed it)\n');
    expect(closing.text).not.toContain('Key findings');
    expect(closing.missing).toContain(
      'new due date for "Raise the pool limit" (overdue since Saturday 10 October)',
    );
  });

  it('suggests the next check by severity from the follow-up’s own day when none is booked, or names the one booked', () => {
    const doc = incident({ reviews: [review, followUp()], actions });
    const closing = closingStatement(doc, { review: held, today: '2026-10-01' });
    expect(closing.text).toContain(
      "We'll need another check for what's still open. For a SEV2 incident I'd suggest two weeks, around Monday 2 November.",
    );
    expect(closing.missing).toContain('the next follow-up review date');
    const next = followUp({ id: 'REV-3', scheduledAt: '2026-11-16T10:00:00Z' });
    const booked = closingStatement(incident({ reviews: [review, followUp(), next], actions }), {
      review: held,
    });
    expect(booked.text).toContain("We'll check the rest again on Monday 16 November at 10:00 UTC.");
  });

  it('closes the incident when every action is done or dropped', () => {
    const finished = actions.map((action) =>
      action.status === 'dropped' ? action : { ...action, status: 'done' as const },
    );
    const closing = closingStatement(incident({ reviews: [review, followUp()], actions: finished }), {
      review: held,
      today: '2026-10-19',
    });
    expect(closing.text).toContain('Every action is done or dropped, so this follow-up closes the incident.');
    expect(closing.text).not.toContain('Past their date');
    expect(closing.missing).toEqual([]);
  });

  it('is the same statement the whole script reads at a follow-up', () => {
    const doc = incident({ reviews: [review, followUp()], actions });
    const options = { review: held, today: '2026-10-19' };
    expect(reviewScript(doc, options)[2]).toEqual(closingStatement(doc, options));
    // The review is over and the follow-up booked: the script without `--review` is for the follow-up too.
    expect(reviewScript(doc, { today: '2026-10-19' })[2]).toEqual(closingStatement(doc, options));
    // Named, the first review still closes with what was found and agreed.
    const first = doc.reviews.find((meeting) => meeting.kind === 'review');
    expect(
      reviewScript(doc, { today: '2026-10-19', ...(first ? { review: first } : {}) })[2]?.text,
    ).toContain('what we found and what we agreed');
  });
});
