import { asObject, asString } from '../document-format.js';

// Subtypes that record who is in a channel or what it is called: not something that happened in the incident.
const membership = new Set([
  'channel_join',
  'channel_leave',
  'group_join',
  'group_leave',
  'channel_purpose',
  'channel_topic',
  'channel_name',
  'bot_add',
  'bot_remove',
]);

/** Whether a Slack message only records a channel's membership or settings (a join, a topic change). */
export function isChannelHousekeeping(message: Record<string, unknown>): boolean {
  return membership.has(String(message.subtype ?? ''));
}

/**
 * Slack's message markup as plain text: `<@U1>` and `<@U1|dana>` as `@name`, `<#C1|incident>` as `#incident`,
 * `<https://…|label>` as its label, `<!here>` as `@here`, and `&lt;`, `&gt;`, `&amp;` decoded.
 */
export function slackPlainText(text: string, nameOf: (id: string) => string): string {
  return text
    .replace(/<([^<>]+)>/g, (_, inner: string) => {
      const [target = '', label] = inner.split('|', 2);
      if (target.startsWith('@')) return `@${label ?? nameOf(target.slice(1))}`;
      if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
      if (target.startsWith('!'))
        return `@${(label ?? target.slice(1).split('^')[0] ?? '').replace(/^@/, '')}`;
      return label ?? target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The words of a message: its text, or for a bot that posts attachments (PagerDuty, Alertmanager) their
 * pretext, title, text and fields, or their fallback.
 */
export function slackMessageText(message: Record<string, unknown>): string {
  const text = asString(message.text);
  if (text) return text;
  const attachments = Array.isArray(message.attachments) ? message.attachments : [];
  const parts: string[] = [];
  for (const raw of attachments) {
    const attachment = asObject(raw);
    if (!attachment) continue;
    const fields = (Array.isArray(attachment.fields) ? attachment.fields : [])
      .map((field) => asObject(field))
      .map((field) => [asString(field?.title), asString(field?.value)].filter(Boolean).join(': '))
      .filter((field) => field !== '');
    const own = [
      asString(attachment.pretext),
      asString(attachment.title),
      asString(attachment.text),
      ...fields,
    ]
      .filter((part): part is string => part !== undefined)
      .join(' — ');
    const words = own || asString(attachment.fallback);
    if (words) parts.push(words);
  }
  return parts.join(' | ');
}
