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

describe('teams judged by "again", "as usual" or "typical"', () => {
  it('flags a team cast as habitually at fault', () => {
    expect(ids('Typical platform team.')).toEqual(['judgmental/team-as-usual']);
    expect(ids('The mobile folks are breaking the API contract again.')).toEqual([
      'judgmental/team-as-usual',
    ]);
    expect(ids('The DBA team strikes again.')).toEqual(['judgmental/team-as-usual']);
  });

  it('leaves "again" as a word of time clean', () => {
    expect(ids('The platform team rolled the change back again after the second spike.')).toEqual([]);
    expect(ids('The alert fired again, as usual.')).toEqual([]);
  });

  it('takes a bare capitalised "Platform" before a harm verb for the team', () => {
    expect(ids('Platform broke staging again, as usual.')).not.toEqual([]);
    expect(ids('Platform owns the ingress chart.')).toEqual([]);
  });
});

describe("judgements of a person's work", () => {
  it('flags work called poorly done with its author named', () => {
    expect(ids('The migration was poorly thought out by the author.')).toEqual(['judgmental/poorly-done-by']);
    expect(ids("Ravi's migration was poorly planned.")).toEqual(['judgmental/poorly-done']);
    expect(ids('Ravi made a poor call.')).toEqual(['judgmental/made-a-poor-call']);
  });

  it('leaves work judged with nobody named, or done by software, clean', () => {
    expect(ids('The migration was poorly planned for a table of that size.')).toEqual([]);
    expect(ids('The error was badly handled by the client library.')).toEqual([]);
    expect(ids('The client made the wrong call to the v1 endpoint.')).toEqual([]);
  });
});

describe('competence comparisons', () => {
  it('flags "a more experienced engineer would have" and "only a junior would"', () => {
    expect(ids('A more experienced engineer would have caught this.')).toEqual([
      'counterfactual/better-person-would-have',
    ]);
    expect(ids("Someone with more experience would've rolled back at once.")).toEqual([
      'counterfactual/better-person-would-have',
    ]);
    expect(ids('Only an intern would run that query against the primary.')).toEqual([
      'judgmental/only-a-junior-would',
    ]);
  });

  it('leaves the substitution test and better tooling clean', () => {
    expect(ids('Would a more experienced engineer have acted differently with the same dashboards?')).toEqual(
      [],
    );
    expect(ids('Even a senior engineer would have been fooled by this graph.')).toEqual([]);
    expect(ids('A more careful rollout would have limited the blast radius.')).toEqual([]);
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

describe('names in scripts without case before a blame predicate', () => {
  it('flags them as people', () => {
    expect(ids('王伟 should have drained the node.')).not.toEqual([]);
    expect(ids('佐藤 forgot to renew the certificate.')).not.toEqual([]);
    expect(ids('דוד broke the deploy.')).not.toEqual([]);
    expect(ids("김민준's change took down checkout.")).not.toEqual([]);
  });

  it('leaves such words inside a system sentence clean', () => {
    expect(ids('The 大阪 region failed over to the backup link at 03:10.')).toEqual([]);
    expect(ids('The login page showed 登录失败 because the translation key was missing.')).toEqual([]);
  });
});

describe('a programming language in the possessive', () => {
  it('is software, not a person', () => {
    expect(ids("Kotlin's sloppy defaults caused this.")).toEqual([]);
    expect(ids("Rust's negligence of async cancellation bit us again.")).toEqual([]);
    expect(ids("Ravi's sloppy defaults caused this.")).not.toEqual([]);
  });
});
