import { factorCategoryLabels, type IncidentDocument, isOverdue } from '../domain/index.js';
import { readAloud } from '../language/index.js';
import { impactDurationMs, servicesPhrase, topActions } from '../playbook/index.js';
import { plainDate, plainDuration, plainPercent } from './plain-dates.js';

/** The BLUF as published: the text, whether the author wrote it, and the facts it had to name as missing. */
export interface Bluf {
  text: string;
  authored: boolean;
  missing: string[];
}

/** Executives read the first lines only; this is the budget the generated BLUF must fit. */
export const blufWordLimit = 80;

/** The note a reader's report shows under a bottom line debrief built, so the author knows to write their own. */
export const generatedBlufNote =
  'debrief wrote this bottom line from the incident’s fields because none has been written yet.';

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
const numberFormat = new Intl.NumberFormat('en-US');
/** Ends the author's words with one full stop, not two. */
const stop = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
const unstop = (text: string) => text.trim().replace(/[.!?]+$/, '');

/**
 * The first clause of a title ("The shared client had no timeout, and …" is "The shared client had no
 * timeout"), when the whole is longer than `words`: a shortened title still reads as a whole phrase, never
 * cut mid-phrase. The whole title when it fits or has no shorter clause.
 */
function shortTitle(title: string, words: number): string {
  if (countWords(title) <= words) return title;
  const clause = title.split(/\s*[,;:(–—]\s*|\s+-\s+/)[0]?.trim() ?? '';
  return clause !== '' && countWords(clause) < countWords(title) ? clause : title;
}

// "for 47 minutes", "lasted two hours", "over 36 min": a length said as how long it went on (not "three hours old").
const lengthWords =
  /\b(?:for|lasted|lasting|over|during)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?(?:\d+(?:[.,]\d+)?\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|days?)\b|(?:an?|one|two|three|four|five|six|half an?) (?:hour|minute|day)s?\b)/i;

/** Whether a sentence already says how long something lasted. */
function saysHowLong(text: string): boolean {
  return lengthWords.test(text);
}

// Words that start a sentence but not a name: after "Impact:" they read in lower case ("Impact: about 18,000…").
const commonLead =
  /^(About|Around|Roughly|Nearly|Almost|Approximately|Some|Most|All|Many|Every|Customers|Users|Our|The|A|An|No)\b/;

function lowerLead(text: string): string {
  return commonLead.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}

function impactSentence(doc: IncidentDocument, missing: string[]): string {
  const { usersAffected, failedRequests, errorBudgetBurn } = doc.impact;
  const numbers: string[] = [];
  if (usersAffected !== undefined) numbers.push(`${numberFormat.format(usersAffected)} users affected`);
  if (failedRequests !== undefined) numbers.push(`${numberFormat.format(failedRequests)} failed requests`);
  if (errorBudgetBurn !== undefined) numbers.push(`${plainPercent(errorBudgetBurn)} of the error budget`);
  const duration = impactDurationMs(doc);
  if (numbers.length === 0) missing.push('impact numbers');
  if (duration === undefined) missing.push('impact duration');
  // A reader sees what is known, and plainly what is not yet (the author sees `missing` as a to-do).
  const over = duration !== undefined ? `over ${plainDuration(duration)}` : undefined;
  if (numbers.length > 0)
    return `Impact: ${numbers.join(', ')}${over ? `, ${over}` : '; how long it lasted is not yet known'}.`;
  // No numbers, but the author described it: the first sentence of that says more than "not yet measured".
  const said = firstSentence(doc.impact.description);
  // The author's own sentence may already say how long ("for 47 minutes"): a second length beside it would read as
  // a contradiction whenever the two were measured differently, so theirs stands alone.
  if (said) return `Impact: ${lowerLead(unstop(said))}${over && !saysHowLong(said) ? `, ${over}` : ''}.`;
  return over ? `Impact lasted ${over.slice(5)}; its size is not yet measured.` : 'Impact: not yet measured.';
}

interface Shape {
  /** Actions named after the next step. */
  others: number;
  /** Longest title kept whole; longer ones shrink to their first clause. */
  titleWords: number;
}

/**
 * The factor the bottom line names as the systemic cause, in words that pass the blame check: the first factor
 * whose title is clean, or its clean rewrite ("Kwame forgot to close resp.Body" is read as "resp.Body was not
 * closed"); a factor that can only be reworded by its author is passed over, so debrief's own sentence never
 * publishes blame (nor gets the report refused for words the author did not write there).
 */
function systemicCause(
  doc: IncidentDocument,
): { factor: IncidentDocument['factors'][number]; words: string } | undefined {
  const people = doc.participants.map((person) => person.name);
  for (const factor of doc.factors) {
    const verdict = readAloud(factor.title, people);
    if (verdict === undefined) return { factor, words: factor.title };
    if ('rewrite' in verdict) return { factor, words: verdict.rewrite };
  }
  return undefined;
}

type Part = 'lead' | 'impact' | 'cost' | 'cause' | 'next' | 'others' | 'ask';

