import { type Command, Option } from 'commander';

/** `debrief lint [FILE…|-]`: finds blame in post-mortem drafts and meeting notes. */
export function register(program: Command): void {
  program
    .command('lint')
    .description('find blameful language in Markdown or text files (directories are walked for .md and .txt)')
    .argument('[files...]', 'files or directories to lint; - reads standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json', 'sarif', 'github'])
        .default('text'),
    )
    .option(
      '--config <file>',
      'configuration file (default: debrief.config.json or the "debrief" key of package.json)',
    )
    .action(async function lintAction(files: string[], options: { format: string; config?: string }) {
      const { runLint } = await import('./run.js');
      process.exitCode = await runLint(files, options);
    });
}
