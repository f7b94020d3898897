import { formatMetrics, type IncidentDocument, metricsFromMoments } from '../domain/index.js';

const numberFormat = new Intl.NumberFormat('en-US');

const metricNames: Array<[keyof ReturnType<typeof formatMetrics>, string]> = [
  ['impactDuration', 'Impact duration'],
  ['timeToDetect', 'Time to detect'],
  ['timeToAcknowledge', 'Time to acknowledge'],
  ['timeToMitigate', 'Time to mitigate'],
  ['timeToResolve', 'Time to resolve'],
];

/**
 * The impact's numbers as label and value, in the order every reader's format shows them (the HTML's list, the
 * Markdown's bullets): what was recorded, then the durations the moments give. Empty when nothing is known.
 */
export function impactFacts(doc: Pick<IncidentDocument, 'impact' | 'moments'>): Array<[string, string]> {
  const { usersAffected, failedRequests, errorBudgetBurn } = doc.impact;
  const facts: Array<[string, string]> = [];
  if (usersAffected !== undefined) facts.push(['Users affected', numberFormat.format(usersAffected)]);
  if (failedRequests !== undefined) facts.push(['Failed requests', numberFormat.format(failedRequests)]);
  if (errorBudgetBurn !== undefined)
    facts.push(['Error budget spent', `${Math.round(errorBudgetBurn * 100)}%`]);
  const metrics = formatMetrics(metricsFromMoments(doc.moments));
  for (const [key, label] of metricNames) if (metrics[key]) facts.push([label, metrics[key]]);
  return facts;
}
