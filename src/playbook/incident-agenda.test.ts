import { describe, expect, it } from 'vitest';
import { type IncidentDocumentInput, incidentDocumentSchema } from '../domain/index.js';
import { incidentAgenda } from './agenda.js';
import { meetingAgenda } from './meeting-agenda.js';
import { questionsFor } from './questions.js';

const incident = (extra: Partial<IncidentDocumentInput> = {}) =>
  incidentDocumentSchema.parse({ id: 'INC-1', title: 'Checkout returned 502s', severity: 'SEV2', ...extra });

const ownAgenda = [
  { title: 'Welcome and ground rules', minutes: 5 },
  { title: 'Timeline walk-through', minutes: 20 },
  { title: 'Contributing factors', minutes: 20 },
  { title: 'Actions', minutes: 10 },
  { title: 'Wrap-up', minutes: 5 },
];

describe("the incident's agenda and the review's own agenda", () => {
  it("runs the review's own agenda when it has one, as the web console does", () => {
    const review = {
      id: 'REV-1',
      scheduledAt: '2026-03-10T15:00:00Z',
      durationMinutes: 60,
      agenda: ownAgenda,
    };
    const doc = incident({ reviews: [review] });
    const plan = incidentAgenda(doc, { today: '2026-03-09' });
    expect(plan.source).toBe('review');
    expect(plan.minutes).toBe(60);
    expect(plan.items.map((item) => [item.title, item.minutes])).toEqual(
      ownAgenda.map((item) => [item.title, item.minutes]),
    );
    const parsed = doc.reviews[0];
    if (!parsed) throw new Error('no review');
    expect(plan.items.map(({ focus: _, questions: __, moreQuestions: ___, ...item }) => item)).toEqual(
      meetingAgenda(parsed, 'SEV2'),
    );
    expect(plan.items.find((item) => item.phase === 'timeline')?.focus).toContain(
      "The impact start isn't recorded: when did customers first feel this, and how do we know?",
    );
    expect(plan.items.find((item) => item.phase === 'factors')?.cue).toMatch(/blameless rule/);
  });

  it("uses the playbook's agenda fitted to the booking when the review has none", () => {
    const review = { id: 'REV-1', scheduledAt: '2026-03-10T15:00:00Z', durationMinutes: 45 };
    const plan = incidentAgenda(incident({ reviews: [review] }), { today: '2026-03-09' });
    expect(plan.source).toBe('playbook');
    expect(plan.minutes).toBe(45);
    expect(plan.items).toHaveLength(6);
  });

  it('gives a phase split in two its questions once', () => {
    const agenda = [
      { title: 'Timeline part 1', minutes: 10 },
      { title: 'Timeline part 2', minutes: 10 },
      { title: 'Coffee', minutes: 5 },
    ];
    const review = { id: 'REV-1', scheduledAt: '2026-03-10T15:00:00Z', durationMinutes: 25, agenda };
    const plan = incidentAgenda(incident({ reviews: [review] }), { today: '2026-03-09' });
    expect(plan.items.map((item) => item.focus.length > 0)).toEqual([true, false, false]);
    expect(plan.items[2]).not.toHaveProperty('phase');
    expect(plan.items.map((item) => item.questions.length > 0)).toEqual([true, false, false]);
  });
});

describe('a length planned with --minutes', () => {
  it('says the plan is for that length when the booked meeting is another, and nothing when they agree', () => {
    const doc = incident({
      reviews: [{ id: 'REV-1', scheduledAt: '2026-12-08T13:00:00Z', durationMinutes: 60 }],
    });
    const planned = incidentAgenda(doc, { today: '2026-12-04', minutes: 45 });
    expect(planned.minutes).toBe(45);
    expect(planned.meeting).toMatch(
      /\(an hour\), the next one booked\. This plan is for 45 minutes instead\.$/,
    );
    expect(incidentAgenda(doc, { today: '2026-12-04', minutes: 60 }).meeting).not.toContain(
      'This plan is for',
    );
  });
});

