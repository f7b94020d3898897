import { type Command, Option } from 'commander';
import type { SyncLine } from '../app/index.js';
import { cliActor, withStore } from './context.js';
import { CliError } from './errors.js';
import { printJson } from './output.js';

// What a line's outcome counts as in the closing summary.
const tally: Record<SyncLine['outcome'], string> = {
  exported: 'written to files',
  imported: 'saved to the database',
  created: 'saved to the database',
  unchanged: 'unchanged',
  conflict: 'conflicts',
  'removed-file': 'removals to decide',
  'removed-incident': 'removals to decide',
  'deleted-file': 'files removed',
  'deleted-incident': 'incidents deleted',
  hidden: 'restricted incidents left alone',
  unreadable: 'unreadable files',
};
const problems = new Set<SyncLine['outcome']>(['conflict', 'removed-file', 'removed-incident', 'unreadable']);

/** `debrief sync DIR`: a folder of Markdown post-mortems and the database, kept in step both ways. */
export function register(program: Command): void {
  program
    .command('sync')
    .description(
      'keep a folder of Markdown post-mortems and the database in step, both ways (conflicts reported)',
    )
    .argument('<dir>', 'the folder (one INCIDENT.md per incident; .debrief-sync.json records the last sync)')
    .option('--dry-run', 'say what would change; write nothing')
    .addOption(
      new Option('--prefer <side>', 'the side that wins conflicts and removals').choices([
        'files',
        'database',
      ]),
    )
    .option('--json', 'print JSON')
    .action(
      async (
        dir: string,
        options: { dryRun?: boolean; prefer?: 'files' | 'database'; json?: boolean },
        command: Command,
      ) => {
        const { statSync } = await import('node:fs');
        if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
          throw new CliError(`${dir}: not a folder; create it (mkdir ${dir}) to start syncing into it`);
        }
        const { syncFolder } = await import('../app/index.js');
        const { remoteTarget } = await import('./remote-target.js');
        const lines = await withStore(command, (store) =>
          syncFolder(store, dir, {
            actor: cliActor(),
            dryRun: options.dryRun,
            prefer: options.prefer,
            partialView: remoteTarget(command) !== undefined,
          }),
        );
        const failed = lines.some((line) => problems.has(line.outcome));
        if (options.json) printJson(lines);
        else {
          const counts = new Map<string, number>();
          for (const line of lines) {
            counts.set(tally[line.outcome], (counts.get(tally[line.outcome]) ?? 0) + 1);
            if (line.outcome !== 'unchanged') {
              const label = problems.has(line.outcome)
                ? line.outcome.replace(/-.*/, '').toUpperCase()
                : line.outcome;
              process.stdout.write(`${label}: ${line.message}\n`);
            }
          }
          const summary = [...counts].map(([what, n]) => `${n} ${what}`).join(', ');
          process.stdout.write(`${options.dryRun ? '(dry run) ' : ''}${summary || 'nothing to sync'}\n`);
        }
        if (failed) process.exitCode = 1;
      },
    );
}
