import {
  type FactorCategory,
  factorCategoryLabels,
  type IncidentDocument,
  isOverdue,
  ownerName,
} from '../domain/index.js';
import { isProductName, readAloud } from '../language/index.js';
import { impactDurationMs, topActions } from '../playbook/index.js';
import { affectedNoun, withoutImpactLabel } from './impact-facts.js';
import { plainDate, plainDuration, plainPercent } from './plain-dates.js';
import { publicCodeWords } from './public-code-words.js';
import { lengthPhrase, measuredNote, saysHowLong } from './stated-duration.js';
import { technicalWordsIn } from './technical-words.js';

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
  // A clause ends at a comma, semicolon or colon before a space: never inside a number ("38,400") or a time (12:05).
  // A call's brackets ("Replace unwrap() on config lookups") are the name's, not an aside (trial 23 read "replace
  // unwrap").
  const clause = title.split(/\s*(?:[,;:](?=\s)|(?<![\w.:])\(|[–—])\s*|\s+-\s+/)[0]?.trim() ?? '';
  return clause !== '' && countWords(clause) < countWords(title) ? clause : title;
}

// How long the author said it went on ("for over 10 minutes"): one definition, in stated-duration.ts.

/** A sentence's first word in lower case when it is an everyday capitalised word ("Card payments" is "card payments"). */
function lowerLead(text: string): string {
  const first = /^\p{Lu}\p{Ll}+\b/u.exec(text)?.[0];
  if (!first || isProductName(first)) return text;
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

/**
 * What happened to customers, for how long, as the bottom line's first sentence: "For 40 minutes on 30 November
 * 2026 (SEV1), card payments failed; about 12,400 checkouts did not complete." The customers' part is the author's
 * impact sentence, else the numbers, else the title; the one duration is the measured impact (what the report's
 * Impact section says), else the author's own words for it. `numbers` adds the recorded counts in brackets.
 */
function customersSentence(doc: IncidentDocument, shape: Shape, missing: string[]): string {
  const { usersAffected, failedRequests, errorBudgetBurn } = doc.impact;
  const counts: string[] = [];
  if (usersAffected !== undefined)
    counts.push(`${numberFormat.format(usersAffected)} ${affectedNoun(doc)} affected`);
  if (failedRequests !== undefined) counts.push(`${numberFormat.format(failedRequests)} failed requests`);
  if (errorBudgetBurn !== undefined) counts.push(`${plainPercent(errorBudgetBurn)} of the error budget`);
  const duration = impactDurationMs(doc);
  // The note the report puts after the author's length goes before the sentence is shortened: cut at its bracket,
  // "For 6 hours 47 minutes (the timeline measures …)" left the length alone, and nothing once it went (trial 18f).
  // A label the author opened with ("For customers: card payments failed") is no part of the sentence (trial 21).
  const described = withoutImpactLabel(doc.impact.description.replace(measuredNote, ''));
  const said = firstSentence(described);
  if (counts.length === 0) missing.push('impact numbers');
  if (duration === undefined && !saysHowLong(said)) missing.push('impact duration');
  const start = (doc.moments.impactStart ?? doc.moments.detected)?.at;
  const on = start ? `on ${plainDate(start)} ` : '';
  // With a measured duration the author's own length goes, so only one is given (and never two that disagree).
  // The author's length goes before a long sentence is cut to its first clause, which may be the length alone
  // ("For 1h 58m, 38% of API requests … failed" was cut to "For 1h 58m", then to nothing).
  const told = unstop(
    duration === undefined
      ? said
      : firstSentence(described.replace(lengthPhrase, '').replace(/^[\s,;:]+/, '')),
  );
  const what =
    told !== ''
      ? told
      : counts.length > 0
        ? counts.join(', ')
        : unstop(shortTitle(doc.title, shape.titleWords));
  // The title or the counts are no clause of their own: after a colon, not a comma ("In this SEV3 incident,
  // intermittent 502s on the admin console" had no verb, trial 21).
  const joint = told !== '' ? ',' : ':';
  // A count the author's sentence already gives is not said again ("checkout failed for 5,400 shoppers (5,400
  // users affected)", trial 18f).
  const digits = (text: string) => text.replace(/[^\d]/g, '');
  const toldDigits = new Set((told.match(/\d[\d,.]*/g) ?? []).map(digits));
  const fresh = counts.filter((count) => !toldDigits.has(digits(count.split(' ')[0] ?? '')));
  const numbers = told !== '' && fresh.length > 0 && shape.numbers ? ` (${fresh.join(', ')})` : '';
  // Not "its impact is not yet measured" after a measured duration (trial 26 F17): what is missing is whom it reached.
  const unmeasured =
    said === '' && counts.length === 0 ? '; how many customers it affected is not yet known' : '';
  if (duration !== undefined)
    return `For ${plainDuration(duration)} ${on}(${doc.severity})${joint} ${lowerLead(what)}${numbers}${unmeasured}.`;
  const unknown = saysHowLong(said) ? '' : '; how long it lasted is not yet known';
  const lead = on ? `On ${on.slice(3)}(${doc.severity})` : `In this ${doc.severity} incident`;
  return `${lead}${joint} ${lowerLead(what)}${numbers}${unmeasured || unknown}.`;
}

/** Each kind of contributing factor as a reader outside engineering says it. */
const plainCategory: Record<FactorCategory, string> = {
  'code-review': 'a gap in how code changes are reviewed',
  'automated-testing': 'a gap in our automated tests',
  'monitoring-alerting': 'a gap in our monitoring and alerts',
  'deploy-release': 'a gap in how changes are released',
  configuration: 'a gap in how settings are changed and checked',
  capacity: 'too little capacity for the load',
  dependencies: 'a weak point in how our systems depend on each other or on suppliers',
  'architecture-resilience': 'a weak point in how our systems are built to withstand failure',
  'runbooks-documentation': 'missing or outdated instructions for responders',
  'on-call-escalation': 'a gap in how responders are called in',
  communication: 'a gap in how information reached the people who needed it',
  tooling: 'a gap in the tools our engineers use',
  training: 'a gap in how people were prepared for this situation',
};

interface Shape {
  /** Whether the next step rides with the cause. */
  next: boolean;
  /** Whether the recorded counts follow the customers' sentence in brackets. */
  numbers: boolean;
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

/** What the bottom line asks of the executive, as its last sentence; empty when nothing is asked. */
export function askSentence(doc: Pick<IncidentDocument, 'ask'>): string {
  const ask = doc.ask.trim();
  return ask ? `We ask you: ${lowerLead(stop(ask))}` : '';
}

type Part = 'customers' | 'cost' | 'cause' | 'ask';

/**
 * The parts of the bottom line an executive reads first, in order (issue 18): what happened to customers and for
 * how long; the cost when recorded; the systemic cause in plain words with the next step; what is asked of them.
 */
function build(
  doc: IncidentDocument,
  shape: Shape,
  owners: boolean,
  today: string | undefined,
  plain = false,
): { parts: Array<[Part, string]>; missing: string[] } {
  const missing: string[] = [];
  const title = (text: string) => shortTitle(text, shape.titleWords);
  const parts: Array<[Part, string]> = [['customers', customersSentence(doc, shape, missing)]];
  const cost = doc.impact.cost?.trim();
  // The cost as recorded; without one, a missed SLA is the cost an executive most needs to hear of.
  // A cost that is no amount ("No direct revenue loss measured") is said as written, after a label (trial 21 read
  // "It cost No direct revenue loss measured.").
  // An amount has a number or a currency; a cost not known yet ("TBD", "hard to say yet", "still being worked out")
  // is said so (trial 22 read "It cost hard to say yet.").
  if (cost)
    parts.push([
      'cost',
      /^(?:tbd|tbc|unknown|n\/a|unclear|not (?:yet )?known|hard to say|too early|still being|being worked|pending|to be (?:confirmed|determined))\b/i.test(
        cost,
      )
        ? 'The cost is not known yet.'
        : /^(?:no|none|nothing|not|zero)\b/i.test(cost) ||
            !/[\d$€£¥₹]|\b(?:thousand|million|billion|lakh|crore)\b/i.test(cost)
          ? `Cost: ${stop(cost)}`
          : `It cost ${stop(cost.replace(/^(?:it\s+)?cost\s+/i, ''))}`,
    ]);
  else if (doc.impact.slaBreached === true)
    parts.push(['cost', 'A service level we promise customers in contracts (an SLA) was missed.']);
  const cause = systemicCause(doc);
  // The next step is the first action that addresses the systemic cause named (what stops it happening again),
  // else the most urgent; the others are in the actions and the business block's recurrence line.
  const ranked = topActions(doc.actions);
  const next = ranked.find((action) => cause && action.factorId === cause.factor.id) ?? ranked[0];
  let step = '';
  if (!next) {
    missing.push('actions');
    step = 'no action is agreed yet';
  } else {
    if (owners && !next.owner) missing.push(`owner for ${next.id}`);
    if (!next.dueDate) missing.push(`due date for ${next.id}`);
    const late = today !== undefined && isOverdue(next, today);
    const due = !next.dueDate
      ? 'date missing'
      : late
        ? `overdue since ${plainDate(next.dueDate)}`
        : `due ${plainDate(next.dueDate)}`;
    // The public sees what is changing, not who does it or by when (nor that it is late). A late step is said without
    // its owner: the first lines an executive reads put the plan's delay on the plan, not on one person (trial 25);
    // the action items below name every owner.
    const owner = ownerName(next.owner, doc.participants) || 'owner missing';
    const who = late && next.owner ? '' : `${owner}, `;
    step = `next step: ${lowerLead(unstop(title(next.title)))}${owners ? ` (${who}${due})` : ''}`;
  }
  // The public's next step in words nothing explains is left to the list of changes below it.
  const jargonStep = plain && !owners && next !== undefined && technicalWordsIn(next.title).length > 0;
  const withStep = (shape.next || !next) && !jargonStep ? `; ${step}` : '';
  if (cause) {
    const category = factorCategoryLabels[cause.factor.category].toLowerCase();
    const words = lowerLead(unstop(title(plain ? publicCodeWords(cause.words) : cause.words)));
    // A cause in words neither the glossary nor the report explains ("the Avro change broke the Flink
    // deserializer") is said by what kind of gap it is: the first lines of a reader's report are no place for them.
    parts.push([
      'cause',
      plain && technicalWordsIn(words).length > 0
        ? `Systemic cause: ${plainCategory[cause.factor.category]}${withStep}.`
        : `Systemic cause (${category}): ${words}${withStep}.`,
    ]);
  } else if (doc.factors.length > 0) {
    missing.push('a blameless wording of the contributing factors');
    parts.push(['cause', `Systemic cause: still to be worded without naming a person${withStep}.`]);
  } else {
    missing.push('systemic cause');
    parts.push(['cause', `Systemic cause: not yet found${withStep}.`]);
  }
  const ask = askSentence(doc);
  if (ask) parts.push(['ask', ask]);
  return { parts, missing: [...new Set(missing)] };
}

const textOf = (parts: ReadonlyArray<[Part, string]>) => parts.map(([, text]) => text).join(' ');

/**
 * The bottom line up front, built only from the incident's fields so the same incident always gives the same
 * text; the author's own BLUF wins when present, except for the public. In at most four short sentences it says what happened to
 * customers and for how long (one duration: the measured impact), the cost when recorded, the systemic cause with
 * the next step, and what is asked of the executive when recorded. To fit 80 words it leaves out the counts in
 * brackets, then the next step, then shortens long titles to their first clause; it never cuts a phrase short, and
 * keeps the cost and the ask (an executive's first questions) to the last. Without `owners` (public reports) the
 * next step carries neither owner nor date. Given `today`, an action already past its date is called overdue. For
 * readers outside engineering (`plain`) the cause's names from code, libraries and versions are said in words
 * ("pgxpool.Acquire" is "the database connection pool"), as they cannot be explained inside the bottom line.
 */
export function buildBluf(
  doc: IncidentDocument,
  options: { owners?: boolean; today?: string; plain?: boolean } = {},
): Bluf {
  const owners = options.owners ?? true;
  // The author writes the bottom line for executives, with the cost and the ask; the public (no `owners`) gets the
  // one built from the fields instead, which leaves both out, as the public report leaves out cost and SLA.
  if (doc.bluf.trim() !== '' && owners) return { text: doc.bluf.trim(), authored: true, missing: [] };
  const shapes: Shape[] = [
    { next: true, numbers: true, titleWords: 40 },
    { next: true, numbers: false, titleWords: 40 },
    { next: true, numbers: false, titleWords: 12 },
    { next: false, numbers: false, titleWords: 40 },
    { next: false, numbers: false, titleWords: 12 },
  ];
  const plain = options.plain ?? false;
  let result = build(doc, shapes.at(-1)!, owners, options.today, plain);
  for (const shape of shapes) {
    const candidate = build(doc, shape, owners, options.today, plain);
    if (countWords(textOf(candidate.parts)) <= blufWordLimit) {
      result = candidate;
      break;
    }
  }
  let { parts } = result;
  // Over the budget still: the business block under it says the cost and the ask again; the cause only here.
  for (const drop of ['cost', 'ask', 'cause'] as const) {
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
