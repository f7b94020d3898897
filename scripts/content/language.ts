// The analyzer's data: src/language/rules/*.yml compiled into src/language/rules/generated/*.ts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compilePattern, flagsFor, shadowedNames, type Words } from '../../src/language/rules/expand.js';
import {
  fragmentsFileSchema,
  type LexiconFile,
  lexiconFileSchema,
  type RuleEntry,
  type RuleFile,
  ruleFileSchema,
} from '../../src/language/rules/schema.js';
import { type Category, categories } from '../../src/language/types.js';
import { Code, header, literal } from './emit.js';
import { type GeneratedFile, loadYaml, within } from './load.js';

/** The folder of the rule data; its modules go to `generated/` under it. */
export const rulesFolder = 'src/language/rules';
const fragmentsPath = `${rulesFolder}/fragments.yml`;
const lexiconPath = `${rulesFolder}/lexicon.yml`;

const kebab = (category: Category) => category.replace(/_/g, '-');
const references = (text: unknown) => [...JSON.stringify(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);

/** Fails when a name is defined and never referred to by the text that could use it. */
function checkUsed(words: Words | undefined, users: unknown, where: string): void {
  const used = new Set(references(users));
  const unused = Object.keys(words ?? {}).filter((name) => !used.has(name));
  if (unused.length > 0) throw new Error(`${where}: ${unused.map((n) => `{{${n}}}`).join(', ')} never used`);
}

/** One rule as the `Rule` object the analyzer reads (key order as in rule.ts). */
function compileRule(rule: RuleEntry, file: RuleFile, fragments: Words): Record<string, unknown> {
  return within(rule.id, () => {
    const scopes = [rule.words ?? {}, file.words ?? {}, fragments];
    const shadowed = shadowedNames(scopes);
    if (shadowed.length > 0) throw new Error(`${shadowed.map((n) => `{{${n}}}`).join(', ')} defined twice`);
    checkUsed(rule.words, [rule.pattern, rule.unless, rule.words], 'words');
    const pattern = within('pattern', () => compilePattern(rule.pattern, scopes));
    const unless = rule.unless && within('unless', () => compilePattern(rule.unless ?? '', scopes));
    if (rule.rewrite && !pattern.source.includes('(?<verb>')) {
      throw new Error('a rule with a rewrite needs a (?<verb>…) group in its pattern');
    }
    const rewrite = rule.rewrite && new Code(`rewrites${literalKey(rule.rewrite)}`);
    return {
      id: rule.id,
      category: file.category,
      severity: rule.severity,
      message: rule.message,
      suggestions: rule.suggestions,
      question: rule.question,
      cue: rule.cue.join('|'),
      pattern,
      agent: rule.agent,
      agentAt: rule.agentAt,
      unless,
      rewrite,
      examples: rule.examples,
    };
  });
}

const literalKey = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`);

/**
 * All rules in one module, file by file in the order of the taxonomy: one module rather than one per file, because
 * every module costs the CLI's start-up a read, a parse and a link.
 */
function rulesModule(
  files: ReadonlyArray<{ path: string; file: RuleFile }>,
  fragments: Words,
): GeneratedFile {
  const sections = categories.map((category) => {
    const { path, file } = files.find((entry) => entry.file.category === category) as (typeof files)[number];
    checkUsed(file.words, [file.rules, file.words], `${path}: words`);
    const rules = file.rules.map((rule) => `  ${literal(compileRule(rule, file, fragments), '  ')},`);
    return [`  // ${path}`, ...rules].join('\n');
  });
  const imports = ["import type { Rule } from '../../rule.js';"];
  if (files.some(({ file }) => file.rules.some((rule) => rule.rewrite))) {
    imports.push("import { rewrites } from '../../rewrite.js';");
  }
  const text = [
    header([`${rulesFolder}/<category>.yml`, fragmentsPath]),
    ...imports,
    '',
    '/** Every rule of every rule file, file by file in the order of the taxonomy, each file in its own order. */',
    'export const generatedRules: readonly Rule[] = [',
    ...sections,
    '];',
    '',
  ].join('\n');
  return { path: `${rulesFolder}/generated/rules.ts`, text };
}

function lexiconModule(lexicon: LexiconFile, fragments: Words): GeneratedFile {
  const doc = (key: keyof LexiconFile) => `/** ${lexiconFileSchema.shape[key].description ?? key}. */`;
  const wordLists = (Object.keys(lexicon) as Array<keyof LexiconFile>).filter(
    (key) => key !== 'nounSuffixes' && key !== 'technicalHomonyms',
  );
  const lines = [
    header([lexiconPath]),
    '// Word lists are kept as one space-separated string each: smaller and faster to load than array literals.',
    "const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));",
    '',
  ];
  for (const key of wordLists) {
    const list = literal((lexicon[key] as string[]).join(' '));
    // The products count as not-names too, so they are listed once.
    const value = key === 'notNames' ? `new Set([...productNames, ...words(${list})])` : `words(${list})`;
    lines.push(doc(key), `export const ${key}: ReadonlySet<string> = ${value};`, '');
  }
  const suffixSource = `(?:${lexicon.nounSuffixes.join('|')})$`;
  const homonyms = lexicon.technicalHomonyms.map(({ needs, pattern, words }, index) =>
    within(`${lexiconPath}: technicalHomonyms ${index + 1}`, () => {
      const scopes = [words ?? {}, fragments];
      if (shadowedNames(scopes).length > 0)
        throw new Error(`${shadowedNames(scopes).join(', ')} defined twice`);
      checkUsed(words, [pattern, words], 'words');
      return { needs, pattern: compilePattern(pattern, scopes) };
    }),
  );
  lines.push(
    doc('nounSuffixes'),
    `export const nounSuffix = ${literal(new RegExp(suffixSource, flagsFor(suffixSource)))};`,
    '',
    doc('technicalHomonyms'),
    `export const technicalHomonyms: ReadonlyArray<{ needs: readonly string[]; pattern: RegExp }> = ${literal(homonyms)};`,
    '',
  );
  return { path: `${rulesFolder}/generated/lexicon.ts`, text: lines.join('\n') };
}

/** Every generated module of the analyzer's data, from the YAML under `root`. */
export function languageContent(root: string): GeneratedFile[] {
  const fragments = loadYaml(root, fragmentsPath, fragmentsFileSchema);
  const lexicon = loadYaml(root, lexiconPath, lexiconFileSchema);
  const names = readdirSync(join(root, rulesFolder))
    .filter(
      (name) => name.endsWith('.yml') && ![fragmentsPath, lexiconPath].includes(`${rulesFolder}/${name}`),
    )
    .sort();
  const files = names.map((name) => {
    const path = `${rulesFolder}/${name}`;
    const file = loadYaml(root, path, ruleFileSchema);
    if (name !== `${kebab(file.category)}.yml`)
      throw new Error(`${path}: expected the file ${kebab(file.category)}.yml`);
    return { path, file };
  });
  const missing = categories.filter((category) => !files.some(({ file }) => file.category === category));
  if (missing.length > 0) throw new Error(`${rulesFolder}: no rule file for ${missing.join(', ')}`);
  checkUsed(
    fragments,
    [fragments, lexicon.technicalHomonyms, ...files.map(({ file }) => file)],
    fragmentsPath,
  );
  return [rulesModule(files, fragments), lexiconModule(lexicon, fragments)];
}