function build(
  doc: IncidentDocument,
  shape: Shape,
  owners: boolean,
  today: string | undefined,
): { parts: Array<[Part, string]>; missing: string[] } {
  const missing: string[] = [];
  const title = (text: string) => shortTitle(text, shape.titleWords);
  const services = servicesPhrase(doc.services);
  const date = (doc.moments.impactStart ?? doc.moments.detected)?.at;
  const parts: Array<[Part, string]> = [
    [
      'lead',
      `${doc.severity}${date ? ` on ${plainDate(date)}` : ''}: ${unstop(title(doc.title))}${services ? ` (${services})` : ''}.`,
    ],
    ['impact', impactSentence(doc, missing)],
  ];
  const cost = doc.impact.cost?.trim();
  if (cost) parts.push(['cost', `Cost: ${stop(cost)}`]);
  const cause = systemicCause(doc);
  if (cause) {
    const category = factorCategoryLabels[cause.factor.category].toLowerCase();
    parts.push(['cause', `Systemic cause: ${unstop(title(cause.words))} (${category}).`]);
  } else if (doc.factors.length > 0) {
    missing.push('a blameless wording of the contributing factors');
    parts.push(['cause', 'Systemic cause: still to be worded without naming a person.']);
  } else {
    missing.push('systemic cause');
    parts.push(['cause', 'Systemic cause missing.']);
  }
  // The next step is the first action that addresses the systemic cause named above (what stops it happening
  // again), else the most urgent; the others follow in their usual order.
  const ranked = topActions(doc.actions);
  const actions = [
    ...ranked.filter((action) => cause && action.factorId === cause.factor.id),
    ...ranked.filter((action) => !cause || action.factorId !== cause.factor.id),
  ];
  if (actions.length === 0) {
    missing.push('actions');
    parts.push(['next', 'Actions missing. Next step: agree action items with owners and due dates.']);
  } else {
    // Each action once: the next step first, then the others the budget allows.
    const described = actions.slice(0, 1 + shape.others).map((action) => {
      if (owners && !action.owner) missing.push(`owner for ${action.id}`);
      if (!action.dueDate) missing.push(`due date for ${action.id}`);
      const late = today !== undefined && isOverdue(action, today);
      const due = !action.dueDate
        ? 'date missing'
        : late
          ? `overdue since ${plainDate(action.dueDate)}`
          : `due ${plainDate(action.dueDate)}`;
      // The public sees what is changing, not who does it or by when (nor that it is late).
      if (!owners) return unstop(title(action.title));
      return `${unstop(title(action.title))} (${action.owner || 'owner missing'}, ${due})`;
    });
    const [next, ...others] = described;
    parts.push(['next', `Next step: ${next}.`]);
    if (others.length > 0) parts.push(['others', `Also: ${others.join('; ')}.`]);
  }
  const ask = doc.ask.trim();
  if (ask) parts.push(['ask', `We ask: ${stop(ask)}`]);
  return { parts, missing: [...new Set(missing)] };
}

const textOf = (parts: ReadonlyArray<[Part, string]>) => parts.map(([, text]) => text).join(' ');

/**
 * The bottom line up front, built only from the incident's fields so the same incident always gives the same
 * text. The author's own BLUF wins when present. To fit 80 words it names fewer actions, then shortens long
 * titles to their first clause, then leaves out whole sentences (the other actions, the cost, the ask, which the
 * business block under it says again, then the cause) before the facts an executive needs most; it never cuts a
 * phrase short. Each action is named once, the next step first: the first open action that addresses the systemic
 * cause it names (what stops it happening again), else the most urgent. Without `owners` (public reports) actions carry neither owners nor dates, as the public report shows
 * none. Given `today` (the caller reads the clock once), an action already past its date is called overdue.
 */
export function buildBluf(doc: IncidentDocument, options: { owners?: boolean; today?: string } = {}): Bluf {
  const owners = options.owners ?? true;
  if (doc.bluf.trim() !== '') return { text: doc.bluf.trim(), authored: true, missing: [] };
  const shapes: Shape[] = [
    { others: 2, titleWords: 40 },
    { others: 1, titleWords: 40 },
    { others: 2, titleWords: 12 },
    { others: 1, titleWords: 12 },
    { others: 0, titleWords: 40 },
    { others: 0, titleWords: 12 },
  ];
  let result = build(doc, shapes.at(-1)!, owners, options.today);
  for (const shape of shapes) {
    const candidate = build(doc, shape, owners, options.today);
    if (countWords(textOf(candidate.parts)) <= blufWordLimit) {
      result = candidate;
      break;
    }
  }
  let { parts } = result;
  // Cost and the ask are said again in the business block under it; the cause is said only here.
  for (const drop of ['others', 'cost', 'ask', 'cause', 'impact', 'next'] as const) {
    if (countWords(textOf(parts)) <= blufWordLimit) break;
    parts = parts.filter(([part]) => part !== drop);
  }
  return { text: textOf(parts), authored: false, missing: result.missing };
}

/** The first sentence of a text, when it is up to thirty words; empty otherwise. */
function firstSentence(text: string): string {
  const first = text.trim().split(/(?<=[.!?])\s+|\n/)[0] ?? '';
  return countWords(first) > 30 ? shortTitle(first, 30) : first;
}
