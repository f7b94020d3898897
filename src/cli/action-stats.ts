import {
  type CloseTime,
  type ClosureCounts,
  type ClosureStats,
  type TargetResult,
  targetHeadline,
} from '../domain/index.js';
import { formatTable } from './output.js';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function outcomeLines(counts: ClosureCounts): string[] {
  const rows: Array<[string, number, (string | undefined)?]> = [
    ['Done on time', counts.doneOnTime],
    ['Done late', counts.doneLate],
    ['Done, no due date', counts.doneUndated],
    ['Open', counts.open, counts.overdue > 0 ? `(${counts.overdue} overdue)` : undefined],
    ['Dropped', counts.dropped],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(
    ([label, n, note]) => `  ${label.padEnd(width)}  ${String(n).padStart(4)}${note ? `  ${note}` : ''}`,
  );
}

function days(value: number | null): string {
  return value === null ? '-' : String(value);
}

function closeTimeRow(label: string, time: CloseTime): string[] {
  return [label, String(time.closed), days(time.medianDays), days(time.p90Days)];
}

function targetLines(target: TargetResult): string[] {
  const head = `  ${targetHeadline(target)}`;
  if (target.missed.length === 0) return [`${head}.`];
  return [
    `${head}; missed:`,
    ...target.missed.map((missed) => {
      const owner = missed.owner === '' ? 'no owner' : missed.owner;
      const state = missed.open
        ? `open for ${plural(missed.days, 'day')}`
        : `done after ${plural(missed.days, 'day')}`;
      return `    ${missed.actionId} ${JSON.stringify(missed.title)} (${missed.incidentId}, ${owner}): ${state}`;
    }),
  ];
}

/** `debrief actions stats` as text: outcomes, days to close, targets missed, and each incident's counts. */
export function formatClosure(stats: ClosureStats): string {
  const { overall } = stats;
  if (overall.total === 0) return `No action items to measure (as of ${stats.asOf}).\n`;
  const incidents = plural(stats.incidents.length, 'incident');
  const { byPriority, byType, all } = stats.timeToClose;
  const lines = [
    `Action closure as of ${stats.asOf}: ${plural(overall.total, 'action')} in ${incidents}`,
    '',
    ...outcomeLines(overall),
    '',
    'Days to close (done actions, from the day the action was written down)',
    formatTable(
      ['BY', 'DONE', 'MEDIAN', 'P90'],
      [
        closeTimeRow('all', all),
        ...Object.entries(byPriority).map(([key, time]) => closeTimeRow(`${key} priority`, time)),
        ...Object.entries(byType).map(([key, time]) => closeTimeRow(key, time)),
      ],
    ),
    '',
    'Closure targets',
    ...(stats.targets.length === 0
      ? ['  none set for these incidents’ severities']
      : stats.targets.flatMap(targetLines)),
    '',
    'By incident',
    formatTable(
      ['INCIDENT', 'SEV', 'TITLE', 'ON TIME', 'LATE', 'NO DUE', 'OPEN', 'OVERDUE', 'DROPPED'],
      stats.incidents.map(({ incidentId, severity, title, counts }) => [
        incidentId,
        severity,
        title,
        ...[
          counts.doneOnTime,
          counts.doneLate,
          counts.doneUndated,
          counts.open,
          counts.overdue,
          counts.dropped,
        ].map(String),
      ]),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
