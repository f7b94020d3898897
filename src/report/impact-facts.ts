import { formatMetrics, type IncidentDocument, metricsFromMoments } from '../domain/index.js';
import { plainDuration, plainPercent } from './plain-dates.js';

const numberFormat = new Intl.NumberFormat('en-US');

/**
 * An impact description without the label an author opened it with ("For customers:", "Customers:", "Impact:"):
 * the bottom line and the business block say their own (trial 21 read "for customers: card payments failed", trial
 * 22 "For customers: Customers: …").
 */
export function withoutImpactLabel(text: string): string {
  return text.replace(
    /^\s*(?:for (?:our )?(?:customers|users)|(?:our )?(?:customers|users)|(?:customer|user|business) impact|impact|what (?:customers|users) saw)\s*[:–—-]\s*/i,
    '',
  );
}

// Whom an incident's users are, as its authors call them: "4,200 merchants", "310 drivers" (trial 27 read "4,200
// users were affected" under a bottom line about merchants). Plural nouns for people or organisations only.
const affectedNouns =
  'customers|users|merchants|sellers|buyers|shoppers|drivers|riders|couriers|players|subscribers|accounts|tenants|stores|restaurants|partners|members|students|patients|clients|developers|organisations|organizations|businesses|households|listeners|viewers|readers|travellers|travelers|guests|agents|teams|workspaces|sites|shops|vendors|suppliers|advertisers|creators|learners|employees|callers';

/**
 * The noun for the people counted as affected, in the plural: the one the incident's own words put after the
 * recorded count ("returned errors to 4,200 merchants"), else "users".
 */
export function affectedNoun(
  doc: Pick<IncidentDocument, 'impact'> & Partial<Pick<IncidentDocument, 'bluf' | 'summary' | 'title'>>,
): string {
  const count = doc.impact.usersAffected;
  if (count === undefined) return 'users';
  const spelled = [numberFormat.format(count), String(count)]
    .map((n) => n.replace(/[.,]/g, '[.,\\s\u00a0\u202f]?'))
    .join('|');
  const plurals = affectedNouns.split('|');
  const nouns = count === 1 ? plurals.map(singularNoun) : plurals;
  const said = new RegExp(`(?<![\\d.,])(?:${spelled})\\s+(?:[a-z]+\\s+)?(${nouns.join('|')})\\b`, 'i');
  for (const text of [doc.bluf, doc.impact.description, doc.summary, doc.title]) {
    const noun = text ? said.exec(text)?.[1]?.toLowerCase() : undefined;
    if (noun) return plurals[nouns.indexOf(noun)] ?? 'users';
  }
  return 'users';
}

/** One of them: "merchant", "business". */
export function singularNoun(plural: string): string {
  return plural.replace(/(?<=ss)es$|s$/, '');
}

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
 * `plain` durations are in words ("52 minutes"), for readers outside engineering; otherwise "52m 00s".
 */
export function impactFacts(
  doc: Pick<IncidentDocument, 'impact' | 'moments'> &
    Partial<Pick<IncidentDocument, 'bluf' | 'summary' | 'title'>>,
  plain = false,
): Array<[string, string]> {
  const { usersAffected, failedRequests, errorBudgetBurn } = doc.impact;
  const facts: Array<[string, string]> = [];
  if (usersAffected !== undefined) {
    const noun = affectedNoun(doc);
    facts.push([
      `${noun.charAt(0).toUpperCase()}${noun.slice(1)} affected`,
      numberFormat.format(usersAffected),
    ]);
  }
  if (failedRequests !== undefined) facts.push(['Failed requests', numberFormat.format(failedRequests)]);
  if (errorBudgetBurn !== undefined) facts.push(['Error budget spent', plainPercent(errorBudgetBurn)]);
  const ms = metricsFromMoments(doc.moments);
  const metrics = formatMetrics(ms);
  for (const [key, label] of metricNames) {
    const value = ms[key];
    if (value !== undefined && metrics[key]) facts.push([label, plain ? plainDuration(value) : metrics[key]]);
  }
  return facts;
}

const numberWords =
  /\b(\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|half|dozen)/i;

/**
 * What a report says when no impact number is recorded: nothing when the impact text gives numbers in its own words
 * ("about 4 in 10 card payments failed"), else that they are missing, so the author sees what to add; the public,
 * who cannot add them, reads that the impact is still being measured (trial 12g G-21).
 */
export function missingNumbersNote(
  doc: Pick<IncidentDocument, 'impact'>,
  audience: 'engineering' | 'exec' | 'public' = 'exec',
): string | undefined {
  if (numberWords.test(doc.impact.description)) return undefined;
  return audience === 'public' ? 'We are still measuring the impact.' : 'Impact numbers missing.';
}
