import type { EvidenceResult } from '../../app/draft-to-attach.js';
import {
  crashFormats,
  documentFormats,
  lineFormats,
  maxSignatureChars,
  maxSummaryChars,
} from '../../app/draft-to-attach.js';
import { formatMetrics, type IncidentMetrics, momentNames } from '../../domain/index.js';
import { formatTable } from '../output.js';

/** The JSON of `docs/architecture.md, Stable output shapes` (events, signatures, moments, stats), plus metrics and problems. */
export function evidenceJson(result: EvidenceResult, unreadable: readonly string[] = []) {
  const moments: Record<string, unknown> = {};
  for (const name of momentNames) moments[name] = result.moments[name] ?? null;
  return {
    events: result.events.map((event) => ({
      at: event.at,
      approximate: event.approximate,
      source: event.source,
      kind: event.kind,
      severity: event.severity,
      // As stored: `--format json` shows what `--incident` would attach.
      summary: event.summary.slice(0, maxSummaryChars),
      service: event.service ?? null,
      signature: event.signature?.slice(0, maxSignatureChars) ?? null,
      count: event.count,
      origin: event.origin,
      origins: event.origins,
    })),
    signatures: result.signatures.map((s) => ({
      id: s.id,
      template: s.template,
      count: s.count,
      firstAt: s.firstAt,
      lastAt: s.lastAt,
      severity: s.severity,
      service: s.service ?? null,
      perMinute: s.perMinute.map(([at, count]) => ({ at: new Date(at).toISOString(), count })),
    })),
    moments,
    metrics: result.metrics,
    stats: result.stats,
    files: result.files.map((f) => ({
      file: f.file,
      format: f.format,
      lines: f.lines,
      unparsed: f.unparsed,
    })),
    problems: result.files.flatMap((f) =>
      f.samples.map((s) => ({ file: f.file, line: s.line, reason: s.reason })),
    ),
    /** Inputs that could not be read at all, each a line naming it (also on stderr). */
    unreadable,
  };
}

function when(at: string | null, approximate: boolean): string {
  if (at === null) return 'unknown time';
  return `${at.replace('T', ' ').replace(/\.\d{3}Z$/, 'Z')}${approximate ? ' ~' : ''}`;
}

/** The readable report: moments and metrics, then signatures, then the timeline, then what could not be read. */
export function renderEvidenceText(result: EvidenceResult): string {
  const out: string[] = [];
  out.push('Key moments (proposed)');
  for (const name of momentNames) {
    const moment = result.moments[name];
    const left = result.momentsLeftOut.find((m) => m.name === name);
    const said = moment
      ? `${when(moment.at, false)}  ${moment.reason}`
      : left
        ? `-  left out: ${when(left.at, false)} (${left.reason}) is before ${left.before.name} at ${when(left.before.at, false)}`
        : '-';
    out.push(`  ${name.padEnd(13)} ${said}`);
  }
  const metrics = formatMetrics(result.metrics);
  const labels: Record<keyof IncidentMetrics, string> = {
    timeToDetect: 'time to detect',
    timeToAcknowledge: 'time to acknowledge',
    timeToMitigate: 'time to mitigate',
    timeToResolve: 'time to resolve',
    impactDuration: 'impact duration',
  };
  const metricLines = Object.entries(metrics).map(
    ([k, v]) => `  ${labels[k as keyof IncidentMetrics]}: ${v}`,
  );
  if (metricLines.length > 0) out.push('', 'Metrics', ...metricLines);
  out.push('', `Signatures (${result.signatures.length})`);
  const top = result.signatures.slice(0, 25);
  out.push(
    formatTable(
      ['count', 'severity', 'first', 'last', 'template'],
      top.map((s) => [
        s.count.toLocaleString('en-US'),
        s.severity,
        s.firstAt?.slice(11, 19) ?? '-',
        s.lastAt?.slice(11, 19) ?? '-',
        s.template,
      ]),
      90,
    ),
  );
  if (result.signatures.length > top.length)
    out.push(`  … and ${result.signatures.length - top.length} more`);
  out.push('', `Timeline (${result.events.length} events)`);
  for (const event of result.events) {
    out.push(
      `  ${when(event.at, event.approximate).padEnd(22)} ${event.kind.padEnd(14)} ${event.severity.padEnd(8)} ${event.summary.replace(/\s+/g, ' ').slice(0, 200)}`,
    );
    out.push(
      `  ${''.padEnd(22)} ${event.origins
        .slice(0, 3)
        .map((o) => `${o.file}:${o.line}`)
        .join(', ')}`,
    );
  }
  const { stats } = result;
  out.push(
    '',
    `Read ${stats.files} file(s), ${stats.lines.toLocaleString('en-US')} lines, ${stats.bytes.toLocaleString('en-US')} bytes; ${stats.unparsed.toLocaleString('en-US')} line(s) not understood${stats.notRead > 0 ? `; ${stats.notRead} file(s) not read (below)` : ''}`,
  );
  for (const file of result.files) {
    for (const sample of file.samples) out.push(`  ${file.file}:${sample.line}: ${sample.reason}`);
  }
  return `${out.join('\n')}\n`;
}

/** Prints every format with a one-line description and an example. */
export function printFormats(): void {
  const all = [...lineFormats, ...documentFormats, ...crashFormats];
  const out: string[] = [
    'Formats are detected from the content of each file; --format-override FORMAT skips that.',
    '',
  ];
  for (const format of all) {
    out.push(`${format.name}: ${format.description}`);
    for (const line of format.example.split('\n')) out.push(`    ${line}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
