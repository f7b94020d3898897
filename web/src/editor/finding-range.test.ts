import { describe, expect, it } from 'vitest';
import type { Finding } from '../api/types.js';
import { findingRange, lineStarts, sentenceAround } from './finding-range.js';

function finding(fields: Partial<Finding>): Finding {
  return {
    ruleId: 'r',
    category: 'person_as_cause',
    severity: 'warning',
    message: 'm',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    text: '',
    suggestions: [],
    question: '',
    ...fields,
  };
}

describe('finding ranges', () => {
  const text = 'First line.\nBob broke the deploy.';

  it('line starts count every line break', () => {
    expect(lineStarts(text)).toEqual([0, 12]);
  });

  it('1-based lines and columns with an exclusive end map to offsets', () => {
    const range = findingRange(text, finding({ line: 2, column: 5, endLine: 2, endColumn: 10 }));
    expect(text.slice(range.from, range.to)).toBe('broke');
  });

  it('the quoted text wins when positions use another convention', () => {
    const range = findingRange(
      text,
      finding({ line: 2, column: 4, endLine: 2, endColumn: 9, text: 'broke' }),
    );
    expect(text.slice(range.from, range.to)).toBe('broke');
  });

  it('positions past the end are clamped into the text', () => {
    const range = findingRange(text, finding({ line: 9, column: 99, endLine: 9, endColumn: 120 }));
    expect(range).toEqual({ from: text.length, to: text.length });
  });

  it('an empty span still underlines one character', () => {
    expect(findingRange('abc', finding({ column: 2, endColumn: 2 }))).toEqual({ from: 1, to: 2 });
  });

  it('the sentence around a span runs from the previous end mark to its own', () => {
    const prose = 'Alerts fired. The on-call engineer failed to notice the alert. Then it recovered.';
    const at = prose.indexOf('failed');
    const range = sentenceAround(prose, at, at + 6);
    expect(prose.slice(range.from, range.to)).toBe('The on-call engineer failed to notice the alert.');
  });

  it('a sentence without an end mark stops at the line end', () => {
    const prose = '- Bob forgot to run the migration\n- next item';
    const range = sentenceAround(prose, 6, 12);
    expect(prose.slice(range.from, range.to)).toBe('- Bob forgot to run the migration');
  });
});
