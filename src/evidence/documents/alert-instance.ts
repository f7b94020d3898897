import { signatureId } from '../signatures/signature-id.js';

/**
 * One alert among those sharing a name: Alertmanager identifies an alert by its whole label set (its `fingerprint`
 * is a hash of it), so two pods firing `HighErrorRate` are two alerts. Derived from the labels themselves, so a
 * payload with or without `fingerprint` names the same alert the same way.
 */
export function alertInstance(labels: Record<string, unknown>): string {
  const pairs = Object.keys(labels)
    .sort()
    .map((name) => `${name}=${String(labels[name])}`);
  return signatureId(pairs.join('\u0000'));
}

/** Labels that never tell two alerts of one name apart, or that the summary already shows. */
const shared = new Set(['alertname', 'severity']);
/** Labels that usually name the one thing alerting, shown even when a payload holds a single alert. */
const usual = ['pod', 'instance'];

/**
 * The labels worth showing to tell each alert apart from the others with its name in one payload (those whose
 * values differ between them, or else its pod or instance), as `pod=api-7f9c`, at most three.
 */
export function instanceLabels(alerts: readonly Record<string, unknown>[]): string[][] {
  // Per alert name, how many alerts hold each label's each value: a label differs for an alert when fewer than
  // all alerts of its name hold its value (linear in the alerts, where comparing each with its siblings was not).
  const groups = new Map<string, { size: number; values: Map<string, Map<unknown, number>> }>();
  for (const labels of alerts) {
    const name = String(labels.alertname ?? '');
    const group = groups.get(name) ?? { size: 0, values: new Map() };
    groups.set(name, group);
    group.size++;
    for (const label of Object.keys(labels)) {
      const counts = group.values.get(label) ?? new Map<unknown, number>();
      group.values.set(label, counts);
      counts.set(labels[label], (counts.get(labels[label]) ?? 0) + 1);
    }
  }
  return alerts.map((labels) => {
    const group = groups.get(String(labels.alertname ?? ''));
    const differing = Object.keys(labels)
      .sort()
      .filter(
        (name) => !shared.has(name) && (group?.values.get(name)?.get(labels[name]) ?? 0) < (group?.size ?? 0),
      );
    const names = differing.length > 0 ? differing : usual.filter((name) => labels[name] !== undefined);
    return names.slice(0, 3).map((name) => `${name}=${String(labels[name]).slice(0, 60)}`);
  });
}