describe("the agenda's questions", () => {
  const factor = (id: string, category: string) => ({ id, title: `Factor ${id}`, category });

  it("asks the factors phase about the incident's own categories first, as the web's room does", () => {
    const doc = incident({
      factors: [factor('FAC-1', 'configuration'), factor('FAC-2', 'monitoring-alerting')],
    });
    const item = incidentAgenda(doc, { today: '2026-03-09' }).items.find((i) => i.phase === 'factors');
    const all = questionsFor({ phase: 'factors' });
    const byText = (text: string) => all.find((q) => q.text === text);
    const shown = item?.questions.map(byText) ?? [];
    expect(shown.length).toBeGreaterThan(2);
    const own = ['configuration', 'monitoring-alerting'];
    // Every question shown is about one of the incident's categories or fits any, and the tagged ones come first.
    expect(
      shown.every((q) => q && (q.categories.length === 0 || q.categories.some((c) => own.includes(c)))),
    ).toBe(true);
    const firstGeneral = shown.findIndex((q) => q?.categories.length === 0);
    expect(shown.slice(firstGeneral).every((q) => q?.categories.length === 0)).toBe(true);
    expect(item?.moreQuestions).toBe(all.length - shown.length - 2);
  });

  it('pairs a factor with a question mainly about its own category', () => {
    const doc = incident({ factors: [factor('FAC-1', 'configuration')] });
    const focus = incidentAgenda(doc).items.find((i) => i.phase === 'factors')?.focus ?? [];
    const question = questionsFor({ phase: 'factors' }).find((q) => focus[0]?.endsWith(q.text));
    expect(question?.categories[0]).toBe('configuration');
  });

  it('does not list a question the focus line already asks', () => {
    const doc = incident({ factors: [factor('FAC-1', 'capacity')] });
    const item = incidentAgenda(doc).items.find((i) => i.phase === 'factors');
    for (const text of item?.questions ?? [])
      expect(item?.focus.some((line) => line.endsWith(text))).toBe(false);
  });
});

describe("the walk-through of the incident's own timeline", () => {
  const event = (id: string, at: string, kind: string, summary: string) => ({ id, at, kind, summary });
  it('points at the last change before the impact and the time before anyone noticed', () => {
    const doc = incident({
      moments: { impactStart: { at: '2026-03-04T14:02:00Z' }, detected: { at: '2026-03-04T14:11:00Z' } },
      timeline: [
        event('E1', '2026-03-04T11:00:00Z', 'deploy', 'Deploy search v1.2'),
        // What changed, not who: a git importer's commit note goes (trial 12g G-33).
        event(
          'E2',
          '2026-03-04T13:58:00Z',
          'deploy',
          'Deploy checkout v2.14.0 (commit 192b680ae8 by Will Hunter <will@corp.example>).',
        ),
        event('E3', '2026-03-04T14:11:00Z', 'alert-fired', 'CheckoutP99High fired'),
      ] as never,
    });
    const focus = incidentAgenda(doc, { today: '2026-03-09' }).items.find(
      (item) => item.phase === 'timeline',
    )?.focus;
    expect(focus?.filter((line) => !line.includes("isn't recorded"))).toEqual([
      '"Deploy checkout v2.14.0" at 13:58 UTC, 4 minutes before customers felt it: what did the people making the change see, and what told them it was safe?',
      'Customers felt this from 14:02 UTC and we noticed at 14:11 UTC, 9 minutes later: what did they see meanwhile, and which signal could have told us sooner?',
    ]);
  });

  it('reads a change that opens with who made it as what changed (trial 21 F5)', () => {
    const doc = incident({
      moments: { impactStart: { at: '2026-03-04T09:12:00Z' } },
      timeline: [
        event(
          'E1',
          '2026-03-04T09:08:00Z',
          'config-change',
          'Rajesh Subramanian pushed config change ledger.rate_limit.burst via consul-template (by Rajesh Subramanian)',
        ),
      ] as never,
    });
    const focus = incidentAgenda(doc, { today: '2026-03-09' }).items.find(
      (item) => item.phase === 'timeline',
    )?.focus;
    expect(focus?.join('\n')).toContain(
      '"Pushed config change ledger.rate_limit.burst via consul-template" at 09:08 UTC',
    );
    expect(focus?.join('\n')).not.toContain('Rajesh');
  });

  it('leaves out a participant named by first name at the start of the change (trial 26 F2)', () => {
    const doc = incident({
      participants: [{ name: 'Tomasz Wiśniewski', role: 'responder' }],
      moments: { impactStart: { at: '2026-03-04T09:12:00Z' } },
      timeline: [
        event('E1', '2026-03-04T09:08:00Z', 'config-change', 'Tomasz lowered max_conns to 5 on ldg-prod-07'),
      ] as never,
    });
    const focus = incidentAgenda(doc, { today: '2026-03-09' }).items.find(
      (item) => item.phase === 'timeline',
    )?.focus;
    expect(focus?.join('\n')).toContain('"Lowered max_conns to 5 on ldg-prod-07" at 09:08 UTC');
    expect(focus?.join('\n')).not.toContain('Tomasz');
  });

  it('counts the gaps between the clock times it says, to the minute', () => {
    const doc = incident({
      moments: {
        impactStart: { at: '2026-03-04T14:03:26.000Z' },
        detected: { at: '2026-03-04T14:07:58.000Z' },
      },
      timeline: [event('E1', '2026-03-04T14:02:50.000Z', 'deploy', 'Deploy checkout v2.14.0')] as never,
    });
    const focus = incidentAgenda(doc, { today: '2026-03-09' }).items.find(
      (item) => item.phase === 'timeline',
    )?.focus;
    expect(focus?.join('\n')).toContain('at 14:02 UTC, 1 minute before customers felt it');
    expect(focus?.join('\n')).toContain('from 14:03 UTC and we noticed at 14:07 UTC, 4 minutes later');
  });

  it('says nothing of a change long before the impact, nor of a gap it cannot measure', () => {
    const doc = incident({
      moments: { impactStart: { at: '2026-03-04T14:02:00Z' } },
      timeline: [event('E1', '2026-03-04T09:00:00Z', 'deploy', 'Deploy search v1.2')] as never,
    });
    const focus = incidentAgenda(doc, { today: '2026-03-09' }).items.find(
      (item) => item.phase === 'timeline',
    )?.focus;
    expect(focus?.join('\n')).not.toMatch(/before customers felt it|we noticed at/);
  });
});

