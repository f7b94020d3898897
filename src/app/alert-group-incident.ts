import { randomUUID } from 'node:crypto';
import {
  DebriefError,
  type Incident,
  invalidInput,
  limits,
  type Severity,
  storableText,
} from '../domain/index.js';
import type { IntakeGroups, Store } from '../store/index.js';
import type { AlertmanagerPayload } from './alertmanager-intake.js';

const source = 'alertmanager';
/** A claim this old whose incident never appeared was left by a server that stopped; another may take it. */
const staleClaimMs = 30_000;
const waitStepMs = 100;
const waitForMs = 10_000;

/** A draft's title from the group: "HighErrorRate: 5xx above 5% for 5 minutes" (Alertmanager's common fields). */
export function alertGroupTitle(payload: AlertmanagerPayload): string {
  const first = payload.alerts[0];
  const name = payload.commonLabels.alertname ?? first?.labels.alertname ?? 'Alert';
  const about =
    payload.commonAnnotations.summary ?? payload.commonAnnotations.description ?? first?.annotations.summary;
  const title = about ? `${name}: ${about}` : `${name} firing`;
  return storableText(title.replace(/\s+/g, ' ').trim().slice(0, limits.title));
}

/** The services a group names: its common `service` label, else `job` or `app`. */
function servicesOf(payload: AlertmanagerPayload): string[] {
  const labels = payload.commonLabels;
  const service = labels.service ?? labels.job ?? labels.app ?? labels['app.kubernetes.io/name'];
  return service ? [storableText(service.slice(0, 100)).trim()].filter(Boolean) : [];
}

export interface GroupIncidentOptions {
  severity: Severity;
  actor: string;
  now?: (() => Date) | undefined;
}

/**
 * The incident an alert group's deliveries land on, opening a draft for the group's first delivery (`opened`). A
 * group is Alertmanager's `groupKey`, so a repeat, the resolved notification and new alerts joining the group all
 * go to the same incident; racing deliveries wait for the first to open it; an incident deleted since is opened
 * afresh.
 */
export async function alertGroupIncident(
  store: Store,
  groups: IntakeGroups,
  payload: AlertmanagerPayload,
  options: GroupIncidentOptions,
): Promise<{ incident: Incident; opened: boolean }> {
  const key = payload.groupKey;
  if (key === undefined || key.trim() === '') {
    throw invalidInput("groupKey: expected Alertmanager's group key to open one incident per alert group");
  }
  const clock = options.now ?? (() => new Date());
  const holder = randomUUID();
  const open = async () => {
    const incident = await store.incidents.create(
      { title: alertGroupTitle(payload), severity: options.severity, services: servicesOf(payload) },
      { actor: options.actor },
    );
    await groups.bind(source, key, holder, incident.id);
    return { incident, opened: true };
  };
  const deadline = clock().getTime() + waitForMs;
  for (;;) {
    const group = await groups.take(source, key, holder, clock().toISOString());
    if (group.incidentId !== undefined) {
      const incident = await store.incidents.find(group.incidentId);
      if (incident) return { incident, opened: false };
      // Deleted since: the group opens a new one.
      return open();
    }
    if (group.claimedBy === holder) return open();
    const claimedFor = clock().getTime() - Date.parse(group.claimedAt);
    if (
      claimedFor > staleClaimMs &&
      (await groups.steal(source, key, group.claimedBy, holder, clock().toISOString()))
    ) {
      return open();
    }
    if (clock().getTime() > deadline)
      throw new DebriefError(
        'unavailable',
        'the incident for this alert group is still being opened; deliver again',
      );
    await new Promise((resolve) => setTimeout(resolve, waitStepMs));
  }
}
