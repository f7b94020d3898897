import { asObject, asString } from '../document-format.js';
import type { EvidenceItem } from '../evidence-item.js';
import { parseEpoch } from '../read/timestamps.js';
import { isChannelHousekeeping, slackMessageText, slackPlainText } from './slack-text.js';

/** One file of a Slack export folder, by its path inside the folder (`users.json`, `incidents/2026-03-04.json`). */
export interface ExportFile {
  path: string;
  text: string;
}

/** Items of a Slack export plus problems keyed by the file they are in. */
export interface SlackResult {
  items: Array<EvidenceItem & { file: string }>;
  unparsed: Array<{ file: string; line: number; reason: string }>;
}

function parseJson(file: ExportFile, unparsed: SlackResult['unparsed']): unknown {
  try {
    return JSON.parse(file.text);
  } catch (error) {
    unparsed.push({ file: file.path, line: 1, reason: `invalid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

/** User ids to display names from users.json. */
function userNames(files: readonly ExportFile[], unparsed: SlackResult['unparsed']): Map<string, string> {
  const names = new Map<string, string>();
  const users = files.find((file) => file.path === 'users.json');
  if (!users) {
    unparsed.push({
      file: 'users.json',
      line: 1,
      reason: 'users.json is missing; user ids are shown instead of names',
    });
    return names;
  }
  const list = parseJson(users, unparsed);
  if (!Array.isArray(list)) return names;
  for (const raw of list) {
    const user = asObject(raw);
    const id = asString(user?.id);
    const profile = asObject(user?.profile);
    const name = asString(profile?.display_name) ?? asString(user?.real_name) ?? asString(user?.name);
    if (id && name) names.set(id, name);
  }
  return names;
}

/**
 * Reads a Slack export folder: every channel's day files become chat events (`#channel Dana: text`), user ids
 * and mentions resolved to names, Slack's markup as plain text, bots' attachments as their words, thread replies
 * marked, joins and topic changes left out. A missing users.json or a bad day file is reported and
 * the rest still read.
 */
export function readSlackExport(files: readonly ExportFile[]): SlackResult {
  const result: SlackResult = { items: [], unparsed: [] };
  const names = userNames(files, result.unparsed);
  const nameOf = (id: string) => names.get(id) ?? id;
  for (const file of files) {
    const m = /^([^/]+)\/(\d{4}-\d{2}-\d{2})\.json$/.exec(file.path);
    if (!m) continue;
    const channel = m[1] as string;
    const messages = parseJson(file, result.unparsed);
    if (messages === undefined) continue;
    if (!Array.isArray(messages)) {
      result.unparsed.push({ file: file.path, line: 1, reason: 'a day file that is not a list of messages' });
      continue;
    }
    messages.forEach((raw, index) => {
      const message = asObject(raw);
      const ts = asString(message?.ts);
      if (!message || !ts) {
        result.unparsed.push({ file: file.path, line: index + 1, reason: `message ${index + 1} has no ts` });
        return;
      }
      if (isChannelHousekeeping(message)) return;
      const user = asString(message.user);
      const author =
        asString(message.user_profile && asObject(message.user_profile)?.display_name) ??
        (user ? names.get(user) : undefined) ??
        asString(message.username) ??
        asString(asObject(message.bot_profile)?.name) ??
        user ??
        'someone';
      const text = slackPlainText(slackMessageText(message), nameOf);
      const reply =
        asString(message.thread_ts) !== undefined && message.thread_ts !== ts ? ' (in thread)' : '';
      result.items.push({
        at: parseEpoch(ts) ?? null,
        approximate: false,
        severity: 'info',
        message: `#${channel} ${author}${reply}: ${text}`,
        source: 'slack',
        line: index + 1,
        kind: 'chat',
        file: file.path,
      });
    });
  }
  return result;
}
