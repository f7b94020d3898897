import { analyze, type Finding } from '../language/index.js';
import type { Audience } from './audience.js';
import type { RenderedReport } from './render.js';
import { publishedProse } from './render.js';

/** What the blameless-language check found in a report's published prose, and whether it blocks publishing. */
export interface LanguageGate {
  text: string;
  findings: Finding[];
  /** Exec and public reports leave the team; they are held back while findings remain. */
  blocks: boolean;
}

/** Runs the analyzer over the prose a report publishes; names the report's people so person-blame is caught. */
export function checkReportLanguage(report: RenderedReport, audience: Audience): LanguageGate {
  const text = publishedProse(report.view, report.bluf);
  const people = [
    ...report.view.participants.map((p) => p.name),
    ...report.view.actions.map((a) => a.owner).filter((owner) => owner !== '' && !/\bteam\b/i.test(owner)),
  ];
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
