import {
  factorCategorySchema,
  type IncidentDocument,
  parseWith,
  severitySchema,
} from '../../domain/index.js';
import {
  agendaFor,
  agendaMinutes,
  agendaPhaseSchema,
  glossary as allTerms,
  closingStatement,
  lookUpGlossary,
  objections,
  openingStatement,
  questionsFor,
  searchGlossary,
} from '../../playbook/index.js';
import { CliError } from '../errors.js';
import { formatTable } from '../output.js';

interface Output {
  text: string;
  json: unknown;
}

interface Flags {
  severity?: string;
  phase?: string;
  category?: string;
}

/** Builds what `debrief playbook TOPIC` prints, as text and as JSON. */
export function playbookOutput(
  topic: string,
  term: string,
  flags: Flags,
  doc: IncidentDocument | undefined,
): Output {
  switch (topic) {
    case 'script':
      return script(doc);
    case 'agenda':
      return agenda(doc, flags.severity);
    case 'objections':
      return {
        json: objections,
        text: `${objections.map((o) => `“${o.said}”\n  Response: ${o.response}\n  Ask: ${o.redirect}\n`).join('\n')}`,
      };
    case 'questions':
      return questions(flags);
    default:
      return glossary(term);
  }
}

function script(doc: IncidentDocument | undefined): Output {
  if (!doc) throw new CliError('the script is filled from an incident; add --incident ID');
  const statements = [openingStatement(doc), closingStatement(doc)];
  const text = statements
    .map((s) => {
      const missing = s.missing.length ? `\n(Missing: ${s.missing.join('; ')})\n` : '';
      return `${s.heading}\n${'='.repeat(s.heading.length)}\n${s.text}\n${missing}`;
    })
    .join('\n');
  return { text, json: { opening: statements[0], closing: statements[1] } };
}

function agenda(doc: IncidentDocument | undefined, severityFlag: string | undefined): Output {
  const severity = doc?.severity ?? parseWith(severitySchema, severityFlag ?? 'SEV2', '--severity');
  const items = agendaFor(severity);
  const rows = items.map((item) => [`${item.minutes} min`, item.title, item.goal]);
  const text = `Review agenda for a ${severity} incident (${agendaMinutes(items)} minutes)\n\n${formatTable(['Time', 'Phase', 'Goal'], rows, 100)}\n`;
  return { text, json: { severity, minutes: agendaMinutes(items), items } };
}

function questions(flags: Flags): Output {
  const filter = {
    ...(flags.phase ? { phase: parseWith(agendaPhaseSchema, flags.phase, '--phase') } : {}),
    ...(flags.category ? { category: parseWith(factorCategorySchema, flags.category, '--category') } : {}),
  };
  const list = questionsFor(filter);
  const text = `${list.map((q) => `[${q.phase}${q.categories.length ? ` · ${q.categories.join(', ')}` : ''}] ${q.text}`).join('\n')}\n`;
  return { text, json: list };
}

function glossary(term: string): Output {
  if (term.trim() === '') {
    const rows = allTerms.map((e) => [e.term, e.kind, e.aliases.join(', ')]);
    return { text: `${formatTable(['Term', 'Kind', 'Also called'], rows, 60)}\n`, json: allTerms };
  }
  const entry = lookUpGlossary(term);
  if (!entry) {
    const near = searchGlossary(term)
      .slice(0, 5)
      .map((e) => e.term);
    throw new CliError(
      `no glossary entry for ${JSON.stringify(term)}${near.length ? `; did you mean: ${near.join(', ')}` : '; list the terms with `debrief playbook glossary`'}`,
    );
  }
  const text = [
    `${entry.term} (${entry.kind})`,
    '',
    `For engineers: ${entry.engineer}`,
    `In plain words: ${entry.exec}`,
    `Factor categories: ${entry.categories.join(', ')}`,
    'Questions to ask:',
    ...questionsForEntry(entry.questions).map((q) => `- ${q}`),
    '',
  ].join('\n');
  return { text, json: { ...entry, questionTexts: questionsForEntry(entry.questions) } };
}

function questionsForEntry(ids: readonly string[]): string[] {
  const all = questionsFor();
  return ids.flatMap((id) => all.filter((q) => q.id === id).map((q) => q.text));
}
