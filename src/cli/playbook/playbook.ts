import type { Command } from 'commander';
import { withStore } from '../context.js';
import { CliError } from '../errors.js';

const topics = ['script', 'agenda', 'objections', 'questions', 'glossary'] as const;
type Topic = (typeof topics)[number];

interface PlaybookFlags {
  incident?: string;
  severity?: string;
  phase?: string;
  category?: string;
  json?: boolean;
}

/**
 * `debrief playbook script|agenda|objections|questions|glossary [TERM]`: the facilitator's words, filled from an
 * incident with --incident. A glossary TERM may be a name, an alias or a log line ("all goroutines are asleep").
 */
export function register(program: Command): void {
  program
    .command('playbook')
    .description("the facilitator's playbook: script, agenda, objections, probing questions, glossary")
    .argument('<topic>', topics.join('|'))
    .argument('[term...]', 'glossary: a term, alias or log line to explain')
    .option('--incident <id>', 'fill the script and agenda from this incident')
    .option('--severity <sev>', 'agenda: SEV1|SEV2|SEV3|SEV4 when no incident is given', 'SEV2')
    .option('--phase <phase>', 'questions: only this agenda phase')
    .option('--category <category>', 'questions: only this contributing-factor category')
    .option('--json', 'print JSON')
    .action(async (topic: string, term: string[], flags: PlaybookFlags, command: Command) => {
      if (!(topics as readonly string[]).includes(topic)) {
        throw new CliError(
          `unknown playbook topic ${JSON.stringify(topic)}; expected one of ${topics.join(', ')}`,
        );
      }
      const { playbookOutput } = await import('./output.js');
      const doc = flags.incident
        ? await withStore(command, (store) => store.documents.load(flags.incident as string))
        : undefined;
      const output = playbookOutput(topic as Topic, term.join(' '), flags, doc);
      const { printJson } = await import('../output.js');
      if (flags.json) printJson(output.json);
      else process.stdout.write(output.text);
    });
}
