import { type IncidentDocument, isOpenAction } from '../domain/index.js';
import { glossaryEntriesIn, impactDurationMs } from '../playbook/index.js';
import { askSentence, type Bluf } from './bluf.js';
import { followUpPlan } from './follow-up-plan.js';
import { incidentUrl } from './links.js';
import { plainDate, plainDuration } from './plain-dates.js';
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

/**
 * A short BLUF block to paste into Slack or Teams: headline, bottom line, how long and what it cost, open actions,
 * then for readers outside engineering (`plain`) the plain words of its terms, and last what is asked of the
 * executive and the follow-up review (not for the public: `followUp` false), then the link. A bottom line debrief built says the duration, the cost and
 * the ask already: the block does not repeat the first two, and moves the ask to the end, where a reader acts on
 * it. Durations and days as people say them ("41 minutes", "20 March 2026").
 */
export function slackSummary(
  doc: IncidentDocument,
  bluf: Bluf,
  today: string,
  baseUrl?: string,
  plain = false,
  followUp = true,
): string {
  const open = doc.actions.filter(isOpenAction);
  const high = open.filter((action) => action.priority === 'high').length;
  const duration = impactDurationMs(doc);
  const ask = askSentence(doc);
  const quote = (bluf.authored || !ask ? bluf.text : bluf.text.replace(ask, '')).replace(/\s+/g, ' ').trim();
  const headline = `*[${doc.severity}] ${escapeMrkdwn(doc.title)}* (${doc.id})`;
  const lines = [
    headline,
    `> ${escapeMrkdwn(quote)}`,
    ...(bluf.authored
      ? [
          `• Impact duration: ${duration === undefined ? 'not recorded' : plainDuration(duration)}`,
          ...(doc.impact.cost ? [`• Cost: ${escapeMrkdwn(doc.impact.cost)}`] : []),
        ]
      : []),
    `• Open actions: ${open.length}${high ? ` (${high} high priority)` : ''}`,
    ...(plain ? plainWordsLines(`${doc.severity} ${doc.title}\n${quote}`) : []),
    ...(ask ? [`• ${escapeMrkdwn(ask)}`] : []),
    // The public view holds no meetings: it would read "not booked yet" whatever is booked.
    followUp ? followUpLine(doc, open.length, today) : undefined,
  ].filter((line) => line !== undefined);
  const url = incidentUrl(doc.id, baseUrl);
  if (url) lines.push(`<${url}|Read the full post-mortem>`);
  return `${lines.join('\n')}\n`;
}
