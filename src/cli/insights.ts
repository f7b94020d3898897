import { type Command, Option } from 'commander';
import type { Insights, Repeat, Spread } from '../domain/index.js';
import { withStore } from './context.js';
import { printJson } from './output.js';

const metricLabels = {
  timeToDetect: 'Time to detect (MTTD)',
  timeToAcknowledge: 'Time to acknowledge (MTTA)',
  timeToMitigate: 'Time to mitigate (MTTM)',
  timeToResolve: 'Time to resolve (MTTR)',
} as const;

function duration(ms: number | null): string {
  if (ms === null) return '–';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours}h` : `${hours}h ${minutes % 60}m`;
}

function spread(value: Spread): string {
  return value.n === 0 ? '–' : `${duration(value.medianMs)} / ${duration(value.p90Ms)} (${value.n})`;
}

function table(headers: string[], rows: string[][]): string[] {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  return [
    `| ${headers.map(cell).join(' | ')} |`,
    `|${headers.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

function repeatLines(title: string, repeats: readonly Repeat[]): string[] {
  if (repeats.length === 0) return [`### ${title}`, '', 'None seen in more than one incident.', ''];
  return [
    `### ${title}`,
    '',
    ...repeats.map(
      (repeat) =>
        `- \`${(repeat.label ?? repeat.name).replace(/`/g, "'")}\`: ${repeat.incidents.length} incidents (${repeat.incidents
          .map((ref) => `${ref.incidentId} in ${ref.month}`)
          .join(', ')})`,
    ),
    '',
  ];
}

/** Insights as Markdown: the tables the web page shows, for a wiki or an e-mail. */
export function insightsMarkdown(insights: Insights): string {
  if (insights.incidents === 0) return '# Insights\n\nNo incidents yet.\n';
  const severities = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
  const categories = [...new Set(insights.months.flatMap((m) => Object.keys(m.factorCategories)))].sort();
  const lines = [
    '# Insights',
    '',
    `${insights.incidents === 1 ? 'One incident' : `${insights.incidents} incidents`} from ${insights.from} to ${insights.to} (by the month impact began).`,
    '',
    '## Incidents per month',
    '',
    ...table(
      ['Month', 'Incidents', ...severities, 'Services'],
      insights.months.map((m) => [
        m.month,
        String(m.incidents),
        ...severities.map((s) => String(m.bySeverity[s] ?? 0)),
        Object.entries(m.byService)
          .sort((a, b) => b[1] - a[1])
          .map(([service, n]) => `${service} ${n}`)
          .join(', '),
      ]),
    ),
    '',
    '## Response times (median / 90th percentile, incidents measured)',
    '',
    ...table(
      ['Month', ...Object.values(metricLabels)],
      [
        ...insights.months.map((m) => [
          m.month,
          ...Object.keys(metricLabels).map((k) => spread(m.response[k as keyof typeof metricLabels])),
        ]),
        [
          'All',
          ...Object.keys(metricLabels).map((k) => spread(insights.response[k as keyof typeof metricLabels])),
        ],
      ],
    ),
    '',
    '## Contributing factors by category',
    '',
    ...(categories.length === 0
      ? ['No contributing factors recorded yet.']
      : table(
          ['Month', ...categories],
          insights.months.map((m) => [m.month, ...categories.map((c) => String(m.factorCategories[c] ?? 0))]),
        )),
    '',
    '## Seen in more than one incident',
    '',
    ...repeatLines('Services', insights.repeats.services),
    ...repeatLines('Log signatures', insights.repeats.signatures),
    ...repeatLines('Alerts', insights.repeats.alerts),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

/** `debrief insights`: what the incidents teach together. */
export function register(program: Command): void {
  program
    .command('insights')
    .description('incidents per month, response-time trends, factor categories and what keeps coming back')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'json']).default('md'))
    .action(async (options: { format: 'md' | 'json' }, command: Command) => {
      const { incidentInsights } = await import('../app/insights.js');
      const insights = await withStore(command, (store) => incidentInsights(store));
      if (options.format === 'json') return printJson(insights);
      process.stdout.write(insightsMarkdown(insights));
    });
}
