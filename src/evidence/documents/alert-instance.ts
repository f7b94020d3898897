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
  const byName = new Map<string, Record<string, unknown>[]>();
  for (const labels of alerts) {
    const name = String(labels.alertname ?? '');
    byName.set(name, [...(byName.get(name) ?? []), labels]);
  }
  return alerts.map((labels) => {
    const siblings = byName.get(String(labels.alertname ?? '')) ?? [];
    const differing = Object.keys(labels)
      .sort()
      .filter((name) => !shared.has(name) && siblings.some((other) => other[name] !== labels[name]));
    const names = differing.length > 0 ? differing : usual.filter((name) => labels[name] !== undefined);
    return names.slice(0, 3).map((name) => `${name}=${String(labels[name]).slice(0, 60)}`);
  });
}
