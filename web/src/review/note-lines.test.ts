import { describe, expect, it } from 'vitest';
import { noteLines } from './note-lines.js';

describe('noteLines', () => {
  it('takes each line without its list marker or time stamp, once', () => {
    expect(
      noteLines(
        '[14:02] Sam: the flag had no owner\n- Add an expiry to every flag\n\n1. Add an expiry to every flag\n  plain line',
      ),
    ).toEqual(['the flag had no owner', 'Add an expiry to every flag', 'plain line']);
  });

  it('leaves out who spoke when the line starts with a person of the incident, and keeps other labels', () => {
    const people = ['Sven Lindqvist', 'kenji', 'Ngozi Okafor'];
    expect(
      noteLines(
        'Sven: rebuild workers retried every second\n- Kenji: no dashboard showed queue depth\nNgozi Okafor: the runbook was stale\nDecision: roll back first\nAmara: not a participant',
        people,
      ),
    ).toEqual([
      'rebuild workers retried every second',
      'no dashboard showed queue depth',
      'the runbook was stale',
      'Decision: roll back first',
      'Amara: not a participant',
    ]);
  });
});
