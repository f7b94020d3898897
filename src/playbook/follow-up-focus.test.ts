import { describe, expect, it } from 'vitest';
import { type IncidentDocumentInput, incidentDocumentSchema } from '../domain/index.js';
import { incidentAgenda } from './agenda.js';
import { closingStatement } from './script.js';

const incident = (extra: Partial<IncidentDocumentInput> = {}) =>
  incidentDocumentSchema.parse({ id: 'INC-1', title: 'Ledger latency', severity: 'SEV2', ...extra });

// The follow-up is on Tuesday 15 December; today is Friday 4 December.
const today = '2026-12-04T12:00:00Z';
const doc = incident({
  factors: [
    { id: 'FAC-1', title: 'The canary ran too briefly to show the leak', category: 'deploy-release' },
  ],
  actions: [
    {
      id: 'ACT-1',
      title: 'Alert on pool saturation',
      owner: 'Ann',
      dueDate: '2026-12-02',
      factorId: 'FAC-1',
    },
    { id: 'ACT-2', title: 'Lengthen the canary', owner: 'Jo', dueDate: '2026-12-11', factorId: 'FAC-1' },
  ],
  reviews: [
    {
      id: 'REV-1',
      scheduledAt: '2026-11-30T10:00:00Z',
      durationMinutes: 60,
      endedAt: '2026-11-30T11:00:00Z',
    },
    { id: 'REV-2', kind: 'follow-up', scheduledAt: '2026-12-15T14:00:00Z', durationMinutes: 30 },
  ],
});
const followUp = doc.reviews[1];
if (!followUp) throw new Error('no follow-up');
const plan = incidentAgenda(doc, { today, review: followUp });
const focus = (title: string) => plan.items.find((item) => item.title === title);

describe("a follow-up review's agenda", () => {
  it('closes by suggesting the next check, as its script does, not by announcing itself', () => {
    expect(focus('Close')?.focus).toEqual([
      'Book the next check: for a SEV2 incident, two weeks after this follow-up (around Tuesday 29 December).',
    ]);
    expect(closingStatement(doc, { today, review: followUp }).text).toContain('around Tuesday 29 December');
  });

  it('judges what is overdue against the meeting day, as its script does', () => {
    const overdue = focus('Action review')?.focus.filter((line) => line.endsWith('is overdue.'));
    expect(overdue).toEqual([
      '"Alert on pool saturation" was due Wednesday 2 December and is overdue.',
      '"Lengthen the canary" was due Friday 11 December and is overdue.',
    ]);
    const script = closingStatement(doc, { today, review: followUp }).text;
    expect(script).toContain('- Lengthen the canary, due Friday 11 December');
  });

  it('asks whether each factor is now addressed, without the first review’s probing questions', () => {
    const changes = focus('Did the changes work?');
    expect(changes?.focus).toEqual([
      'Is "The canary ran too briefly to show the leak" now addressed: did the changes made for it work, and has anything like it happened since?',
    ]);
    expect(changes?.questions).toEqual([]);
  });

  it('asks of a factor no action addresses what would, not whether its changes worked (trial 21 F16)', () => {
    const bare = incident({
      ...doc,
      factors: [
        ...doc.factors,
        { id: 'FAC-2', title: 'Load tests skip the search dependency', category: 'capacity' },
      ],
    });
    const lines = incidentAgenda(bare, { today, review: followUp }).items.find(
      (item) => item.title === 'Did the changes work?',
    )?.focus;
    expect(lines?.[1]).toBe(
      'Nothing was agreed for "Load tests skip the search dependency": has anything like it happened since, and what change would address it, owned by whom?',
    );
  });

  it('asks which action addresses a factor when actions exist but none is linked to it (trial 28 F8)', () => {
    const unlinked = incident({
      ...doc,
      actions: doc.actions.map(({ factorId: _f, ...action }) => action),
    });
    const lines = incidentAgenda(unlinked, { today, review: followUp }).items.find(
      (item) => item.title === 'Did the changes work?',
    )?.focus;
    expect(lines?.[0]).toBe(
      'No action is linked to "The canary ran too briefly to show the leak": which of the actions addresses it, and has anything like it happened since?',
    );
  });

  it('says a later follow-up already booked as the next check', () => {
    const later = {
      id: 'REV-3',
      kind: 'follow-up' as const,
      scheduledAt: '2027-01-05T14:00:00Z',
      durationMinutes: 30,
    };
    const booked = incident({ ...doc, reviews: [...doc.reviews, later] });
    expect(incidentAgenda(booked, { today, review: followUp }).items.at(-1)?.focus).toEqual([
      'The next check is booked for Tuesday 5 January 2027 at 14:00 UTC.',
    ]);
  });
});

describe('the next check and the planned length, read against the calendar (trial 28)', () => {
  it('counts the next check from the follow-up’s own day, not from the day the room reads it (F9)', () => {
    // The follow-up was on Tuesday 15 December; the facilitator reads its agenda on Friday 18 December.
    const later = incidentAgenda(doc, { today: '2026-12-18T09:00:00Z', review: followUp }).items.flatMap(
      (item) => item.focus,
    );
    expect(later.find((line) => line.startsWith('Book the next check'))).toBe(
      'Book the next check: for a SEV2 incident, two weeks after this follow-up (around Tuesday 29 December).',
    );
  });

  it('says a length asked for is the one asked for, beside the usual one (F14)', () => {
    const bare = incident({ factors: doc.factors });
    expect(incidentAgenda(bare, { today, minutes: 35 }).meeting).toBe(
      'No review is booked yet, so this plans for the 35 minutes asked for (a SEV2 review usually takes an hour and a half).',
    );
    expect(incidentAgenda(bare, { today }).meeting).toBe(
      'No review is booked yet, so this plans for an hour and a half, the usual length for a SEV2 incident.',
    );
  });
});
