import type { Command } from 'commander';
import { CliError } from './errors.js';

/** `debrief signatures [FILE|-] --format json`: mines log templates from one message per line. */
export function register(program: Command): void {
  program
    .command('signatures')
    .description('group log messages (one per line) into templates such as `timeout calling <*>`')
    .argument('[file]', 'a file of messages, or - for stdin', '-')
    .option('--format <format>', 'json', 'json')
    .action(async (file: string, options: { format: string }) => {
      if (options.format !== 'json') {
        throw new CliError(`unknown --format ${JSON.stringify(options.format)}; expected json`);
      }
      // Two modules rather than the evidence index: the index brings every format and the drafting, about 15 ms
      // more on a verb that starts in about 140 ms (test/dependency-rule.test.ts lists these as lazy entries).
      const { openLines } = await import('../evidence/read/open-evidence.js');
      const { mineMessages } = await import('../evidence/signatures/mine-messages.js');
      const result = await mineMessages(await openLines(file));
      const { printJson } = await import('./output.js');
      printJson(result);
    });
}
