import { describe, expect, it } from 'vitest';
import { factorCategories } from '../../domain/index.js';
import { findGlossaryTerm } from '../glossary.js';
import { nuanceTopics } from '../nuance.js';
import { objections, questionById } from '../questions.js';
import { agendaPhases } from '../schema.js';
import { guideCoverage } from './generated/guide-coverage.js';
import * as script from './generated/script.js';

/** `closing.alignment` → `closingAlignment`: the generated name of a piece of script.yml. */
const scriptName = (path: string) =>
  path
    .split('.')
    .map((part, i) => (i === 0 ? part : `${part.charAt(0).toUpperCase()}${part.slice(1)}`))
    .join('');

/** Whether a `kind:id` reference names a playbook entry that exists. */
function exists(ref: string): boolean {
  const [kind, id = ''] = ref.split(/:(.*)/s);
  switch (kind) {
    case 'objection':
      return objections.some((o) => o.id === id);
    case 'question':
      return questionById(id) !== undefined;
    case 'script':
      return Object.hasOwn(script, scriptName(id));
    case 'agenda':
      return (agendaPhases as readonly string[]).includes(id);
    case 'nuance':
      return nuanceTopics.some((topic) => topic.id === id);
    case 'glossary':
      return findGlossaryTerm(id)?.id === id;
    case 'category':
      return (factorCategories as readonly string[]).includes(id);
    default:
      return false;
  }
}

describe("the guide's coverage checklist", () => {
  it('lists the elements of the guide, from its purpose to its closing words', () => {
    const ids = guideCoverage.map((element) => element.id);
    for (const id of [
      'purpose',
      'bottom-line-first',
      'opening-blameless-rule',
      'senior-engineer-objection',
      'executive-objection',
      'system-examples',
      'probe-information',
      'probe-assumptions',
      'probe-alternatives',
      'blame-is-temporary',
      'process-tooling-training',
      'restate-blameless-rule',
      'summarise-and-align',
      'follow-up-meeting',
      'vocabulary',
      'cultural-nuance',
      'executive-nuance',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('covers every element with entries that exist in the playbook', () => {
    const missing = guideCoverage.flatMap((element) =>
      element.coveredBy.filter((ref) => !exists(ref)).map((ref) => `${element.id} → ${ref}`),
    );
    expect(missing).toEqual([]);
  });

  it('notices a reference to an entry that does not exist', () => {
    expect(exists('objection:what-was-the-mistake')).toBe(true);
    expect(exists('objection:no-such-objection')).toBe(false);
    expect(exists('script:closing.alignment')).toBe(true);
    expect(exists('script:closing.nothing')).toBe(false);
  });
});
