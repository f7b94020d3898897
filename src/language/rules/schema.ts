// The shape of the rule data files in this folder, checked by scripts/compile-content.ts before it writes the
// generated modules (and by the tests that compare them). Nothing at run time imports it.
import { z } from 'zod';
import { rewrites } from '../rewrite.js';
import type { AgentNeed, AgentPlace } from '../rule.js';
import { categories } from '../types.js';

/** Pattern text: one regular-expression source, or a list of alternatives joined with `|` (see expand.ts). */
export const patternTextSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

/** Named pattern text for `{{name}}` references: camelCase names. */
export const wordsSchema = z.record(
  z.string().regex(/^[a-z][A-Za-z0-9]*$/, { error: 'expected a camelCase name' }),
  patternTextSchema,
);

/** fragments.yml: pattern text shared by every rule file. */
export const fragmentsFileSchema = wordsSchema;

const agentNeeds = ['person', 'not-system', 'person-or-none'] as const satisfies readonly AgentNeed[];
const agentPlaces = ['before', 'group', 'clause', 'judged'] as const satisfies readonly AgentPlace[];

/**
 * A cue: lower case (sentences are lower-cased before the cues are looked up), its first word two letters or more;
 * or two characters or more of a script written without spaces (Han, kana, Hangul), found wherever they start.
 */
const cueSchema = z
  .string()
  .regex(
    /^(?:[a-z0-9][a-z0-9'’-]+(?: [a-z0-9'’-]+)*|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]{2,})$/u,
    { error: 'expected a lower-case word or phrase' },
  );

const sentence = z.string().regex(/^\S.*\S$/, { error: 'expected text without surrounding spaces' });

/** One rule, as written in a rule file (compare `Rule` in rule.ts, which is what it compiles to). */
export const ruleEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z_]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected category/kebab-case-id' }),
  severity: z.enum(['error', 'warning', 'suggestion']).optional(),
  message: sentence.min(11),
  suggestions: z.array(sentence).min(1),
  question: sentence.regex(/\?$/, { error: 'expected a question' }),
  cue: z.array(cueSchema).min(1),
  pattern: patternTextSchema,
  agent: z.enum(agentNeeds).optional(),
  agentAt: z.enum(agentPlaces).optional(),
  unless: patternTextSchema.optional(),
  rewrite: z.enum(Object.keys(rewrites) as [keyof typeof rewrites]).optional(),
  /** Named pattern text for this rule's pattern and `unless` only. */
  words: wordsSchema.optional(),
  examples: z.strictObject({
    match: z.array(sentence).min(1),
    noMatch: z.array(sentence).min(1),
  }),
});
export type RuleEntry = z.infer<typeof ruleEntrySchema>;

/** A rule file: the rules of one category, in the order the analyzer tries them. */
export const ruleFileSchema = z
  .strictObject({
    category: z.enum(categories),
    /** Named pattern text shared by the rules of this file. */
    words: wordsSchema.optional(),
    rules: z.array(ruleEntrySchema).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    for (const [index, rule] of file.rules.entries()) {
      if (!rule.id.startsWith(`${file.category}/`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', index, 'id'],
          message: `expected the id to start with "${file.category}/"`,
        });
      }
      if (seen.has(rule.id)) {
        ctx.addIssue({ code: 'custom', path: ['rules', index, 'id'], message: `duplicate id ${rule.id}` });
      }
      seen.add(rule.id);
    }
  });
export type RuleFile = z.infer<typeof ruleFileSchema>;

/** Whitespace-separated lower-case words, each once. */
const wordListSchema = z
  .string()
  .transform((text) => text.trim().split(/\s+/))
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    for (const word of list) {
      if (word !== word.toLowerCase())
        ctx.addIssue({ code: 'custom', message: `"${word}" is not lower case` });
      if (seen.has(word)) ctx.addIssue({ code: 'custom', message: `"${word}" is listed twice` });
      seen.add(word);
    }
  });

/** lexicon.yml: the word lists behind agent resolution, and the technical homonyms of blame words. */
export const lexiconFileSchema = z.strictObject({
  personPronouns: wordListSchema.describe(
    'Pronouns and indefinites that stand for people (research notes 3.2)',
  ),
  personPossessives: wordListSchema.describe(
    'Possessive pronouns that make their noun a person\'s work ("his change")',
  ),
  thingPronouns: wordListSchema.describe('Pronouns that stand for things'),
  roles: wordListSchema.describe('Roles, including plurals: a role is a person for blame purposes'),
  placeholderRoles: wordListSchema.describe(
    'Words that anonymised reports number to stand for a person ("Actor 2"); a person only with the number after them',
  ),
  systemNouns: wordListSchema.describe(
    'Nouns for software and infrastructure: the same predicate with one of these as agent is neutral',
  ),
  workProducts: wordListSchema.describe(
    'Nouns for things people make: a judgement of one of these judges its author ("a sloppy edit")',
  ),
  productNames: wordListSchema.describe(
    'Capitalised words that are products or tools: software, never people',
  ),
  notNames: wordListSchema.describe(
    'Capitalised words that are products, places, months or labels, never people (the products included)',
  ),
  subjectTrailers: wordListSchema.describe(
    'Words that may follow a subject and are not its head: adverbs and auxiliaries',
  ),
  personalActs: wordListSchema.describe(
    'Software nouns that, owned by a person, are something they did ("her rollout", "Ana\'s script"), unlike "her parser"',
  ),
  departmentSubjects: wordListSchema.describe(
    'Departments that, capitalised and bare as the subject of a blame predicate, stand for a team ("Security should have…")',
  ),
  departments: wordListSchema.describe(
    'Department names that stand for a team when capitalised and possessive ("Security\'s rotation")',
  ),
  knownFirstNames: wordListSchema.describe(
    'First names common enough to be recognised even at the start of a sentence',
  ),
  everydayNames: wordListSchema.describe(
    'First names that are also everyday words or common code names (Will, May, Grant, Page, Atlas): a name only with more evidence than a name list',
  ),
  nounSuffixes: z
    .array(z.string().min(1))
    .min(1)
    .describe(
      'Common suffixes of nouns that are not names (used for a capitalised word at the start of a sentence)',
    ),
  technicalHomonyms: z
    .array(
      z.strictObject({
        needs: z.array(z.string().min(1)).min(1),
        pattern: patternTextSchema,
        words: wordsSchema.optional(),
      }),
    )
    .min(1)
    .describe(
      'Technical homonyms: evaluative or blame words that name a technique, not a judgement (3.4). Each pattern comes\n * with `needs`, words one of which every match contains, so that most sentences skip the pattern unrun',
    ),
});
export type LexiconFile = z.infer<typeof lexiconFileSchema>;
