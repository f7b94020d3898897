import { DebriefError, invalidInput, isDebriefError } from '../domain/index.js';
import type { Finding } from '../language/index.js';
import {
  type Audience,
  type ConfiguredPeople,
  formatMedia,
  type ReportFormat,
  renderReport,
} from '../report/index.js';
import { checkReportLanguage, formatGateFindings } from '../report/language-gate.js';
import type { AuditLog, DocumentRepository, WriteContext } from '../store/index.js';
import { missingFonts } from './print-pdf.js';

/** What publishing reads and writes: the incident's document, and the audit log that records an override. */
export interface PublishStores {
  documents: Pick<DocumentRepository, 'load'>;
  audit: Pick<AuditLog, 'record'>;
}

export interface PublishOptions {
  format: ReportFormat;
  audience: Audience;
  anonymize?: boolean | undefined;
  /** Base URL of the debrief web app, for links back to the incident. */
  baseUrl?: string | undefined;
  /** The project's configured people and teams: redacted (public) or called by role (anonymised) like the rest. */
  people?: ConfiguredPeople | undefined;
  /**
   * Publish an exec or public report although the language check finds blame. Explicit, and recorded in the
   * audit log with the findings it went over.
   */
  override?: boolean | undefined;
  /**
   * Check an engineering report too, only to warn (the CLI prints the findings). Off for a server, which shows
   * no warning: the analysis would be wasted work on every preview.
   */
  warnings?: boolean | undefined;
  /** Prints HTML to PDF; the Chromium printer by default (tests may pass their own). */
  printPdf?: ((html: string) => Promise<Uint8Array>) | undefined;
}

export interface PublishedReport {
  /** The report's text, or the PDF's bytes. */
  body: string | Uint8Array;
  contentType: string;
  /** A file name for a download: `INC-…-audience.ext`. */
  fileName: string;
  /** What the language check found in the published text (warnings for engineering, overridden otherwise). */
  findings: Finding[];
  /** One line per finding, for a terminal or a log. */
  findingLines: string[];
  overridden: boolean;
  /**
   * The report opens with a bottom line debrief built because the author wrote none (the CLI warns). Not so for a
   * public report whose author wrote one: it is written for executives (cost, ask), so the public report builds its
   * own by design, and asking the author to write one they have written would mislead.
   */
  blufGenerated: boolean;
  /** Names from code a reader's report lists unexplained (the CLI warns, so the author can reword them). */
  codeNames: string[];
  /** Other technical words it lists unexplained (GKE, 512Mi; the CLI warns, so the author can say them in words). */
  technicalWords: string[];
  /** What the author should mend in their own words (a stated impact length the moments contradict; the CLI warns). */
  authorWarnings: string[];
}

/**
 * The address links back to the web app start from: an http or https address, never a script a reader's click would
 * run (trial 23: `--base-url "javascript:alert(1)"` ended in the Slack summary's link).
 */
function checkBaseUrl(value: string): void {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    throw invalidInput(
      `base URL: expected an http:// or https:// address such as https://debrief.example.com, got ${JSON.stringify(value)}`,
    );
  }
}

/**
 * Publishes an incident's report for an audience, by every door (CLI, API, web downloads): renders it with the
 * audience's redaction, runs the blameless-language check on the text it publishes, and refuses an exec or
 * public report with findings (`blame_found`, the findings in the error's details) unless `override` is given,
 * which is audited. PDF is printed from the HTML last, so a refused report never starts a browser
 * (`docs/architecture.md, Publishing a report, and the language gate`).
 */
export async function publishReport(
  stores: PublishStores,
  incidentId: string,
  options: PublishOptions,
  ctx: WriteContext,
): Promise<PublishedReport> {
  if (options.baseUrl !== undefined) checkBaseUrl(options.baseUrl);
  const doc = await stores.documents.load(incidentId);
  const report = renderReport(doc, {
    format: options.format,
    audience: options.audience,
    anonymize: options.anonymize ?? false,
    baseUrl: options.baseUrl,
    people: options.people,
  });
  const gate =
    options.audience === 'engineering' && options.warnings === false
      ? { text: '', findings: [], blocks: false, inAuthorsWords: new Set<never>() }
      : checkReportLanguage(report, options.audience);
  const findingLines = formatGateFindings(gate, doc);
  const overridden = gate.blocks && options.override === true;
  if (gate.blocks && !overridden) {
    const count = gate.findings.length;
    throw new DebriefError(
      'blame_found',
      `refusing to publish the ${options.audience} report: the language check found ${count} finding${count === 1 ? '; reword it' : 's; reword them'}, or publish with an explicit override`,
      { findings: gate.findings, lines: findingLines },
    );
  }
  if (overridden) {
    await stores.audit.record({
      actor: ctx.actor,
      action: 'publish',
      entity: 'report',
      entityId: `${doc.id}/${options.audience}`,
      incidentId: doc.id,
      changes: {
        audience: options.audience,
        format: options.format,
        override: true,
        findings: gate.findings.map((f) => ({ ruleId: f.ruleId, text: f.text, line: f.line })),
      },
    });
  }
  const media = formatMedia[options.format];
  const body = options.format === 'pdf' ? await toPdf(report.text, options.printPdf) : report.text;
  return {
    body,
    contentType: media.contentType,
    fileName: `${doc.id}-${options.audience}${options.anonymize ? '-anonymised' : ''}.${media.extension}`,
    findings: gate.findings,
    findingLines,
    overridden,
    blufGenerated: !report.bluf.authored && doc.bluf.trim() === '',
    codeNames: report.codeNames,
    technicalWords: report.technicalWords,
    // A PDF in a script no installed font draws would print as boxes (src/app/print-pdf.ts).
    authorWarnings:
      options.format === 'pdf'
        ? [...report.authorWarnings, ...missingFonts(report.text)]
        : report.authorWarnings,
  };
}

async function toPdf(html: string, print?: (html: string) => Promise<Uint8Array>): Promise<Uint8Array> {
  const printer = print ?? (await import('./print-pdf.js')).printPdf;
  try {
    return await printer(html);
  } catch (error) {
    if (isDebriefError(error)) throw error;
    throw new DebriefError('unavailable', `PDF cannot be made here: ${(error as Error).message}`);
  }
}
