import { type Command, Option } from 'commander';
import { withStore } from './context.js';
import { writeOutput } from './write-output.js';

/** `debrief export ID --format md|json`: the whole incident in the canonical Markdown or as JSON. */
export function register(program: Command): void {
  program
    .command('export')
    .description('export an incident as canonical Markdown or JSON')
    .argument('<id>', 'incident id')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'json']).default('md'))
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .action(async (id: string, options: { format: 'md' | 'json'; output?: string }, command: Command) => {
      const doc = await withStore(command, (store) => store.documents.load(id));
      let text: string;
      if (options.format === 'json') {
        text = `${JSON.stringify(doc, null, 2)}\n`;
      } else {
        const { renderIncidentMarkdown } = await import('../report/markdown/index.js');
        text = renderIncidentMarkdown(doc);
      }
      await writeOutput(text, options.output);
    });
}
