import { type IncidentDocument, isOpenAction, isOverdue } from '../domain/index.js';
import { glossaryEntriesIn, impactDurationMs } from '../playbook/index.js';
import type { Audience } from './audience.js';
import { askSentence, type Bluf } from './bluf.js';
import { followUpPlan } from './follow-up-plan.js';
import { incidentUrl } from './links.js';
import { plainDate, plainDuration } from './plain-dates.js';
import { statedLengths } from './stated-duration.js';
import { spellingIn } from './words-section.js';

// Slack's mrkdwn treats these three as control characters; Teams shows the escaped text the same way.
export const escapeMrkdwn = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * When we report back, as the follow-up plan says it (followUpPlan, as the HTML and Markdown reports do): a booked
 * date; a past one not held as overdue with a new date; none booked yet with the suggestion.
 */
function followUpLine(doc: IncidentDocument, openActions: number, today: string): string | undefined {
  const plan = followUpPlan(doc, today);
  if (plan.kind === 'scheduled') return `• Follow-up review: ${plainDate(plan.at)}`;
  if (plan.kind === 'past') {
    return plan.held
      ? `• Follow-up review: held on ${plainDate(plan.at)}; next suggested for ${plainDate(plan.date)}`
      : `• Follow-up review: overdue, planned for ${plainDate(plan.at)} with nothing recording it was held; suggested new date ${plainDate(plan.date)}`;
  }
  return openActions > 0
    ? `• Follow-up review: not booked yet (suggested ${plainDate(plan.date)})`
    : undefined;
}

/**
 * The plain words of the glossary terms a reader meets in the block ("fan-out: one request is split …"), as the
 * exec report explains them: Slack has no closing "Words in this report", so they follow the bottom line.
 */
function plainWordsLines(text: string): string[] {
  return glossaryEntriesIn(text).map((entry) => {
    const said = entry.exec.charAt(0).toLowerCase() + entry.exec.slice(1);
    return `• _${escapeMrkdwn(spellingIn(text, entry))}_: ${escapeMrkdwn(said)}`;
  });
}

// Words too common to tell whether a bottom line already says the ask or the cost.
const common = new Set(
  'the a an and or of to in on for from with by at we you our your us is are be it this that ask asks asked approve please need needs'.split(
    ' ',
  ),
);
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}€$£]+/u)
    .filter((word) => word.length > 1 && !common.has(word));

/**
 * Whether `text` already says `what`: every number of it and most of its telling words are in it; for an amount
 * (`byNumbers`, a cost) its numbers alone tell ("cost about €180,000" says "about €180,000 in failed orders").
 */
function saysAlready(text: string, what: string, byNumbers = false): boolean {
  const words = wordsOf(what);
  if (words.length === 0) return false;
  const have = new Set(wordsOf(text));
  const numbers = words.filter((word) => /\d/.test(word));
  if (numbers.some((number) => !have.has(number))) return false;
  if (byNumbers && numbers.length > 0) return true;
  return words.filter((word) => have.has(word)).length >= 0.7 * words.length;
}

/**
 * A short BLUF block to paste into Slack or Teams: headline, bottom line, how long and what it cost, open actions,
 * then for readers outside engineering the plain words of the terms the block shows (its ask included), and last
 * what is asked of the executive and the follow-up review (not for the public, whose headline names no id), then
 * the link. Nothing is said twice: a bottom line debrief built says the duration, the cost and the ask already, and an
 * author's own may too, so the block adds the measured duration only when the bottom line states none (one
 * duration, never two), the cost and the ask only when the bottom line does not say them. Durations and days as
 * people say them ("41 minutes", "20 March 2026").
 */
export function slackSummary(
  doc: IncidentDocument,
  bluf: Bluf,
  today: string,
  { baseUrl, audience = 'engineering' }: { baseUrl?: string | undefined; audience?: Audience } = {},
): string {
  const plain = audience !== 'engineering';
  const forPublic = audience === 'public';
  const open = doc.actions.filter(isOpenAction);
  const high = open.filter((action) => action.priority === 'high').length;
  const duration = impactDurationMs(doc);
  const askLine = askSentence(doc);
  const quote = (bluf.authored || !askLine ? bluf.text : bluf.text.replace(askLine, ''))
    .replace(/\s+/g, ' ')
    .trim();
  const ask = askLine && !(bluf.authored && saysAlready(quote, doc.ask)) ? askLine : '';
  const cost = doc.impact.cost?.trim() ?? '';
  // The public's block names no record id, as its other formats do not (trial 18f F35).
  const headline = `*[${doc.severity}] ${escapeMrkdwn(doc.title)}*${forPublic ? '' : ` (${doc.id})`}`;
  const facts = bluf.authored
    ? [
        ...(statedLengths(quote).length > 0
          ? []
          : [`• Impact duration: ${duration === undefined ? 'not recorded' : plainDuration(duration)}`]),
        ...(cost && !saysAlready(quote, cost, true) ? [`• Cost: ${escapeMrkdwn(cost)}`] : []),
      ]
    : [];
  // Whether the plan is slipping, as the report's business block says it: overdue ones and ones nobody owns (trial 29).
  // The public's view has no owners, and how the company keeps its plan is not a status page's to say.
  const overdue = forPublic ? 0 : open.filter((action) => isOverdue(action, today.slice(0, 10))).length;
  const ownerless = forPublic ? 0 : open.filter((action) => action.owner.trim() === '').length;
  const notes = [
    ...(high ? [`${high} high priority`] : []),
    ...(overdue ? [`${overdue} overdue`] : []),
    ...(ownerless ? [`${ownerless} without an owner`] : []),
  ];
  const openLine = `• Open actions: ${open.length}${notes.length ? ` (${notes.join(', ')})` : ''}`;
  // The terms a reader meets in the block, from the headline to the ask.
  const shown = [`${doc.severity} ${doc.title}`, quote, ...facts, ask].join('\n');
  const lines = [
    headline,
    `> ${escapeMrkdwn(quote)}`,
    ...facts,
    openLine,
    ...(plain ? plainWordsLines(shown) : []),
    ...(ask ? [`• ${escapeMrkdwn(ask)}`] : []),
    // The public view holds no meetings: it would read "not booked yet" whatever is booked.
    forPublic ? undefined : followUpLine(doc, open.length, today),
  ].filter((line) => line !== undefined);
  const url = incidentUrl(doc.id, baseUrl);
  if (url) lines.push(`<${url}|Read the full post-mortem>`);
  return `${lines.join('\n')}\n`;
}
