import { type IncidentDocument, isOpenAction } from '../domain/index.js';
import { impactDurationMs } from '../playbook/index.js';
import type { Bluf } from './bluf.js';
import { followUpPlan } from './follow-up-plan.js';
import { incidentUrl } from './links.js';
import { plainDate, plainDuration } from './plain-dates.js';

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
 * A short BLUF block to paste into Slack or Teams: headline, bottom line, how long and what it cost, open actions,
 * the follow-up review, link. Durations and days as people say them ("41 minutes", "20 March 2026").
 */
export function slackSummary(doc: IncidentDocument, bluf: Bluf, today: string, baseUrl?: string): string {
  const open = doc.actions.filter(isOpenAction);
  const high = open.filter((action) => action.priority === 'high').length;
  const duration = impactDurationMs(doc);
  const lines = [
    `*[${doc.severity}] ${escapeMrkdwn(doc.title)}* (${doc.id})`,
    `> ${escapeMrkdwn(bluf.text).replace(/\n+/g, ' ')}`,
    `• Impact duration: ${duration === undefined ? 'not recorded' : plainDuration(duration)}`,
    ...(doc.impact.cost ? [`• Cost: ${escapeMrkdwn(doc.impact.cost)}`] : []),
    `• Open actions: ${open.length}${high ? ` (${high} high priority)` : ''}`,
    ...[followUpLine(doc, open.length, today)].filter((line) => line !== undefined),
  ];
  const url = incidentUrl(doc.id, baseUrl);
  if (url) lines.push(`<${url}|Read the full post-mortem>`);
  return `${lines.join('\n')}\n`;
}
