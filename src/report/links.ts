/** Where an incident lives in the debrief web app, when the base URL is known. */
export function incidentUrl(incidentId: string, baseUrl: string | undefined): string | undefined {
  if (!baseUrl) return undefined;
  return `${baseUrl.replace(/\/+$/, '')}/incidents/${encodeURIComponent(incidentId)}`;
}

/** A reference back to the incident for exports: its URL when known, its id otherwise. */
export function incidentReference(incidentId: string, title: string, baseUrl: string | undefined): string {
  const url = incidentUrl(incidentId, baseUrl);
  return url
    ? `Post-mortem ${incidentId} (${title}): ${url}`
    : `Post-mortem ${incidentId} (${title}) in debrief`;
}
