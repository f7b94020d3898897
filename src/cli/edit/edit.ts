import type { Command } from 'commander';
import { cliActor, withStore } from '../context.js';

/**
 * `debrief edit ID`: opens the incident's Markdown in $VISUAL/$EDITOR and saves it back. If the incident changed
 * while the editor was open, nothing is saved and the edited file is kept, so no edit is lost.
 */
export function register(program: Command): void {
  program
    .command('edit')
    .description('edit an incident as Markdown in $EDITOR')
    .argument('<id>', 'incident id')
    .action(async (id: string, _options: unknown, command: Command) => {
      const { editIncident } = await import('./session.js');
      await withStore(command, (store) => editIncident(store, id, cliActor()));
    });
}
