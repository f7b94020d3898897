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
      const { readIncidentFile } = await import('./parse-document.js');
      const { doc, input } = await readIncidentFile(await readTextInput(file), file);
      const { importDocument } = await import('../app/import-document.js');
      const result = await withStore(command, (store) => importDocument(store, input, { actor: cliActor() }));
      // Fields debrief does not know are left out of the import: said, so a misspelt one is not lost unseen.
      if (result.unknownFields.length > 0)
        process.stderr.write(
          `debrief: warning: ${file}: left out fields debrief does not know: ${result.unknownFields.join(', ')}\n`,
        );
      if (options.json) return printJson(result.incident);
      process.stdout.write(
        `${result.created ? 'created' : 'updated'} ${result.incident.id}: ${result.incident.title} ` +
          `(${doc.timeline.length} events, ${doc.factors.length} factors, ${doc.actions.length} actions)\n`,
      );
      // Which moments debrief set, so a person checks them: the document gave a timeline but not these.
      const set = result.momentsFromTimeline;
      if (set.length > 0)
        process.stdout.write(
          `set ${set.map((name) => `${name} (${result.incident.moments[name]?.at})`).join(', ')} from the timeline (the document gave none)\n`,
        );
      // And which the timeline gave that would break the order, so nothing is dropped without a word.
      for (const left of result.momentsLeftOut)
        process.stdout.write(
          `left ${left.name} unset: the timeline gives ${left.at} (${left.reason}), which would put it out of order with ${left.against.name} (${left.against.at}); set it with \`debrief edit\` if it is right\n`,
        );
    });
}
