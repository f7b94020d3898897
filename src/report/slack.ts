import { formatDuration, type IncidentDocument, isOpenAction } from '../domain/index.js';
import { impactDurationMs } from '../playbook/index.js';
import type { Bluf } from './bluf.js';
import { incidentUrl } from './links.js';

// Slack's mrkdwn treats these three as control characters; Teams shows the escaped text the same way.
const escapeMrkdwn = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A short BLUF block to paste into Slack or Teams: headline, bottom line, duration, open actions, link. */
export function slackSummary(doc: IncidentDocument, bluf: Bluf, baseUrl?: string): string {
  const open = doc.actions.filter(isOpenAction);
  const high = open.filter((action) => action.priority === 'high').length;
  const duration = impactDurationMs(doc);
  const lines = [
    `*[${doc.severity}] ${escapeMrkdwn(doc.title)}* (${doc.id})`,
    `> ${escapeMrkdwn(bluf.text).replace(/\n+/g, ' ')}`,
    `• Impact duration: ${duration === undefined ? 'not recorded' : formatDuration(duration)}`,
    `• Open actions: ${open.length}${high ? ` (${high} high priority)` : ''}`,
  ];
  const url = incidentUrl(doc.id, baseUrl);
  if (url) lines.push(`<${url}|Read the full post-mortem>`);
  return `${lines.join('\n')}\n`;
}
