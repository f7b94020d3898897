import {
  type Digest,
  type Incident,
  type ReminderAction,
  type RemindersConfig,
  reminderDigests,
} from '../domain/index.js';
import { type ReminderMessage, reminderMessage } from '../report/index.js';
import type { PlannedSend, Store } from '../store/index.js';

/** A digest with the words that go out. */
export interface PlannedDigest extends Digest {
  message: ReminderMessage;
}

/** The digests due on `today` (YYYY-MM-DD, UTC) for the open actions in the store, each with its message. */
export async function reminderPlan(
  store: Store,
  config: RemindersConfig,
  today: string,
  baseUrl: string | undefined,
): Promise<PlannedDigest[]> {
  const actions = await store.actions.search({ status: ['open', 'in-progress'] });
  const incidents = new Map<string, Incident | undefined>();
  const reminded: ReminderAction[] = [];
  for (const action of actions) {
    if (action.dueDate === undefined) continue;
    if (!incidents.has(action.incidentId))
      incidents.set(action.incidentId, await store.incidents.find(action.incidentId));
    const incident = incidents.get(action.incidentId);
    if (incident) reminded.push({ ...action, incident });
  }
  return reminderDigests(reminded, today, config).map((digest) => ({
    ...digest,
    message: reminderMessage(digest, today, config.url ?? baseUrl),
  }));
}

/** A digest as the reminder log keeps it until it is sent: no webhook URL, which is a secret (see `reminderAddress`). */
export function plannedSend(digest: PlannedDigest): PlannedSend {
  const { recipient, channel, address, audience, items, message } = digest;
  const kept = channel === 'email' ? address : '';
  return {
    recipient,
    channel,
    address: kept,
    audience,
    items: items.length,
    message: JSON.stringify(message),
  };
}
