import type { Command } from 'commander';
import { cliActor, withStore } from './context.js';
import { printJson } from './output.js';

/** `debrief import FILE`: reads canonical Markdown or JSON and creates the incident, or updates it by id. */
export function register(program: Command): void {
  program
    .command('import')
    .description('import an incident from Markdown or JSON (creates it, or updates it by id)')
    .argument('<file>', 'a .md or .json file, or - for stdin')
    .option('--json', 'print the stored incident as JSON')
    .action(async (file: string, options: { json?: boolean }, command: Command) => {
      const { readTextInput } = await import('./read-input.js');
      const { parseIncidentFile } = await import('./parse-document.js');
      const doc = await parseIncidentFile(await readTextInput(file), file);
      const result = await withStore(command, (store) => store.documents.save(doc, { actor: cliActor() }));
      if (options.json) return printJson(result.incident);
      process.stdout.write(
        `${result.created ? 'created' : 'updated'} ${result.incident.id}: ${result.incident.title} ` +
          `(${doc.timeline.length} events, ${doc.factors.length} factors, ${doc.actions.length} actions)\n`,
      );
    });
}
