import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';

/** The rule ids found in a sentence. */
const ids = (text: string) => analyze(text).map((f) => f.ruleId);

describe('hindsight words over work, with no person named', () => {
  it('flags "obviously" or "clearly" over a gap in what was done', () => {
    expect(ids('Clearly this was never reviewed.')).toEqual(['minimizing/hindsight-lapse']);
    expect(ids('Obviously the restore procedure was never rehearsed.')).toEqual([
      'minimizing/hindsight-lapse',
    ]);
  });

  it('flags "in hindsight" over a judgement of how the work was done', () => {
    expect(ids('In hindsight the rollout was rushed.')).toEqual(['minimizing/hindsight-lapse']);
    expect(ids('Looking back, the cutover plan was badly thought out.')).toEqual([
      'minimizing/hindsight-lapse',
    ]);
  });

  it('leaves hindsight about a system condition, evidence read clearly and the phrase "hindsight bias" clean', () => {
    expect(ids('In hindsight, the alert threshold was too high.')).toEqual([]);
    expect(ids('Looking back, the canary was never tested against real traffic shapes.')).toEqual([]);
    expect(ids('The logs clearly show the config was never reloaded.')).toEqual([]);
    expect(ids('We should avoid hindsight bias.')).toEqual([]);
  });
});
