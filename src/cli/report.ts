import type { Command } from 'commander';
import type { PublishOptions } from '../app/publish-report.js';
import { CliError } from './errors.js';

interface ReportFlags {
  format: string;
  audience: string;
  anonymize?: boolean;
  output?: string;
  baseUrl?: string;
  allowFindings?: boolean;
}

/**
 * `debrief report ID`: the published report for an audience, in a format (md, html, pdf, json, ics, jira-csv,
 * github-md, github-json, slack). Format and audience are checked before the database is opened.
 */
export function register(program: Command): void {
  program
    .command('report')
    .description('publish an incident report for an audience, or export its follow-ups')
    .argument('<id>', 'incident id')
    .option('-f, --format <format>', 'md|html|pdf|json|ics|jira-csv|github-md|github-json|slack', 'md')
    .option('-a, --audience <audience>', 'engineering|exec|public', 'engineering')
    .option('--anonymize', "replace people's names with their roles")
    .option('--base-url <url>', 'base URL of the debrief web app, for links back to the incident')
    .option(
      '--allow-findings',
      'publish exec and public reports even when the language check finds blame (recorded in the audit log)',
    )
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .action(async (id: string, flags: ReportFlags, command: Command) => {
      const { parseAudience, parseReportFormat } = await import('../report/index.js');
      const format = parseReportFormat(flags.format);
      const audience = parseAudience(flags.audience);
      (await import('./write-output.js')).checkOutputPath(flags.output);
      if (format === 'pdf' && (flags.output === undefined || flags.output === '-') && process.stdout.isTTY) {
        throw new CliError('a PDF would garble the terminal; write it to a file with -o FILE');
      }
      const options = {
        format,
        audience,
        anonymize: flags.anonymize ?? false,
        baseUrl: flags.baseUrl,
        override: flags.allowFindings ?? false,
        people: await (await import('./project-people.js')).configuredPeople(),
      };
      const body = await publish(command, id, options).catch(async (error: unknown) => {
        const { isDebriefError } = await import('../domain/index.js');
        if (isDebriefError(error) && error.code === 'blame_found') {
          printFindings((error.details as { lines?: string[] } | undefined)?.lines ?? []);
          // How to change the words, by the command for where they are written (trial 25: "reword them", but how?).
          throw new CliError(
            error.message.replace(
              ', or publish with an explicit override',
              ` (\`debrief edit ${id}\` for the incident's text, actions and timeline; \`debrief factors edit FAC-…\` for a factor), or pass --allow-findings`,
            ),
            1,
          );
        }
        throw error;
      });
      const { writeOutput } = await import('./write-output.js');
      await writeOutput(body, flags.output);
    });
}

/**
 * Publishes through the application layer; with --server the server publishes (it runs the same check and
 * records an override in its audit log), so a remote report is exactly what the web app would download.
 */
async function publish(command: Command, id: string, options: PublishOptions): Promise<string | Uint8Array> {
  const { remoteTarget } = await import('./remote-target.js');
  const remote = remoteTarget(command);
  if (remote) {
    const { remoteClient } = await import('../store/http/index.js');
    return remoteClient(remote.url, remote.token).download({
      path: `/api/incidents/${encodeURIComponent(id)}/report`,
      query: {
        format: options.format,
        audience: options.audience,
        anonymize: options.anonymize ? '1' : undefined,
        override: options.override ? '1' : undefined,
      },
    });
  }
  const { publishReport } = await import('../app/publish-report.js');
  const { cliActor, withDatabase } = await import('./context.js');
  const published = await withDatabase(command, ({ store, audit }) =>
    publishReport({ documents: store.documents, audit }, id, options, { actor: cliActor() }),
  );
  printFindings(published.findingLines);
  // A reader's report should open with the author's own words; say so when debrief had to write them.
  // Action exports (github-md, github-json, jira-csv) and calendars carry no bottom line: nothing to say there.
  const opensWithBluf = !['github-md', 'github-json', 'jira-csv', 'ics'].includes(
    options.format.toLowerCase(),
  );
  if (published.blufGenerated && options.audience !== 'engineering' && opensWithBluf) {
    process.stderr.write(
      `debrief: warning: ${id} has no bottom line of its own; the report opens with one debrief built from its fields. Write one under "## Bottom line" with \`debrief edit ${id}\`.\n`,
    );
  }
  if (published.codeNames.length > 0) {
    process.stderr.write(
      // The public report lists none of them: it cannot send a status-page reader to our engineers.
      `debrief: warning: the ${options.audience} report uses names from code that it ${options.audience === 'public' ? 'cannot explain' : 'can only list, not explain'}: ${published.codeNames.join(', ')}; reword them in plain words for readers outside engineering.\n`,
    );
  }
  if (published.technicalWords.length > 0) {
    process.stderr.write(
      `debrief: warning: the ${options.audience} report uses technical words that nothing in it explains: ${published.technicalWords.join(', ')}; say them in plain words${options.audience === 'public' ? '' : ' (it lists them for readers to ask about)'}.\n`,
    );
  }
  for (const warning of published.authorWarnings) process.stderr.write(`debrief: warning: ${warning}\n`);
  return published.body;
}

function printFindings(lines: readonly string[]): void {
  for (const line of lines) process.stderr.write(`debrief: ${line}\n`);
}
