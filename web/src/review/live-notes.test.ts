import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/language/index.js';
import { addDecision, noteWarnings, timeStamp, withNewNoteLine } from './live-notes.js';

describe('live meeting notes', () => {
  it('warns about a blameful note line with a systemic question to ask instead', () => {
    const notes =
      '[14:01] Ana: the flag was flipped at 13:58.\n[14:02] Sam: Bob should have known the flag was still on.';
    const { shown } = noteWarnings(analyze(notes, { people: ['Ana', 'Sam', 'Bob'] }));
    expect(shown).toHaveLength(1);
    expect(shown[0]?.line).toBe(2);
    expect(shown[0]?.text).toMatch(/should have known/);
    expect(shown[0]?.question).toMatch(/\?$/);
  });

  it('shows nothing for notes about the system', () => {
    expect(noteWarnings(analyze('[14:03] The deploy pipeline has no canary stage.', {})).shown).toEqual([]);
  });

  it('shows the latest flagged lines first, one per place, and counts the rest', () => {
    const finding = (line: number, column = 1) => ({
      ruleId: 'r',
      category: 'person_as_cause' as const,
      severity: 'warning' as const,
      message: `m${line}`,
      line,
      column,
      endLine: line,
      endColumn: column + 3,
      text: 'x',
      suggestions: [],
      question: 'What?',
    });
    const { shown, more } = noteWarnings([finding(1), finding(3), finding(3), finding(2), finding(5, 4)], 2);
    expect(shown.map((warning) => warning.line)).toEqual([5, 3]);
    expect(more).toBe(2);
  });

  it('starts a new note line with the local time', () => {
    const at = new Date(2026, 2, 4, 9, 5);
    expect(timeStamp(at)).toBe('[09:05] ');
    expect(withNewNoteLine('', at)).toBe('[09:05] ');
    expect(withNewNoteLine('first', at)).toBe('first\n[09:05] ');
    expect(withNewNoteLine('first\n', at)).toBe('first\n[09:05] ');
  });

  it('adds a decision once, ignoring blanks and repeats', () => {
    expect(addDecision([], '  Roll back   first ')).toEqual(['Roll back first']);
    expect(addDecision(['Roll back first'], 'roll back first')).toEqual(['Roll back first']);
    expect(addDecision(['A'], '   ')).toEqual(['A']);
  });
});
