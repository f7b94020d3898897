import type { IncidentDocument } from '../../domain/index.js';
import { signatureRates } from '../signature-rates.js';
import { chartDomain } from '../timeline-chart.js';
import { renderTable } from './tables.js';
import { formatTime } from './timeline-table.js';

const blocks = '▁▂▃▄▅▆▇█';

/** Lines per minute over the incident as block characters: an empty stretch is the lowest block. */
export function sparklineText(series: readonly number[]): string {
  const peak = Math.max(1, ...series);
  return series
    .map((value) =>
      value <= 0 ? blocks[0] : blocks[Math.max(1, Math.round((value / peak) * (blocks.length - 1)))],
    )
    .join('');
}

// A template as a code span in a table cell: a code span shows backslashes as written, so only the table's own
// pipe is escaped; a backtick would end the span and a line break the row.
function codeCell(template: string): string {
  return `\`${template
    .replaceAll('`', "'")
    .replace(/\s*\n\s*/g, ' ')
    .replaceAll('|', '\\|')}\``;
}

// The table reads to the second, as the evidence says when a signature's last line was.
const toSecond = (at: string) => formatTime(`${at.slice(0, 19)}.000Z`, false);

/**
 * The error signatures of the timeline as a GFM table, as the HTML report shows them (template, lines, first and
 * last line, busiest minute, rate over the incident), or '' when no event carries a signature.
 */
export function renderSignaturesTable(doc: Pick<IncidentDocument, 'moments' | 'timeline'>): string {
  const domain = chartDomain(doc);
  if (!domain) return '';
  const rates = signatureRates(doc.timeline, domain);
  if (rates.length === 0) return '';
  const rows = rates.map((rate) => [
    codeCell(rate.template),
    rate.total === undefined ? '—' : rate.total.toLocaleString('en-US'),
    toSecond(rate.firstAt),
    rate.lastAt ? toSecond(rate.lastAt) : '—',
    rate.peak ? `${rate.peak.perMinute.toLocaleString('en-US')}/min at ${toSecond(rate.peak.at)}` : 'none',
    rate.series.length > 0 ? sparklineText(rate.series) : '',
  ]);
  return renderTable(['Template', 'Lines', 'First (UTC)', 'Last (UTC)', 'Busiest spike', 'Spikes'], rows);
}
