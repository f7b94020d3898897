import { describe, expect, it } from 'vitest';
import { type IncidentDocumentInput, incidentDocumentSchema } from '../domain/index.js';
import { followUpClosingStatement } from './follow-up-closing.js';

const followUp = {
  id: 'REV-2',
  kind: 'follow-up' as const,
  scheduledAt: '2026-12-02T10:00:00Z',
  durationMinutes: 30,
};
const incident = (actions: IncidentDocumentInput['actions']) =>
  incidentDocumentSchema.parse({
    id: 'INC-1',
    title: 'Checkout returned 502s',
    severity: 'SEV2',
    reviews: [followUp],
    actions,
  });
const options = { today: '2026-12-02', review: followUp };
const late = { id: 'ACT-1', title: 'Alert on pool use', dueDate: '2026-11-20', owner: 'Ana' };
const open = { id: 'ACT-2', title: 'Load-test checkout', dueDate: '2026-12-20', owner: 'Ana' };
const done = { id: 'ACT-3', title: 'Raise the pool size', status: 'done' as const, owner: 'Ana' };

// Trial 18d, E-16: "Nothing is done yet", then "did the changes that are done actually work?".
describe('the alignment check at a follow-up’s close', () => {
  it('asks whether the done changes worked only when some are done', () => {
    for (const actions of [[late], [open], [late, open]]) {
      const { text } = followUpClosingStatement(incident(actions), options);
      expect(text).toContain('Nothing is done yet');
      expect(text).not.toContain('that are done');
    }
    expect(followUpClosingStatement(incident([done, late]), options).text).toContain(
      'did the changes that are done actually work? If one of the late ones needs help',
    );
  });

  it('speaks only of the late ones when some are late, and of those under way when none is', () => {
    expect(followUpClosingStatement(incident([late]), options).text).toContain(
      'Before we wrap up: if one of the late ones needs help',
    );
    const onTime = followUpClosingStatement(incident([done, open]), options).text;
    expect(onTime).toContain('If one still open needs help');
    expect(onTime).not.toContain('late ones');
  });
});

// Trial 18b, B-12: a late action with no owner was read as if someone owned it.
describe('a late action nobody owns, at a follow-up’s close', () => {
  it('asks who can take it on, and lists its owner among what is missing', () => {
    const { owner: _owner, ...ownerless } = late;
    const closing = followUpClosingStatement(incident([ownerless]), options);
    expect(closing.text).toContain(
      '- Alert on pool use, due Friday 20 November, with no owner yet: who can take it on, and what would help it land?',
    );
    expect(closing.missing).toContain('owner for "Alert on pool use"');
    expect(followUpClosingStatement(incident([late]), options).text).toContain(
      '- Alert on pool use, due Friday 20 November: what got in the way',
    );
  });
});

// Trial 29: open actions nobody has started were read back as "Still under way".
describe('open actions at a follow-up’s close', () => {
  it('reads them as open, and says which have started', () => {
    const started = { ...open, id: 'ACT-4', title: 'Add the pool alert', status: 'in-progress' as const };
    const { text } = followUpClosingStatement(incident([open, started]), options);
    expect(text).toContain('Still open:\n- Load-test checkout (Ana, due Sunday 20 December)');
    expect(text).toContain('- Add the pool alert (Ana, under way, due Sunday 20 December)');
    expect(text).not.toContain('Still under way');
  });
});
