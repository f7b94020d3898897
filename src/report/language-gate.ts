import { analyze, type Finding } from '../language/index.js';
import type { Audience } from './audience.js';
import { htmlToText } from './published-text.js';
import type { RenderedReport } from './render.js';
import { publishedProse } from './render.js';

/** What the blameless-language check found in a report's published prose, and whether it blocks publishing. */
export interface LanguageGate {
  text: string;
  findings: Finding[];
  /** Exec and public reports leave the team; they are held back while findings remain. */
  blocks: boolean;
}

/**
 * The text a report puts in front of its reader, exactly: the rendered Markdown, Slack or tracker text, the words of
 * the HTML (the PDF is printed from it), so what debrief adds itself (headings, plain-words notes, the BLUF's
 * template) is checked with the author's words, after redaction and anonymisation. Formats made for machines
 * (JSON, calendars, CSV) are checked on the prose their view carries.
 */
export function publishedText(report: RenderedReport): string {
  switch (report.format) {
    case 'md':
    case 'slack':
    case 'github-md':
      return report.text;
    case 'html':
    case 'pdf':
      return htmlToText(report.text);
    default:
      return [
        publishedProse(report.view, report.bluf),
        ...report.failureModes.map((mode) => `${mode.entry.term}: ${mode.entry.exec}`),
      ].join('\n\n');
  }
}

/**
 * Runs the analyzer over what a report publishes; names the incident's people so person-blame is caught. Exec and
 * public reports are read as published; an engineering report (warnings only) on its prose, log lines included.
 */
export function checkReportLanguage(report: RenderedReport, audience: Audience): LanguageGate {
  const text = audience === 'engineering' ? publishedProse(report.view, report.bluf) : publishedText(report);
  const people = [
    ...report.people,
    ...report.view.participants.map((p) => p.name),
    ...report.view.actions.map((a) => a.owner),
  ].filter((name) => name !== '' && !/\bteam\b/i.test(name) && !/^(?:the|an?)\s/i.test(name));
  const findings = analyze(text, { people });
  return { text, findings, blocks: audience !== 'engineering' && findings.length > 0 };
}

/** One line per finding: where it is in the published text, what it says, and the question to ask instead. */
export function formatGateFindings(gate: LanguageGate): string[] {
  return gate.findings.map(
    (f) =>
      `published text ${f.line}:${f.column} ${f.severity} ${f.ruleId}: ${f.message} ("${f.text}")${f.question ? ` Ask instead: ${f.question}` : ''}`,
  );
}
