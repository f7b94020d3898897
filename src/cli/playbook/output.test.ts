import { describe, expect, it } from 'vitest';
import { sampleIncident } from '../../report/test-support/sample-incident.js';
import { playbookOutput } from './output.js';

describe('playbook output', () => {
  it('scales the agenda with severity, or takes it from the incident', () => {
    expect(playbookOutput('agenda', '', { severity: 'SEV1' }, undefined).json).toMatchObject({
      minutes: 120,
    });
    expect(playbookOutput('agenda', '', { severity: 'SEV1' }, sampleIncident()).json).toMatchObject({
      severity: 'SEV2',
      minutes: 90,
    });
  });

  it('rejects a severity it does not know, naming the accepted ones', () => {
    expect(() => playbookOutput('agenda', '', { severity: 'SEV9' }, undefined)).toThrow(
      'invalid --severity: expected one of SEV1, SEV2, SEV3, SEV4, got "SEV9"',
    );
  });

  it('filters probing questions by phase and category', () => {
    const questions = playbookOutput('questions', '', { phase: 'factors', category: 'capacity' }, undefined)
      .json as Array<{ phase: string; categories: string[] }>;
    expect(questions.length).toBeGreaterThan(3);
    for (const q of questions) {
      expect(q.phase).toBe('factors');
      expect(q.categories.length === 0 || q.categories.includes('capacity')).toBe(true);
    }
  });

  it('prints every objection with a response and a question', () => {
    const { text } = playbookOutput('objections', '', {}, undefined);
    expect(text.match(/^ {2}Ask: /gm)?.length).toBeGreaterThanOrEqual(15);
  });

  it('suggests near terms when a glossary term is unknown', () => {
    expect(() => playbookOutput('glossary', 'mute', {}, undefined)).toThrow(
      /^no glossary entry for "mute"; did you mean: .*Poisoned mutex/,
    );
  });

  it('finds a glossary entry by any one word of its term', () => {
    expect(playbookOutput('glossary', 'checker', {}, undefined).text).toMatch(/^Borrow checker \(rust\)/);
    expect(playbookOutput('glossary', 'herd', {}, undefined).text).toMatch(/^Thundering herd/);
  });

  it('lists every glossary term when no term is given', () => {
    const { text } = playbookOutput('glossary', '', {}, undefined);
    expect(text.split('\n').length).toBeGreaterThan(80);
  });

  it('fills the script from the incident and names what is missing', () => {
    const { text } = playbookOutput('script', '', {}, sampleIncident());
    expect(text).toContain('a SEV2 incident that affected checkout-api and payments-gateway');
    expect(text).toContain('(Missing: owner for "Add a runbook for pool exhaustion"');
  });
});
