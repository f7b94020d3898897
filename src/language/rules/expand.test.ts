import { describe, expect, it } from 'vitest';
import { compilePattern, expandPattern, flagsFor, shadowedNames } from './expand.js';

describe('pattern expansion', () => {
  it('joins a list of alternatives with | and adds no group', () => {
    expect(expandPattern(['\\bwho\\b', '\\bwhose\\b'], [])).toBe('\\bwho\\b|\\bwhose\\b');
  });

  it('replaces a name by its text, a list by its alternation', () => {
    const words = { verbs: ['broke', 'took down'], tail: '\\b' };
    expect(expandPattern('(?:{{verbs}}){{tail}}', [words])).toBe('(?:broke|took down)\\b');
  });

  it('looks a name up in the innermost scope first, and its own names from where it is defined', () => {
    const shared = { phrase: '{{word}}+', word: '\\w' };
    const rule = { verb: 'broke' };
    expect(expandPattern('{{verb}} {{phrase}}', [rule, shared])).toBe('broke \\w+');
    expect(() => expandPattern('{{phrase}}', [{ word: 'x' }, { phrase: '{{word}}' }])).toThrow(
      'unknown name {{word}}',
    );
  });

  it('rejects an unknown name and a name that refers to itself', () => {
    expect(() => expandPattern('{{nothing}}', [{}])).toThrow('unknown name {{nothing}}');
    expect(() => expandPattern('{{a}}', [{ a: 'x{{b}}', b: '{{a}}' }])).toThrow(
      'refers to itself (a → b → a)',
    );
  });

  it('keeps regular-expression braces such as quantifiers and \\p{L}', () => {
    expect(expandPattern('[\\p{L}]{1,40}?', [])).toBe('[\\p{L}]{1,40}?');
  });

  it('names the words an inner scope defines again', () => {
    expect(shadowedNames([{ phrase: 'x', verb: 'y' }, { phrase: 'z' }])).toEqual(['phrase']);
  });

  it('sets the u flag exactly when the source needs it, as the analyzer does', () => {
    expect(flagsFor('[\\p{L}-]+ed')).toBe('u');
    expect(flagsFor('\\bwhose\\b')).toBe('');
    expect(compilePattern(['a', '[\\p{L}]'], []).flags).toBe('u');
    expect(() => compilePattern('(?:', [])).toThrow('in (?:');
  });
});
