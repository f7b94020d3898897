import { type IncidentMetrics, isOpenAction, isOverdue } from '../domain/index.js';
import type { IncidentView } from '../store/index.js';
import { formatEventSummary, formatEventTime, formatTable } from './output.js';

const metricLabels: Record<keyof IncidentMetrics, string> = {
  timeToDetect: 'time to detect',
  timeToAcknowledge: 'time to acknowledge',
  timeToMitigate: 'time to mitigate',
  timeToResolve: 'time to resolve',
  impactDuration: 'impact duration',
};

/**
 * Formats an incident for reading in a terminal: header, moments and metrics, then one table per kind. `today`
 * (YYYY-MM-DD) marks the open actions past their date as overdue, as `actions list` does.
 */
export function formatIncidentView(
  view: IncidentView,
  formatDuration: (ms: number) => string,
  today: string,
): string {
  const { incident } = view;
  const out: string[] = [];
  out.push(`${incident.id}  ${incident.title}`);
  out.push(
    `${incident.severity} · ${incident.status}${incident.restricted ? ' · restricted' : ''}` +
      (incident.services.length > 0 ? ` · services: ${incident.services.join(', ')}` : ''),
  );
  out.push(`version ${incident.version} · updated ${incident.updatedAt}`);
  if (incident.bluf) out.push('', 'Bottom line:', indent(incident.bluf));
  if (incident.summary) out.push('', 'Summary:', indent(incident.summary));
  const moments = Object.entries(incident.moments).filter(([, moment]) => moment !== undefined);
  if (moments.length > 0) {
    out.push('', 'Moments:');
    for (const [name, moment] of moments) out.push(`  ${name.padEnd(13)} ${moment?.at}`);
  }
  const metrics = Object.entries(view.metrics) as Array<[keyof IncidentMetrics, number]>;
  if (metrics.length > 0) {
    out.push('', 'Metrics:');
    for (const [name, ms] of metrics) out.push(`  ${metricLabels[name].padEnd(20)} ${formatDuration(ms)}`);
  }
  if (incident.participants.length > 0) {
    out.push('', 'Participants:');
    for (const person of incident.participants) out.push(`  ${person.name} (${person.role})`);
  }
  section(
    out,
    `Timeline (${view.timeline.length})`,
    ['TIME (UTC)', 'KIND', 'EVENT', 'ID'],
    view.timeline.map((event) => [formatEventTime(event), event.kind, formatEventSummary(event), event.id]),
  );
  section(
    out,
    `Contributing factors (${view.factors.length})`,
    ['CATEGORY', 'FACTOR', 'ID'],
    view.factors.map((factor) => [factor.category, factor.title, factor.id]),
  );
  section(
    out,
    `Action items (${view.actions.length})`,
    ['ID', 'ACTION', 'OWNER', 'DUE', 'PRIORITY', 'STATUS'],
    view.actions.map((action) => [
      action.id,
      action.title,
      action.owner || (isOpenAction(action) ? '(owner needed)' : ''),
      `${action.dueDate ?? ''}${isOverdue(action, today) ? ' (overdue)' : ''}`,
      action.priority,
      action.status,
    ]),
  );
  if (view.reviews.length > 0) {
    section(
      out,
      `Reviews (${view.reviews.length})`,
      ['KIND', 'SCHEDULED (UTC)', 'ATTENDEES', 'ID'],
      view.reviews.map((review) => [
        review.kind,
        review.scheduledAt,
        String(review.attendees.length),
        review.id,
      ]),
    );
  }
  return `${out.join('\n')}\n`;
}

function section(out: string[], title: string, headers: string[], rows: string[][]): void {
  out.push('', `${title}:`);
  if (rows.length > 0) out.push(indent(formatTable(headers, rows)));
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
