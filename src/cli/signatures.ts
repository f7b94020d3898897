import type { Command } from 'commander';
import { CliError } from './errors.js';

/** `debrief signatures [FILE|-] --format json`: mines log templates from one message per line. */
export function register(program: Command): void {
  program
    .command('signatures')
    .description(
      'group log messages (one per line; a blank line is none) into templates such as `timeout calling <*>`',
    )
    .argument('[file]', 'a file of messages, or - for stdin', '-')
    .option('--format <format>', 'json', 'json')
    .action(async (file: string, options: { format: string }) => {
      if (options.format !== 'json') {
        throw new CliError(`unknown --format ${JSON.stringify(options.format)}; expected json`);
      }
      const { mineSignatures } = await import('../app/mine-signatures.js');
      const result = await mineSignatures(file);
      const { printJson } = await import('./output.js');
      printJson(result);
    });
}
