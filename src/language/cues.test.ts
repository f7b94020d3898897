import { describe, expect, it } from 'vitest';
import { indexCues, markCues, wantedFor } from './cues.js';
import type { Rule } from './rule.js';

const rule = (id: string, cue: string) => ({ id, cue }) as Rule;
const rules = [
  rule('a/long', 'negligen|ignor'),
  rule('b/short', 'care|if'),
  rule('c/phrase', 'went around'),
  rule('d/other', 'rollback'),
];
const cues = indexCues(rules);

/** The indices of the rules whose cues the (lower-case) sentence carries, in rule order. */
function marked(sentence: string): number[] {
  const wanted = wantedFor(rules.length);
  const any = markCues(sentence, cues, wanted);
  const list = [...wanted.list.slice(0, wanted.count)];
  expect(any).toBe(list.length > 0);
  return list;
}

describe('cue marking', () => {
  it('matches a cue of five letters or more as the start of a word', () => {
    expect(marked('that was negligent.')).toEqual([0]);
    expect(marked('they ignored it')).toEqual([0]);
    expect(marked('non-negligence')).toEqual([0]);
  });

  it('matches a shorter cue as a whole word or with a common ending only', () => {
    expect(marked('we cared')).toEqual([1]);
    expect(marked("the team's care")).toEqual([1]);
    expect(marked('career growth')).toEqual([]);
    expect(marked('if only')).toEqual([1]);
    expect(marked('iffy')).toEqual([]);
  });

  it('reads a phrase cue by its first word and lists the rules in order', () => {
    expect(marked('the rollback went out when it was ignored')).toEqual([0, 2, 3]);
  });

  it('forgets the previous sentence', () => {
    const wanted = wantedFor(rules.length);
    markCues('it was ignored', cues, wanted);
    expect(markCues('the pods restarted', cues, wanted)).toBe(false);
    expect(wanted.count).toBe(0);
    expect([...wanted.flags]).toEqual([0, 0, 0, 0]);
  });

  it('finds a cue of a script without spaces wherever it starts', () => {
    const cjk = [rule('f/zh', '都怪|导致'), rule('g/ko', '때문')];
    const index = indexCues(cjk);
    const wanted = wantedFor(cjk.length);
    expect(markCues('这次故障都怪王伟。', index, wanted)).toBe(true);
    expect([...wanted.list.slice(0, wanted.count)]).toEqual([0]);
    expect(markCues('장애는 김민준 씨 때문이다.', index, wanted)).toBe(true);
    expect([...wanted.list.slice(0, wanted.count)]).toEqual([1]);
    expect(markCues('王伟在 03:12 回滚了变更。', index, wanted)).toBe(false);
  });

  it('refuses a cue shorter than two letters', () => {
    expect(() => indexCues([rule('e/bad', 'a')])).toThrow('e/bad');
  });
});
