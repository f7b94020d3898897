import type { Digest, ReminderItem } from '../domain/index.js';
import { escapeHtml } from './html-escape.js';
import { incidentUrl } from './links.js';
import { escapeMrkdwn } from './slack.js';

/** A digest as it goes out: an e-mail's subject, text and HTML, and a Slack-compatible webhook body. */
export interface ReminderMessage {
  subject: string;
  text: string;
  html: string;
  slack: { text: string };
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function whenLine(item: ReminderItem): string {
  if (item.state === 'overdue') return `due ${item.dueDate}, ${plural(item.days, 'day')} late`;
  if (item.days === 0) return `due today (${item.dueDate})`;
  return `due ${item.dueDate}, in ${plural(item.days, 'day')}`;
}

const restrictedTitle = 'an action in a restricted incident';

/** What the action is, in words: its title and owner, or only that it exists when its incident is restricted. */
function what(item: ReminderItem): string {
  const owner = item.owner.trim() === '' ? 'no owner yet' : `owner ${item.owner}`;
  return `${item.actionId} ${item.actionTitle ?? restrictedTitle} (${owner})`;
}

function incidentLabel(item: ReminderItem): string {
  return item.incidentTitle === undefined ? item.incidentId : `${item.incidentId} ${item.incidentTitle}`;
}

/** "2 overdue, 1 due soon". */
function counts(digest: Digest): string {
  const overdue = digest.items.filter((item) => item.state === 'overdue').length;
  const soon = digest.items.length - overdue;
  return [overdue > 0 ? `${overdue} overdue` : '', soon > 0 ? `${soon} due soon` : '']
    .filter(Boolean)
    .join(', ');
}

const sections = [
  ['overdue', 'Overdue'],
  ['due-soon', 'Due soon'],
] as const;

/**
 * The words of a digest. Links go to each incident when the base URL is known (its Actions tab lists the action);
 * every field people typed is escaped for the channel it goes to.
 */
export function reminderMessage(digest: Digest, today: string, baseUrl: string | undefined): ReminderMessage {
  // The catch-all names what it holds, not whom: "Action items with no owner or team to remind" (trial 12g G-28 read
  // "Action items for actions no one else is reminded of").
  const whose = 'with no owner or team to remind';
  const subject = digest.unreached
    ? `debrief reminder of action items ${whose}: ${counts(digest)}`
    : `debrief reminder for ${digest.audience}: ${counts(digest)}`;
  const intro = digest.unreached
    ? `Action items ${whose}, on ${today}.`
    : `Action items for ${digest.audience} on ${today}.`;
  const close = 'Mark each done, or move its due date with a reason, in debrief.';
  const text: string[] = [intro];
  const html: string[] = [`<p>${escapeHtml(intro)}</p>`];
  const slack: string[] = [
    `*Action items ${digest.unreached ? `${whose},` : `for ${escapeMrkdwn(digest.audience)}`} on ${today}:* ${counts(digest)}`,
  ];
  for (const [state, heading] of sections) {
    const items = digest.items.filter((item) => item.state === state);
    if (items.length === 0) continue;
    text.push('', heading);
    html.push(`<h2>${heading}</h2>`, '<ul>');
    slack.push(`*${heading}*`);
    for (const item of items) {
      const url = incidentUrl(item.incidentId, baseUrl);
      text.push(`- ${what(item)}: ${whenLine(item)}`, `  ${incidentLabel(item)}${url ? ` ${url}` : ''}`);
      const label = escapeHtml(incidentLabel(item));
      html.push(
        `<li>${escapeHtml(what(item))}: ${escapeHtml(whenLine(item))}<br>${url ? `<a href="${escapeHtml(url)}">${label}</a>` : label}</li>`,
      );
      const incident = url
        ? `<${url}|${escapeMrkdwn(incidentLabel(item))}>`
        : escapeMrkdwn(incidentLabel(item));
      slack.push(`• ${escapeMrkdwn(what(item))}: ${whenLine(item)} · ${incident}`);
    }
    html.push('</ul>');
  }
  text.push('', close);
  html.push(`<p>${escapeHtml(close)}</p>`);
  return { subject, text: `${text.join('\n')}\n`, html: html.join('\n'), slack: { text: slack.join('\n') } };
}
