import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleContent } from '../../../scripts/compile-content.js';
import { playbookContent, scriptPiece } from '../../../scripts/content/playbook.js';
import { glossary } from '../glossary.js';
import { lookUpGlossary } from '../glossary-lookup.js';
import { objections, probingQuestions } from '../questions.js';
import { glossaryEntrySchema, objectionSchema, probingQuestionSchema } from '../schema.js';
import { glossaryFileSchema, objectionsFileSchema, questionsFileSchema, scriptFileSchema } from './schema.js';

const root = resolve(import.meta.dirname, '../../..');
const issues =
  (schema: { safeParse(value: unknown): { error?: { issues: Array<{ message: string }> } } }) =>
  (value: unknown) =>
    schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe('the playbook data files', () => {
  it('are well formed and compile to the generated modules that are checked in', () => {
    // Fails when a YAML file was edited without `npm run content`, or a generated module by hand.
    expect(staleContent(root, playbookContent(root))).toEqual([]);
  });

  it('compile to entries that their schemas accept as they are', () => {
    for (const objection of objections) expect(objectionSchema.parse(objection)).toEqual(objection);
    for (const question of probingQuestions) expect(probingQuestionSchema.parse(question)).toEqual(question);
    for (const entry of glossary) expect(glossaryEntrySchema.parse(entry)).toEqual(entry);
  });

  it('reject a duplicate id and a misspelt field', () => {
    const objection = objections[0];
    expect(issues(objectionsFileSchema)([objection, objection])).toEqual([`duplicate id ${objection?.id}`]);
    const question = { id: 'q-one', text: 'What did the dashboards show at the time?' };
    expect(issues(questionsFileSchema)({ timeline: [question], close: [question] })).toEqual([
      'duplicate id q-one',
    ]);
    const { kind, ...term } = glossary[0] ?? { kind: 'go' };
    const misspelt = issues(glossaryFileSchema)({ kind, terms: [{ ...term, alias: ['x'] }] });
    expect(misspelt.join()).toContain('"alias"');
  });

  it('accept only the slots the script code fills', () => {
    const script = issues(scriptFileSchema);
    const problems = script({ opening: { heading: 'Opening {speaker}' } });
    expect(problems).toContain('unknown slot {speaker}; expected no slots');
  });

  it('compile a script piece with slots into a template literal that keeps its text as written', () => {
    expect(scriptPiece('No slots here.')).toBe('"No slots here."');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the text under test holds a literal "${"
    const text = 'a `b` ${ c \\ {title}';
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the expected TypeScript holds a template literal
    const typescript = '(slot: { title: string | number }): string => `a \\`b\\` \\${ c \\\\ ${slot.title}`';
    expect(scriptPiece(text)).toBe(typescript);
  });

  it('explain the words of infrastructure and practice, found by any of their words', () => {
    const found = (query: string) => lookUpGlossary(query)?.id;
    expect(
      [
        'HPA',
        'horizontal pod autoscaler',
        'pod',
        'namespace',
        'pgbouncer',
        'bouncer',
        'CI',
        'continuous',
      ].map(found),
    ).toEqual(['hpa', 'hpa', 'pod', 'namespace', 'pgbouncer', 'pgbouncer', 'ci', 'ci']);
    expect(
      ['DBA', 'administrator', 'game day', 'drill', 'RUST_BACKTRACE', 'backtrace', 'whys'].map(found),
    ).toEqual(['dba', 'dba', 'game-day', 'game-day', 'rust-backtrace', 'stack-trace', 'five-whys']);
    // A report says "Time to detect" for one incident; MTTD is the mean over many.
    expect(['time to detect', 'MTTD', 'mean time to resolve'].map(found)).toEqual([
      'time-to-detect',
      'mttd',
      'mttr',
    ]);
  });
});
