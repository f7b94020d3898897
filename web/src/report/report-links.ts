export const reportAudiences = ['engineering', 'exec', 'public'] as const;
export type ReportAudience = (typeof reportAudiences)[number];

export const reportFormats = [
  { format: 'md', label: 'Markdown' },
  { format: 'html', label: 'HTML' },
  { format: 'pdf', label: 'PDF' },
  { format: 'json', label: 'JSON' },
  { format: 'ics', label: 'Calendar (.ics)' },
  { format: 'slack', label: 'Slack message' },
] as const;
export type ReportFormat = (typeof reportFormats)[number]['format'];

/**
 * The report endpoint for an incident, audience and format; `download` asks for an attachment, `override`
 * publishes an exec or public report over the language check's findings (the server audits it).
 */
export function reportUrl(
  incidentId: string,
  audience: ReportAudience,
  format: ReportFormat,
  download: boolean,
  override = false,
): string {
  const query = new URLSearchParams({ format, audience });
  if (download) query.set('download', '1');
  if (override) query.set('override', '1');
  return `/api/incidents/${encodeURIComponent(incidentId)}/report?${query.toString()}`;
}
