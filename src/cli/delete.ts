import type { Command } from 'commander';
import { cliActor, withStore } from './context.js';
import { CliError } from './errors.js';

/** `debrief delete ID`: deletes an incident (with all its records) or one event, factor, action or review. */
export function register(program: Command): void {
  program
    .command('delete')
    .description('delete an incident with all its records, or one timeline event, factor, action or review')
    .argument('<id>', 'an incident id (INC-…) or a record id (EVT-…, FAC-…, ACT-…, REV-…)')
    .option('-y, --yes', 'do not ask for confirmation (needed when not run in a terminal)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ debrief delete EVT-BWJEP27C\n  $ debrief delete INC-SCHBD0H4 --yes',
    )
    .action(async (id: string, options: { yes?: boolean }, command: Command) => {
      const { deleteById, findById } = await import('../app/delete-by-id.js');
      const { label, clearedMoments } = await withStore(command, async (store) => {
        const found = await findById(store, id);
        if (!options.yes) await confirm(found.label, found.kind === 'incident');
        const { clearedMoments } = await deleteById(store, found, { actor: cliActor() });
        return { label: found.label, clearedMoments };
      });
      process.stdout.write(`deleted ${label}\n`);
      if (clearedMoments.length > 0) {
        const them = clearedMoments.length === 1 ? 'it' : 'them';
        process.stdout.write(`unset ${clearedMoments.join(', ')}: no event backs ${them} any more\n`);
      }
    });
}

/** Asks on a terminal; refuses without --yes anywhere else, so a script never deletes by accident. */
async function confirm(label: string, whole: boolean): Promise<void> {
  if (!process.stdin.isTTY) {
    throw new CliError(`not deleting ${label} without confirmation: pass --yes`);
  }
  const prompts = await import('@clack/prompts');
  const answer = await prompts.confirm({
    message: `Delete ${label}${whole ? ' with its timeline, factors, actions and reviews' : ''}? This cannot be undone.`,
    initialValue: false,
  });
  if (prompts.isCancel(answer) || answer !== true) throw new CliError('cancelled; nothing was deleted');
}
