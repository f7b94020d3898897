// The playbook's data: src/playbook/content/*.yml compiled into src/playbook/content/generated/*.ts.

import {
  agendaFileSchema,
  glossaryFileSchema,
  objectionsFileSchema,
  questionsFileSchema,
  scriptFileSchema,
} from '../../src/playbook/content/schema.js';
import { agendaPhases, glossaryEntrySchema, probingQuestionSchema } from '../../src/playbook/schema.js';
import { header, literal } from './emit.js';
import { type GeneratedFile, loadYaml } from './load.js';

const folder = 'src/playbook/content';

/** The glossary files, in the order the glossary lists them, with the name each module exports. */
export const glossaryFiles = [
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

/** Every generated module of the playbook's data, from the YAML under `root`. */
export function playbookContent(root: string): GeneratedFile[] {
  const objections = loadYaml(root, `${folder}/objections.yml`, objectionsFileSchema);
  const questions = loadYaml(root, `${folder}/questions.yml`, questionsFileSchema);
  // Parsed again with the entry schemas, so each entry's fields come in the order the types list them.
  const probingQuestions = agendaPhases.flatMap((phase) =>
    questions[phase].map((question) => probingQuestionSchema.parse({ ...question, phase })),
  );
  const agenda = loadYaml(root, `${folder}/agenda.yml`, agendaFileSchema);
  const inPhaseOrder = <T>(record: Record<(typeof agendaPhases)[number], T>) =>
    Object.fromEntries(agendaPhases.map((phase) => [phase, record[phase]]));
  const agendaContent = {
    phases: inPhaseOrder(agenda.phases),
    minutes: Object.fromEntries(
      Object.entries(agenda.minutes).map(([sev, minutes]) => [sev, inPhaseOrder(minutes)]),
    ),
    followUp: agenda.followUp,
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
      'script',
      'scriptText',
      'ScriptText',
      '../schema.js',
      'The pieces of the opening and closing statements.',
      script,
    ),
  ];
}
