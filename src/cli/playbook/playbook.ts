import type { Command } from 'commander';
import { factorCategories } from '../../domain/factor.js';
import { nearestChoice } from '../../domain/nearest.js';
import { nuanceTopics } from '../../playbook/content/generated/nuance.js';
import { speakerAliasNames } from '../../playbook/objections.js';
import { agendaPhases, speakers } from '../../playbook/schema.js';
import { withStore } from '../context.js';
import { CliError } from '../errors.js';
import { meetingMinutes } from '../review.js';

/** The script's check of what it reads aloud: shorthand in words and the blame check (loaded only when needed). */
async function readAloudWith(people: readonly string[]) {
  const { spokenCheck } = await import('../../report/spoken-check.js');
  return spokenCheck(people);
}

/** What the filters and topics accept, listed under the options so nobody has to guess (`playbook --help`). */
function helpLists(): string {
  const list = (label: string, items: readonly string[]) => `  ${label}:\n    ${items.join(', ')}`;
  return [
    '',
    'Accepted values (any case):',
    list('--phase', agendaPhases),
    list('--category', factorCategories),
    list('--role', [`${speakers.join(', ')}; ${speakerAliasNames().join('; ')}`]),
    list(
      'nuance topics',
      nuanceTopics.map((topic) => topic.id),
    ),
    '',
    'Examples:',
    '  $ debrief playbook agenda --incident INC-7K3M9QX2',
    '  $ debrief playbook agenda --severity SEV1 --minutes 45',
    '  $ debrief playbook script --incident INC-7K3M9QX2 --review REV-4TQ8ZP2M',
    '  $ debrief playbook questions --phase timeline',
    '  $ debrief playbook nuance executives',
  ].join('\n');
}

/**
 * An empty `--incident` or `--review` is a mistake (an unset shell variable), not "no incident": the script would be
 * printed as a template, as if the id had been left out on purpose.
 */
function refuseEmptyIds(flags: PlaybookFlags): void {
  const expected = {
    incident: 'an incident id such as INC-7K3M9QX2 (leave out --incident for a template)',
    review: 'a review id such as REV-4TQ8ZP2M',
  };
  for (const name of ['incident', 'review'] as const) {
    const value = flags[name];
    if (value !== undefined && value.trim() === '')
      throw new CliError(`--${name}: expected ${expected[name]}, got ${JSON.stringify(value)}`);
  }
}

const topics = ['script', 'agenda', 'objections', 'questions', 'glossary', 'nuance'] as const;
type Topic = (typeof topics)[number];

interface PlaybookFlags {
  incident?: string;
  severity?: string;
  phase?: string;
  category?: string;
  role?: string;
  review?: string;
  minutes?: string;
  json?: boolean;
}

/**
 * `debrief playbook script|agenda|objections|questions|glossary [TERM]|nuance [TOPIC]`: the facilitator's words,
 * filled from an incident with --incident (the script without one is a template with placeholders). A glossary
 * TERM may be a name, an alias or a log line ("all goroutines are asleep").
 */
export function register(program: Command): void {
  program
    .command('playbook')
    .description(
      "the facilitator's playbook: script, agenda, objections, probing questions, glossary, nuance of tone",
    )
    .argument('[topic]', topics.join('|'))
    .argument('[term...]', 'glossary: a term, alias or log line to explain; nuance: a topic id')
    .option('--incident <id>', 'fill the script and agenda from this incident (without it: a template)')
    .option('--severity <sev>', 'agenda without an incident: SEV1|SEV2|SEV3|SEV4 (default SEV2)')
    .option('--phase <phase>', 'questions: only this agenda phase (any case)')
    .option(
      '--category <category>',
      "questions: this contributing-factor category's questions, then the general ones under their own heading",
    )
    .option(
      '--role <role>',
      'objections: only those this role typically raises (engineer, senior-engineer, manager, executive; stakeholder and titles such as cto, vp or director are executive)',
    )
    .option(
      '--review <id>',
      'script and agenda: for this booked meeting (a follow-up runs its own agenda, opening and closing); default: the next review',
    )
    .option(
      '--minutes <n>',
      "agenda and script: plan a meeting this long (default: the booked review's length, else the severity's)",
    )
    .option('--json', 'print JSON')
    .addHelpText('after', helpLists)
    .action(async (given: string | undefined, term: string[], flags: PlaybookFlags, command: Command) => {
      // With no topic, the overview of what the playbook holds (its help), not a usage error.
      if (given === undefined) return command.help();
      // Any case, as --phase, --role and the nuance topics take it ("Script" is the script).
      const topic = given.trim().toLowerCase();
      if (!(topics as readonly string[]).includes(topic)) {
        const near = nearestChoice(topic, topics);
        throw new CliError(
          `unknown playbook topic ${JSON.stringify(given)}${near ? ` (did you mean ${near}?)` : ''}; expected one of ${topics.join(', ')}`,
        );
      }
      refuseEmptyIds(flags);
      // An empty word is no search: without one the glossary lists every term (trial 21 read "" as that).
      if (topic === 'glossary' && term.length > 0 && term.join(' ').trim() === '') {
        throw new CliError('glossary: the term is empty; give a word to look up, or none to list every term');
      }
      const { refuseInapplicable } = await import('./applicable.js');
      refuseInapplicable(topic, flags, term.join(' '));
      const minutes = flags.minutes === undefined ? undefined : meetingMinutes(flags.minutes);
      const { playbookOutput } = await import('./output.js');
      const { incident } = flags;
      const doc =
        incident !== undefined
          ? await withStore(command, (store) => store.documents.load(incident))
          : undefined;
      // The clock is read here, at the edge: now picks the meeting (the next review, not a past one) and stands in
      // for the meeting's date when no review is scheduled.
      const today = new Date().toISOString();
      // The script reads the incident's title, factors and actions aloud: each goes through the blame check first,
      // so a blameful one is read as its rewrite or flagged for rewording, never as written.
      const check =
        doc && topic === 'script' ? await readAloudWith(doc.participants.map((p) => p.name)) : undefined;
      const output = playbookOutput(
        topic as Topic,
        term.join(' '),
        { ...flags, minutes, today, ...(check ? { check } : {}) },
        doc,
      );
      const { printJson } = await import('../output.js');
      if (flags.json) printJson(output.json);
      else process.stdout.write(output.text);
      for (const warning of output.warnings ?? []) process.stderr.write(`debrief: warning: ${warning}\n`);
      if (doc && topic === 'agenda') {
        // The agenda quotes the incident's title, factors and actions for the facilitator: say when one it prints is
        // blameful, so it is reworded before the meeting (a hint on stderr; the agenda is printed either way).
        const { warnAboutBlame } = await import('../blame-hints.js');
        const records = [doc.title, ...doc.factors.map((f) => f.title), ...doc.actions.map((a) => a.title)];
        const quoted = records.filter((text) => output.text.includes(text));
        await warnAboutBlame(
          quoted.join('\n\n'),
          doc.participants.map((p) => p.name),
          'the agenda quotes this',
        );
      }
    });
}
