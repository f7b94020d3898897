import type { Command } from 'commander';
import { withStore } from './context.js';
import { CliError, exitCodes } from './errors.js';

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
    .option('--allow-findings', 'publish exec and public reports even when the language check finds blame')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .action(async (id: string, flags: ReportFlags, command: Command) => {
      const { parseAudience, parseReportFormat, renderReport } = await import('../report/index.js');
      const format = parseReportFormat(flags.format);
      const audience = parseAudience(flags.audience);
      if (format === 'pdf' && (flags.output === undefined || flags.output === '-') && process.stdout.isTTY) {
        throw new CliError('a PDF would garble the terminal; write it to a file with -o FILE');
      }
      const doc = await withStore(command, (store) => store.documents.load(id));
      const report = renderReport(doc, {
        format,
        audience,
        anonymize: flags.anonymize ?? false,
        baseUrl: flags.baseUrl,
      });
      const { checkPublishedLanguage } = await import('./report-gate.js');
      const refused = await checkPublishedLanguage(report, audience, flags.allowFindings ?? false);
      if (refused) throw new CliError(refused, exitCodes.found);
      const { writeOutput } = await import('./write-output.js');
      if (format === 'pdf') {
        const { printPdf } = await import('../server/print-pdf.js');
        await writeOutput(await printPdf(report.text), flags.output);
      } else {
        await writeOutput(report.text, flags.output);
      }
    });
}
