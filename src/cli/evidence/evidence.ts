import type { Command } from 'commander';

export interface EvidenceOptions {
  format: string;
  tz?: string[];
  incident?: string;
  formatOverride?: string[];
  formats?: boolean;
}

/** `debrief evidence FILE… --format text|json [--tz [PATH=]ZONE]… [--incident ID]`: evidence files to a draft timeline. */
export function register(program: Command): void {
  program
    .command('evidence')
    .description(
      'draft a timeline from logs, crashes, alerts, pages, chat and deploys (plain, .gz or folders)',
    )
    .argument('[files...]', 'evidence files or folders; - for stdin')
    .option('--format <format>', 'output: text or json', 'text')
    .option(
      '--tz <zone>',
      'time zone for timestamps written without one (IANA name such as Europe/Paris): ZONE for every file, ' +
        'PATH=ZONE for one file or folder (repeatable; FILE:ZONE as an argument does the same)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--incident <id>', 'add the drafted events and missing moments to this incident')
    // One value per flag: a variadic option would take the files after it as formats.
    .option(
      '--format-override <format>',
      'skip detection: FORMAT for every file, or PATH=FORMAT for one (repeatable; see --formats)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--formats', 'list the evidence formats debrief reads, with an example each')
    .action(async (files: string[], options: EvidenceOptions, command: Command) => {
      const { runEvidence } = await import('./run.js');
      await runEvidence(files, options, command);
    });
}
