import { describe, expect, it } from 'vitest';
import { objectionResponse, objectionsRaisedBy, raisedBy, speakerFromText } from './objections.js';
import { objections } from './questions.js';
import type { Objection } from './schema.js';

const byId = (id: string): Objection => {
  const found = objections.find((objection) => objection.id === id);
  if (!found) throw new Error(`no objection ${id}`);
  return found;
};

describe('the objections', () => {
  it("hold the senior engineer's fair objection, raised by a senior engineer, with harsher forms beside it", () => {
    const fair = byId('what-was-the-mistake');
    expect(fair.saidBy[0]).toBe('senior-engineer');
    expect(fair.harsherFormOf).toBeUndefined();
    const harsher = objections.filter((o) => o.harsherFormOf === fair.id).map((o) => o.id);
    expect(harsher).toContain('who-made-the-mistake');
  });

  it("tag \"we need to know who\" as a senior engineer's or a manager's, not an executive's", () => {
    expect(byId('who-made-the-mistake').saidBy).toEqual(['senior-engineer', 'manager']);
  });

  it('answer the fair objection with the system checks: code review, alert clarity and automated tests', () => {
    const checks = byId('what-was-the-mistake').systemChecks.join(' ');
    expect(checks).toMatch(/code review/);
    expect(checks).toMatch(/alerts? clear/);
    expect(checks).toMatch(/automated test/);
  });

  it("hold the executive's fair objection, answered by first agreeing that accountability matters", () => {
    const fair = byId('who-is-responsible');
    expect(fair.saidBy).toEqual(['executive']);
    expect(fair.acknowledge).toMatch(/^Accountability matters/);
    expect(fair.explain).toMatch(/temporary fix/);
    expect(fair.explain).toMatch(/initiative/);
    expect(fair.explain).toMatch(/processes, our tooling and our training/);
    expect(objections.filter((o) => o.harsherFormOf === fair.id).length).toBeGreaterThanOrEqual(2);
  });

  it('link every harsher form to an objection that exists and is itself a fair form', () => {
    const broken = objections
      .filter((o) => o.harsherFormOf !== undefined)
      .filter(
        (o) =>
          objections.find((fair) => fair.id === o.harsherFormOf)?.harsherFormOf !== undefined ||
          !objections.some((fair) => fair.id === o.harsherFormOf),
      )
      .map((o) => o.id);
    expect(broken).toEqual([]);
  });

  it('acknowledge the person before anything else, never opening with a "but"', () => {
    const abrupt = objections
      .filter((o) => /^(but|however|no|actually)\b/i.test(o.acknowledge))
      .map((o) => o.id);
    expect(abrupt).toEqual([]);
  });

  it('say the answer in order: acknowledge, explain, the system checks, then the question that redirects', () => {
    const o = byId('who-is-responsible');
    const response = objectionResponse(o);
    expect(response.startsWith(o.acknowledge)).toBe(true);
    expect(response.indexOf(o.explain)).toBeGreaterThan(0);
    expect(response.indexOf(o.systemChecks.at(-1) ?? '')).toBeGreaterThan(response.indexOf(o.explain));
    expect(response.endsWith(o.redirect)).toBe(true);
  });

  it('name who usually raises each objection as a phrase', () => {
    expect(raisedBy(byId('who-made-the-mistake'))).toBe('a senior engineer or a manager');
    expect(raisedBy(byId('just-human-error'))).toBe('an engineer, a manager or an executive');
    expect(raisedBy(byId('who-is-responsible'))).toBe('an executive');
  });
});

describe('objections by who raises them', () => {
  it('reads a role in any case and spelling, with a space, hyphen or underscore', () => {
    expect(speakerFromText('Executive')).toBe('executive');
    expect(speakerFromText('exec')).toBe('executive');
    // By their titles (trial 24 typed --role cto).
    expect(speakerFromText('CTO')).toBe('executive');
    expect(speakerFromText('VPs')).toBe('executive');
    expect(speakerFromText('engineering manager')).toBe('manager');
    expect(speakerFromText('staff engineer')).toBe('senior-engineer');
    expect(speakerFromText('Head of Engineering')).toBe('executive');
    expect(speakerFromText('VP Engineering')).toBe('executive');
    expect(speakerFromText('tech lead')).toBe('senior-engineer');
    expect(speakerFromText(' senior engineer ')).toBe('senior-engineer');
    expect(speakerFromText('SENIOR_ENGINEER')).toBe('senior-engineer');
    expect(speakerFromText('intern')).toBeUndefined();
  });

  it('keeps only the objections that role typically raises, in the playbook order', () => {
    const asked = objectionsRaisedBy('executive');
    expect(asked.length).toBeGreaterThan(3);
    expect(asked.every((o) => o.saidBy.includes('executive'))).toBe(true);
    expect(asked.map((o) => o.id)).toContain('who-is-responsible');
    expect(asked.map((o) => o.id)).not.toContain('what-was-the-mistake');
  });
});
