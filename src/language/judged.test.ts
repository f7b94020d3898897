import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';

const judged = (text: string) => analyze(text, { rules: ['judgmental/evaluative-word'] }).length > 0;

describe('a character judgement', () => {
  it('judges the people behind a bare "it" or "that" standing for what happened', () => {
    expect(judged('It was careless.')).toBe(true);
    expect(judged('That was careless.')).toBe(true);
    expect(judged('Honestly, it was just lazy.')).toBe(true);
  });

  it('judges the people behind an act, even one named by a software noun (the deploy, the release)', () => {
    expect(judged('The deploy was careless.')).toBe(true);
    expect(judged('That release was reckless and rushed.')).toBe(true);
    expect(judged('The change was sloppy and reckless.')).toBe(true);
    expect(judged('an incompetent rollout')).toBe(true);
    expect(judged('The contractor did a sloppy job on the rules.')).toBe(true);
  });

  it('judges whoever built a component when the word is not a design term', () => {
    expect(judged('A sloppy health check let the broken pods through.')).toBe(true);
    expect(judged('Someone got lazy with the integration tests.')).toBe(true);
  });

  it('describes a component it qualifies when "lazy" or "dumb" name a design', () => {
    expect(judged('We put a lazy loader in front of the font files.')).toBe(false);
    expect(judged('The edge proxy is a dumb pipe.')).toBe(false);
    expect(judged('The deploy script is dumb on purpose: it only copies files.')).toBe(false);
    expect(judged('The iterator is lazy, so nothing runs until the first read.')).toBe(false);
  });

  it('describes behaviour when what is disregarded is named and the subject is not a person', () => {
    expect(judged('The client is careless with file descriptors.')).toBe(false);
    expect(judged('The eviction policy is careless of the cost of a cold cache.')).toBe(false);
    expect(judged('The plan was careless of the cost.')).toBe(false);
    expect(judged('Stakeholder 3 was careless with the admin credentials.')).toBe(true);
    expect(judged('That was careless of the on-call.')).toBe(true);
  });

  it("describes a component's default or setting when the component is what has it", () => {
    expect(judged('The retry library has a careless default that retries every failure.')).toBe(false);
    expect(judged('The SDK ships with a lax default for TLS verification.')).toBe(false);
    expect(judged('Kenji has a careless habit of force-pushing.')).toBe(true);
    expect(judged('Someone picked a careless default for the retry budget.')).toBe(true);
  });

  it('judges a bare "it" after a dash as what happened', () => {
    expect(judged('A — It was careless.')).toBe(true);
    expect(judged('Failover at 14:05 - it was reckless.')).toBe(true);
    expect(judged('A — the retry budget ran out.')).toBe(false);
  });
});

describe('a character judgement of someone a report names by role (trial 12c C-6, C-23)', () => {
  it('judges a subject with "who" after its head, whatever the clause ends in', () => {
    expect(judged('The engineer who pushed it was incompetent.')).toBe(true);
    expect(judged('The service, which restarted twice, was lazy to recover.')).toBe(false);
  });

  it('judges an anonymised attendee, participant or author as a person', () => {
    expect(judged('Attendee 1 was sloppy with the failover.')).toBe(true);
    expect(judged('Participant 2 was careless.')).toBe(true);
    expect(judged('The change author 2 was careless.')).toBe(true);
  });
});
