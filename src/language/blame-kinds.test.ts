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

describe('rhetorical questions about a human check', () => {
  it('flags why or how a change was let through approval or review', () => {
    expect(ids('Why was this change approved without a load test?')).toEqual([
      'blame_seeking_question/why-let-through',
    ]);
    expect(ids('How did this get past review?')).toEqual(['blame_seeking_question/why-let-through']);
    expect(ids('How was this ever signed off?')).toEqual(['blame_seeking_question/why-let-through']);
  });

  it('leaves questions about the system clean', () => {
    expect(ids('Why did the alert not fire?')).toEqual([]);
    expect(ids('Why was the queue full?')).toEqual([]);
    expect(ids('How did the bug get past CI?')).toEqual([]);
    expect(ids('Why was the deploy approved automatically by the bot?')).toEqual([]);
  });
});

describe('demands that a person answer for the incident', () => {
  it('flags a named person or role who must answer or be held accountable', () => {
    expect(ids('Mei needs to answer for this.')).toEqual(['blame_seeking_question/person-must-answer']);
    expect(ids('The on-call should be held accountable for the missed page.')).toEqual([
      'blame_seeking_question/person-must-answer',
    ]);
  });

  it('leaves owning actions and services answering requests clean', () => {
    expect(ids('The team needs to own the follow-up actions.')).toEqual([]);
    expect(ids('The service needs to answer health checks within 2 s.')).toEqual([]);
    expect(ids('The payments team has to pay for the extra capacity.')).toEqual([]);
  });
});
