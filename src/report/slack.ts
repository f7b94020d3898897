import { type IncidentDocument, isOpenAction } from '../domain/index.js';
import { impactDurationMs } from '../playbook/index.js';
import type { Bluf } from './bluf.js';
import { incidentUrl } from './links.js';
import { plainDate, plainDuration } from './plain-dates.js';

// Slack's mrkdwn treats these three as control characters; Teams shows the escaped text the same way.
export const escapeMrkdwn = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The next follow-up review not yet held, as a reader says its day, or what to say when none is booked. */
function followUpLine(doc: IncidentDocument, openActions: number): string | undefined {
  const next = doc.reviews
    .filter((review) => review.kind === 'follow-up' && review.endedAt === undefined)
    .map((review) => review.scheduledAt)
    .sort()[0];
  if (next) return `• Follow-up review: ${plainDate(next)}`;
  return openActions > 0 ? '• Follow-up review: not booked yet' : undefined;
}

/**
 * A short BLUF block to paste into Slack or Teams: headline, bottom line, how long and what it cost, open actions,
 * the follow-up review, link. Durations and days as people say them ("41 minutes", "20 March 2026").
 */
export function slackSummary(doc: IncidentDocument, bluf: Bluf, baseUrl?: string): string {
  const open = doc.actions.filter(isOpenAction);
  const high = open.filter((action) => action.priority === 'high').length;
  const duration = impactDurationMs(doc);
  const lines = [
    `*[${doc.severity}] ${escapeMrkdwn(doc.title)}* (${doc.id})`,
    `> ${escapeMrkdwn(bluf.text).replace(/\n+/g, ' ')}`,
    `• Impact duration: ${duration === undefined ? 'not recorded' : plainDuration(duration)}`,
    ...(doc.impact.cost ? [`• Cost: ${escapeMrkdwn(doc.impact.cost)}`] : []),
    `• Open actions: ${open.length}${high ? ` (${high} high priority)` : ''}`,
    ...[followUpLine(doc, open.length)].filter((line) => line !== undefined),
  ];
  const url = incidentUrl(doc.id, baseUrl);
  if (url) lines.push(`<${url}|Read the full post-mortem>`);
  return `${lines.join('\n')}\n`;
}
