import type { Command } from 'commander';
import { withStore } from './context.js';
import { printJson } from './output.js';

/** `debrief show ID`: one incident with its moments, metrics, timeline, factors, actions and reviews. */
export function register(program: Command): void {
  program
    .command('show')
    .description('show one incident with its timeline, factors and actions')
    .argument('<id>', 'incident id')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }, command: Command) => {
      const { loadIncidentView } = await import('../store/index.js');
      const view = await withStore(command, async (store) =>
        loadIncidentView(store, await store.incidents.get(id)),
      );
      if (options.json) return printJson(view);
      const { formatIncidentView } = await import('./incident-view.js');
      const { formatDuration } = await import('../domain/index.js');
      process.stdout.write(formatIncidentView(view, formatDuration, new Date().toISOString().slice(0, 10)));
    });
}
