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
 * publishes an exec or public report over the language check's findings (the server audits it), `anonymize`
 * names every person by a role label ("the incident commander", "responder 2"), as `debrief report --anonymize`.
 */
export function reportUrl(
  incidentId: string,
  audience: ReportAudience,
  format: ReportFormat,
  download: boolean,
  override = false,
  anonymize = false,
): string {
  const query = new URLSearchParams({ format, audience });
  if (download) query.set('download', '1');
  if (override) query.set('override', '1');
  if (anonymize) query.set('anonymize', '1');
  return `/api/incidents/${encodeURIComponent(incidentId)}/report?${query.toString()}`;
}

/**
 * The formats offered for download to an audience, and why the calendar is not among them when it is not: meeting
 * invitations are for the team (the server refuses a public calendar), and only once a review is scheduled.
 */
export function downloadFormats(
  audience: ReportAudience,
  reviewsScheduled: number,
): { formats: Array<(typeof reportFormats)[number]>; noCalendar?: string } {
  const others = reportFormats.filter(({ format }) => format !== 'ics');
  if (audience === 'public') {
    return {
      formats: others,
      noCalendar:
        'No calendar for the public: the review meetings are for the team. Choose Engineering or Executives to download them.',
    };
  }
  if (reviewsScheduled === 0) {
    return { formats: others, noCalendar: 'Schedule a review to download it as a calendar (.ics).' };
  }
  return { formats: [...reportFormats] };
}
