import type { Audience, RenderedReport } from '../report/index.js';

/**
 * Prints the blameless-language findings of a report on stderr; returns the reason to refuse publishing, or
 * undefined. Engineering reports are only warned about; exec and public reports wait for a fix or --allow-findings.
 */
export async function checkPublishedLanguage(
  report: RenderedReport,
  audience: Audience,
  allowFindings: boolean,
): Promise<string | undefined> {
  const { checkReportLanguage, formatGateFindings } = await import('../report/language-gate.js');
  const gate = checkReportLanguage(report, audience);
  for (const line of formatGateFindings(gate)) process.stderr.write(`debrief: ${line}\n`);
  if (!gate.blocks || allowFindings) return undefined;
  const count = gate.findings.length;
  return `refusing to publish the ${audience} report: the language check found ${count} finding${count === 1 ? '' : 's'} (listed above); reword them, or pass --allow-findings`;
}
