import { describe, expect, it } from 'vitest';
import { type IncidentDocumentInput, incidentDocumentSchema } from '../domain/index.js';
import { incidentAgenda } from './agenda.js';
import { meetingAgenda } from './meeting-agenda.js';

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
    expect(plan.items.map(({ focus: _, ...item }) => item)).toEqual(meetingAgenda(parsed, 'SEV2'));
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
  });
});