describe('the questions a write-up lists as still open', () => {
  it('brings each into the walk-through, from a list or one per line, under any of the usual headings', () => {
    const doc = incident({
      extraSections: [
        {
          heading: 'Open questions',
          body: '- Why did the goroutine count alert not exist before?\n- Which pods were OOM-killed first?',
        },
        { heading: 'Unanswered questions', body: 'Did the canary see the same errors?' },
        { heading: 'Appendix', body: '- Not a question list' },
      ],
    });
    const focus = incidentAgenda(doc, { today: '2026-03-09' }).items.find(
      (item) => item.phase === 'timeline',
    )?.focus;
    expect(focus).toEqual(
      expect.arrayContaining([
        'Still open in the write-up: "Why did the goroutine count alert not exist before?"',
        'Still open in the write-up: "Which pods were OOM-killed first?"',
        'Still open in the write-up: "Did the canary see the same errors?"',
      ]),
    );
    expect(focus?.join('\n')).not.toContain('Not a question list');
  });
});

// Trial 18b, B-12: the follow-up's action review asked the first review's "smallest change that would have
// shortened this incident the most?".
describe("a follow-up review's questions", () => {
  it('check what was agreed, and never ask the first review’s questions', () => {
    const followUp = {
      id: 'REV-2',
      kind: 'follow-up' as const,
      scheduledAt: '2026-03-24T15:00:00Z',
      durationMinutes: 30,
    };
    const doc = incident({
      reviews: [
        {
          id: 'REV-1',
          scheduledAt: '2026-03-10T15:00:00Z',
          durationMinutes: 60,
          endedAt: '2026-03-10T16:00:00Z',
        },
        followUp,
      ],
      actions: [{ id: 'ACT-1', title: 'Alert on pool use', owner: 'Ana', dueDate: '2026-03-20' }],
    });
    const booked = doc.reviews[1];
    const plan = incidentAgenda(doc, { today: '2026-03-24', ...(booked ? { review: booked } : {}) });
    expect(plan.items.map((item) => item.title)).toContain('Action review');
    const asked = plan.items.flatMap((item) => item.questions);
    expect(asked).toContain('How will we know this action is done and that it worked?');
    expect(asked).not.toContain(
      'What is the smallest change that would have shortened this incident the most?',
    );
    const first = doc.reviews[0];
    const firstReview = incidentAgenda(doc, {
      today: '2026-03-09',
      ...(first ? { review: first } : {}),
    }).items.flatMap((item) => item.questions);
    expect(firstReview).toContain(
      'What is the smallest change that would have shortened this incident the most?',
    );
  });
});
