import { type ActionFields, isOpenAction } from './action.js';
import type { RemindersConfig, Weekday } from './reminders-config.js';
import { weekdays } from './reminders-config.js';

/** What a reminder needs of an action and its incident. */
export interface ReminderAction extends Pick<ActionFields, 'title' | 'owner' | 'status' | 'dueDate'> {
  id: string;
  incident: { id: string; title: string; restricted: boolean };
}

/** One action in a digest. Restricted incidents' titles are left out of digests that others read. */
export interface ReminderItem {
  incidentId: string;
  incidentTitle: string | undefined;
  actionId: string;
  actionTitle: string | undefined;
  owner: string;
  dueDate: string;
  /** Overdue: past its due day; due soon: due today or within the configured days. */
  state: 'overdue' | 'due-soon';
  /** Days past the due day (overdue) or left until it (due soon; 0 is today). */
  days: number;
}

export type ReminderChannel = 'email' | 'slack';

/** The reminders one recipient gets on one day. */
export interface Digest {
  /** Who gets it, stable from day to day (`email:priya@example.com`, `slack:team:payments`). */
  recipient: string;
  channel: ReminderChannel;
  /** The e-mail address or webhook URL. */
  address: string;
  /** Who it is for, in words: an owner's name, "team payments", or "the shared channel" for the catch-all. */
  audience: string;
  /** Set on the catch-all digest: the actions whose owner and team no reminder reaches. */
  unreached?: true;
  items: ReminderItem[];
}

const dayMs = 86_400_000;

/** Whole days from `from` to `to` (YYYY-MM-DD). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** The weekday of a day (YYYY-MM-DD, UTC). */
export function weekdayOf(day: string): Weekday {
  // getUTCDay counts from Sunday.
  return weekdays[(new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7] as Weekday;
}

/** Whether digests go out at `now` (ISO instant): on a configured day, at or after the configured time (UTC). */
export function reminderDue(config: Pick<RemindersConfig, 'days' | 'sendAt'>, now: string): boolean {
  const day = now.slice(0, 10);
  return config.days.includes(weekdayOf(day)) && now.slice(11, 16) >= config.sendAt;
}

/** How owners are matched: any case, spaces folded, a leading @ ignored. */
export function ownerKey(owner: string): string {
  return owner.trim().replace(/^@/, '').replace(/\s+/g, ' ').toLocaleLowerCase('und');
}

function itemOf(
  action: ReminderAction,
  today: string,
  dueSoonDays: number,
  open: boolean,
): ReminderItem | undefined {
  if (!isOpenAction(action) || action.dueDate === undefined) return undefined;
  const left = daysBetween(today, action.dueDate);
  if (left > dueSoonDays) return undefined;
  const hidden = action.incident.restricted && !open;
  return {
    incidentId: action.incident.id,
    incidentTitle: hidden ? undefined : action.incident.title,
    actionId: action.id,
    actionTitle: hidden ? undefined : action.title,
    owner: action.owner,
    dueDate: action.dueDate,
    state: left < 0 ? 'overdue' : 'due-soon',
    days: Math.abs(left),
  };
}

/**
 * Where a digest goes now: an e-mail recipient's address, or the webhook the current configuration gives its team
 * (or the catch-all). Webhook URLs are secrets, so they are looked up when sending, never kept with the digest; a
 * URL rotated or mended in the configuration is the one a retry uses. Undefined when the route is gone.
 */
export function reminderAddress(
  recipient: string,
  config: Pick<RemindersConfig, 'teams' | 'slack'>,
): string | undefined {
  if (recipient.startsWith('email:')) return recipient.slice('email:'.length);
  if (recipient === 'slack:catch-all') return config.slack;
  if (recipient.startsWith('slack:team:')) return config.teams[recipient.slice('slack:team:'.length)]?.slack;
  return undefined;
}

/** Overdue first (most late first), then due soon (soonest first). */
function byUrgency(a: ReminderItem, b: ReminderItem): number {
  return (
    a.dueDate.localeCompare(b.dueDate) ||
    a.incidentId.localeCompare(b.incidentId) ||
    a.actionId.localeCompare(b.actionId)
  );
}

/**
 * The day's digests. An owner listed with an e-mail address gets their own actions by e-mail; an owner's team gets
 * all its members' actions on its webhook and at its address, and so does a team that owns an action by name; actions no route reaches (no owner, or an owner nobody
 * listed, or listed with no address and no team) go to the catch-all webhook and address. A digest someone other
 * than the owner reads leaves out the titles of restricted incidents and their actions: it says one is due, and the
 * link opens it for whoever may see it.
 */
export function reminderDigests(
  actions: ReadonlyArray<ReminderAction>,
  today: string,
  config: Pick<RemindersConfig, 'dueSoonDays' | 'people' | 'teams' | 'slack' | 'email'>,
): Digest[] {
  const people = new Map(
    Object.entries(config.people).map(([name, route]) => [ownerKey(name), { name, ...route }]),
  );
  // A team may own an action itself (an owner is free text): it reaches that team's routes.
  const teams = new Map(Object.keys(config.teams).map((name) => [ownerKey(name), name]));
  const digests = new Map<string, Digest>();
  const add = (recipient: Omit<Digest, 'items'>, item: ReminderItem) => {
    const digest = digests.get(recipient.recipient) ?? { ...recipient, items: [] };
    // A person's address may also be their team's: each action once per digest.
    if (digest.items.some((seen) => seen.incidentId === item.incidentId && seen.actionId === item.actionId))
      return;
    digest.items.push(item);
    digests.set(recipient.recipient, digest);
  };
  for (const action of actions) {
    const shared = itemOf(action, today, config.dueSoonDays, false);
    if (!shared) continue;
    const person = action.owner.trim() === '' ? undefined : people.get(ownerKey(action.owner));
    const teamName = person?.team ?? (person ? undefined : teams.get(ownerKey(action.owner)));
    const team = teamName === undefined ? undefined : { name: teamName, ...config.teams[teamName] };
    let reached = false;
    if (person?.email) {
      const own = itemOf(action, today, config.dueSoonDays, true) as ReminderItem;
      add(
        {
          recipient: `email:${person.email.toLowerCase()}`,
          channel: 'email',
          address: person.email,
          audience: person.name,
        },
        own,
      );
      reached = true;
    }
    if (team?.slack) {
      add(
        {
          recipient: `slack:team:${team.name}`,
          channel: 'slack',
          address: team.slack,
          audience: `team ${team.name}`,
        },
        shared,
      );
      reached = true;
    }
    if (team?.email) {
      add(
        {
          recipient: `email:${team.email.toLowerCase()}`,
          channel: 'email',
          address: team.email,
          audience: `team ${team.name}`,
        },
        shared,
      );
      reached = true;
    }
    if (reached) continue;
    const audience = 'the shared channel';
    if (config.slack)
      add(
        { recipient: 'slack:catch-all', channel: 'slack', address: config.slack, audience, unreached: true },
        shared,
      );
    if (config.email) {
      add(
        {
          recipient: `email:${config.email.toLowerCase()}`,
          channel: 'email',
          address: config.email,
          audience,
          unreached: true,
        },
        shared,
      );
    }
  }
  const result = [...digests.values()];
  for (const digest of result) digest.items.sort(byUrgency);
  return result.sort((a, b) => a.recipient.localeCompare(b.recipient));
}
