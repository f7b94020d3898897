// The playbook's data: src/playbook/content/*.yml compiled into src/playbook/content/generated/*.ts.

import {
  agendaFileSchema,
  glossaryFileSchema,
  guideCoverageFileSchema,
  nuanceFileSchema,
  objectionsFileSchema,
  questionsFileSchema,
  type ScriptText,
  scriptFileSchema,
} from '../../src/playbook/content/schema.js';
import { agendaPhases, glossaryEntrySchema, probingQuestionSchema } from '../../src/playbook/schema.js';
import { header, literal } from './emit.js';
import { type GeneratedFile, loadYaml } from './load.js';

const folder = 'src/playbook/content';

/** The glossary files, in the order the glossary lists them, with the name each module exports. */
const glossaryFiles = [
  { name: 'glossary-incident', exportName: 'incidentTerms' },
  { name: 'glossary-infrastructure', exportName: 'infrastructureTerms' },
  { name: 'glossary-go', exportName: 'goTerms' },
  { name: 'glossary-rust', exportName: 'rustTerms' },
] as const;

/** One module exporting `value` under `name` with type `type` (imported from `typeFrom`). */
function dataModule(
  name: string,
  exportName: string,
  type: string,
  typeFrom: string,
  doc: string,
  value: unknown,
) {
  const typeName = type.replace(/^readonly |\[\]$/g, '');
  return {
    path: `${folder}/generated/${name}.ts`,
    text: [
      header([`${folder}/${name}.yml`]),
      `import type { ${typeName} } from '${typeFrom}';`,
      '',
      `/** ${doc} */`,
      `export const ${exportName}: ${type} = ${literal(value)};`,
      '',
    ].join('\n'),
  };
}

/** `opening.missing.services` → `openingMissingServices`: the name of a piece of the script. */
function flatten(value: unknown, prefix = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) =>
    flatten(item, prefix === '' ? key : `${prefix}${key.charAt(0).toUpperCase()}${key.slice(1)}`),
  );
}

/** A piece of text as a TypeScript expression: a string, or a function of its `{slot}`s built from a template literal. */
export function scriptPiece(text: string): string {
  const parts = text.split(/\{(\w+)\}/);
  if (parts.length === 1) return literal(text);
  const slots = [...new Set(parts.filter((_, i) => i % 2 === 1))];
  const escaped = (part: string) => part.replace(/[`\\]|\$\{/g, (found) => `\\${found}`);
  const body = parts.map((part, i) => (i % 2 === 1 ? `\${slot.${part}}` : escaped(part))).join('');
  return `(slot: { ${slots.map((name) => `${name}: string | number`).join('; ')} }): string => \`${body}\``;
}

/**
 * The script as one constant per piece, and a piece with `{slot}`s as a function that fills them: the slots are
 * filled by template literals compiled here, and the web bundle refers to each piece by a short local name, so the
 * review page's code stays as small and fast as when the text was written inline.
 */
function scriptModule(script: ScriptText): GeneratedFile {
  const pieces = flatten(script).map(([name, text]) => `export const ${name} = ${scriptPiece(text)};`);
  return {
    path: `${folder}/generated/script.ts`,
    text: [
      header([`${folder}/script.yml`]),
      '// Each piece is named by its place in the file: `opening.missing.services` is `openingMissingServices`.',
      ...pieces,
      '',
    ].join('\n'),
  };
}

/** Every generated module of the playbook's data, from the YAML under `root`. */
export function playbookContent(root: string): GeneratedFile[] {
  const objections = loadYaml(root, `${folder}/objections.yml`, objectionsFileSchema);
  const questions = loadYaml(root, `${folder}/questions.yml`, questionsFileSchema);
  // Parsed again with the entry schemas, so each entry's fields come in the order the types list them.
  const probingQuestions = agendaPhases.flatMap((phase) =>
    questions[phase].map((question) => probingQuestionSchema.parse({ ...question, phase })),
  );
  const agenda = loadYaml(root, `${folder}/agenda.yml`, agendaFileSchema);
  // A follow-up's question is one of its phase's probing questions.
  for (const [phase, ids] of Object.entries(agenda.followUpQuestions)) {
    for (const id of ids ?? []) {
      if (!probingQuestions.some((question) => question.id === id && question.phase === phase))
        throw new Error(
          `${folder}/agenda.yml: followUpQuestions.${phase}: no ${phase} question "${id}" in questions.yml`,
        );
    }
  }
  const inPhaseOrder = <T>(record: Record<(typeof agendaPhases)[number], T>) =>
    Object.fromEntries(agendaPhases.map((phase) => [phase, record[phase]]));
  const agendaContent = {
    phases: inPhaseOrder(agenda.phases),
    minutes: Object.fromEntries(
      Object.entries(agenda.minutes).map(([sev, minutes]) => [sev, inPhaseOrder(minutes)]),
    ),
    followUp: agenda.followUp,
    followUpQuestions: agenda.followUpQuestions,
    minimumMinutes: agenda.minimumMinutes,
    followUpAfter: agenda.followUpAfter,
  };
  const script = loadYaml(root, `${folder}/script.yml`, scriptFileSchema);
  return [
    dataModule(
      'objections',
      'objections',
      'readonly Objection[]',
      '../../schema.js',
      'Blame-seeking remarks with a calm response and a question that turns to the system.',
      objections,
    ),
    dataModule(
      'questions',
      'probingQuestions',
      'readonly ProbingQuestion[]',
      '../../schema.js',
      'Probing questions, phase by phase in agenda order.',
      probingQuestions,
    ),
    ...glossaryFiles.map(({ name, exportName }) => {
      const file = loadYaml(root, `${folder}/${name}.yml`, glossaryFileSchema);
      const terms = file.terms.map((term) => glossaryEntrySchema.parse({ ...term, kind: file.kind }));
      const doc = `The glossary terms of kind \`${file.kind}\`.`;
      return dataModule(name, exportName, 'readonly GlossaryEntry[]', '../../schema.js', doc, terms);
    }),
    dataModule(
      'agenda',
      'agendaContent',
      'AgendaContent',
      '../schema.js',
      'Phase titles and goals, time boxes by severity, and the follow-up agenda.',
      agendaContent,
    ),
    dataModule(
      'nuance',
      'nuanceTopics',
      'readonly NuanceTopic[]',
      '../../schema.js',
      'Guidance on tone for executives, for someone who feels accused, and across cultures, languages and rank.',
      loadYaml(root, `${folder}/nuance.yml`, nuanceFileSchema),
    ),
    dataModule(
      'guide-coverage',
      'guideCoverage',
      'readonly GuideElement[]',
      '../../schema.js',
      'Each element of the guide debrief was built from, and the playbook entries that cover it.',
      loadYaml(root, `${folder}/guide-coverage.yml`, guideCoverageFileSchema),
    ),
    scriptModule(script),
  ];
}
