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

/** How one Slack user is spelled: the handle (`name`), the display name, the real name and the user id. */
export interface SlackUser {
  id: string;
  handle?: string | undefined;
  display?: string | undefined;
  real?: string | undefined;
  /** The profile's real name where it differs from the account's (a name in its own script: "अनन्या अय्यर"). */
  profileReal?: string | undefined;
  bot: boolean;
}

const present = (value: unknown) => {
  const text = asString(value)?.trim();
  return text ? text : undefined;
};

/** A users.json entry or a message's `user_profile` as a SlackUser (fields as Slack's export writes them). */
function slackUser(id: string, user: Record<string, unknown> | undefined): SlackUser {
  const profile = asObject(user?.profile) ?? user;
  return {
    id,
    handle: present(user?.name),
    display: present(profile?.display_name),
    real: present(user?.real_name) ?? present(profile?.real_name),
    profileReal: present(user?.real_name) ? present(profile?.real_name) : undefined,
    bot: user?.is_bot === true || user?.is_app_user === true,
  };
}

/** The roster of users.json, by user id; messages' `user_profile` fill in users the file lacks. */
function userRoster(files: readonly ExportFile[], unparsed: SlackResult['unparsed']): Map<string, SlackUser> {
  const roster = new Map<string, SlackUser>();
  const users = files.find((file) => file.path === 'users.json');
  if (!users) {
    unparsed.push({
      file: 'users.json',
      line: 1,
      reason: 'users.json is missing; user ids are shown instead of names',
    });
    return roster;
  }
  const list = parseJson(users, unparsed);
  if (!Array.isArray(list)) return roster;
  for (const raw of list) {
    const user = asObject(raw);
    const id = present(user?.id);
    if (id) roster.set(id, slackUser(id, user));
  }
  return roster;
}

/** The name a chat line shows for a user: display name, else real name, else handle. */
const shownName = (user: SlackUser) => user.display ?? user.real ?? user.handle ?? user.id;

/**
 * The other spellings of a user, after the shown name: `@handle`, the real name, the user id. They keep every way
 * a person is written together on the chat line, so a report that removes or replaces the person finds each one.
 */
export function otherSpellings(user: SlackUser): string[] {
  const shown = shownName(user).toLowerCase();
  const all = [
    user.handle ? `@${user.handle}` : undefined,
    user.display,
    user.real,
    user.profileReal,
    user.id,
  ];
  const out: string[] = [];
  for (const spelling of all) {
    if (!spelling) continue;
    const key = spelling.replace(/^@/, '').toLowerCase();
    if (key === shown || out.some((s) => s.replace(/^@/, '').toLowerCase() === key)) continue;
    out.push(spelling);
  }
  return out;
}

/**
 * Reads a Slack export folder: every channel's day files become chat events, user ids and mentions resolved to
 * names. A person's line carries every spelling Slack has for them, the shown name first: `#inc-42 Priya R
 * (@priya, Priya Raghunathan, U024BE7LH): text` (the people registry of a report reads them as one person); Slack's markup as plain text, bots' attachments as their words, thread replies
 * marked, joins and topic changes left out. A missing users.json or a bad day file is reported and
 * the rest still read.
 */
export function readSlackExport(files: readonly ExportFile[]): SlackResult {
  const result: SlackResult = { items: [], unparsed: [] };
  const roster = userRoster(files, result.unparsed);
  // Each day file read once: its channel and its messages (a bad file is reported and skipped).
  const days: Array<{ file: ExportFile; channel: string; messages: unknown[] }> = [];
  for (const file of files) {
    const m = /^([^/]+)\/(\d{4}-\d{2}-\d{2})\.json$/.exec(file.path);
    if (!m) continue;
    const messages = parseJson(file, result.unparsed);
    if (messages === undefined) continue;
    if (!Array.isArray(messages)) {
      result.unparsed.push({ file: file.path, line: 1, reason: 'a day file that is not a list of messages' });
      continue;
    }
    days.push({ file, channel: m[1] as string, messages });
  }
  // Messages carry their author's profile too: users the roster lacks (left the workspace, guests) get a name.
  for (const { messages } of days) {
    for (const raw of messages) {
      const message = asObject(raw);
      const id = present(message?.user);
      const profile = asObject(message?.user_profile);
      if (id && profile && !roster.has(id)) roster.set(id, slackUser(id, { ...profile, profile }));
    }
  }
  const nameOf = (id: string) => {
    const user = roster.get(id);
    return user ? shownName(user) : id;
  };
  for (const { file, channel, messages } of days) {
    messages.forEach((raw, index) => {
      const message = asObject(raw);
      const ts = asString(message?.ts);
      if (!message || !ts) {
        result.unparsed.push({ file: file.path, line: index + 1, reason: `message ${index + 1} has no ts` });
        return;
      }
      if (isChannelHousekeeping(message)) return;
      const user = asString(message.user);
      const known = user ? roster.get(user) : undefined;
      const spellings = known && !known.bot ? otherSpellings(known) : [];
      const author =
        (known ? shownName(known) : undefined) ??
        asString(message.username) ??
        asString(asObject(message.bot_profile)?.name) ??
        user ??
        'someone';
      const also = spellings.length > 0 ? ` (${spellings.join(', ')})` : '';
      const text = slackPlainText(slackMessageText(message), nameOf);
      const reply =
        asString(message.thread_ts) !== undefined && message.thread_ts !== ts ? ' (in thread)' : '';
      result.items.push({
        at: parseEpoch(ts) ?? null,
        approximate: false,
        severity: 'info',
        message: `#${channel} ${author}${also}${reply}: ${text}`,
        source: 'slack',
        line: index + 1,
        kind: 'chat',
        file: file.path,
      });
    });
  }
  return result;
}
