import type { EventSeverity } from '../../domain/index.js';
import {
  arrayLength,
  asObject,
  asString,
  type DocumentFormat,
  type DocumentResult,
} from '../document-format.js';
import type { EvidenceItem } from '../evidence-item.js';
import { parseTimestamp } from '../read/timestamps.js';
import { alertInstance, instanceLabels } from './alert-instance.js';

/** The key that makes the same alert from Alertmanager and from PagerDuty one event (its instance tells apart alerts of one name). */
export function alertKey(alertName: string): string {
  return `alert:${alertName.toLowerCase()}`;
}

function alertSeverity(labels: Record<string, unknown>): EventSeverity {
  const word = String(labels.severity ?? '').toLowerCase();
  if (/crit|page|p1|sev1|high/.test(word)) return 'critical';
  if (/warn|p3|low/.test(word)) return 'warning';
  if (/info/.test(word)) return 'info';
  return 'error';
}

// Alertmanager writes this for alerts that have not ended.
const zeroTime = '0001-01-01T00:00:00Z';

function alertItems(
  alert: Record<string, unknown>,
  index: number,
  resolvedWhenEnded: boolean,
  shown: readonly string[],
): EvidenceItem[] {
  const labels = asObject(alert.labels) ?? {};
  const annotations = asObject(alert.annotations) ?? {};
  const name = asString(labels.alertname) ?? 'unnamed alert';
  const which = shown.length > 0 ? ` (${shown.join(', ')})` : '';
  const summary = asString(annotations.summary) ?? asString(annotations.description) ?? '';
  const service =
    asString(labels.service) ?? asString(labels.job) ?? asString(labels.app) ?? asString(labels.namespace);
  const base = {
    approximate: false,
    severity: alertSeverity(labels),
    source: 'alertmanager',
    line: index + 1,
    service,
    key: alertKey(name),
    instance: alertInstance(labels),
  };
  const out: EvidenceItem[] = [];
  const starts = asString(alert.startsAt);
  out.push({
    ...base,
    at: starts ? (parseTimestamp(starts) ?? null) : null,
    kind: 'alert-fired',
    message: `Alert ${name}${which} firing${summary ? `: ${summary}` : ''}`,
  });
  const status = asString(alert.status) ?? asString(asObject(alert.status)?.state);
  const ends = asString(alert.endsAt);
  if (resolvedWhenEnded && status === 'resolved' && ends && ends !== zeroTime) {
    out.push({
      ...base,
      severity: 'info',
      at: parseTimestamp(ends) ?? null,
      kind: 'alert-resolved',
      message: `Alert ${name}${which} resolved`,
    });
  }
  return out;
}

function readAlerts(alerts: unknown[], resolvedWhenEnded: boolean): DocumentResult {
  const result: DocumentResult = { items: [], unparsed: [] };
  const shown = instanceLabels(alerts.map((raw) => asObject(asObject(raw)?.labels) ?? {}));
  alerts.forEach((raw, index) => {
    const alert = asObject(raw);
    if (!alert || !asObject(alert.labels)) {
      result.unparsed.push({ line: index + 1, reason: `alert ${index + 1} has no labels` });
      return;
    }
    result.items.push(...alertItems(alert, index, resolvedWhenEnded, shown[index] ?? []));
  });
  return result;
}

/** Prometheus Alertmanager webhook payloads (firing and resolved alerts). */
export const alertmanagerWebhook: DocumentFormat = {
  name: 'alertmanager',
  description: 'Prometheus Alertmanager webhook payload (firing and resolved)',
  example:
    '{"version":"4","status":"firing","alerts":[{"status":"firing","labels":{"alertname":"HighErrorRate"},"startsAt":"2026-03-04T14:03:00Z"}]}',
  detect(document) {
    const doc = asObject(document);
    return !!doc && Array.isArray(doc.alerts) && ('receiver' in doc || 'groupKey' in doc || 'version' in doc);
  },
  records(document) {
    return arrayLength(asObject(document)?.alerts);
  },
  read(document) {
    return readAlerts(asObject(document)?.alerts as unknown[], true);
  },
};

/** Alertmanager `/api/v2/alerts` dumps: the alerts active when the dump was taken. */
export const alertmanagerApi: DocumentFormat = {
  name: 'alertmanager-api',
  description: 'Alertmanager GET /api/v2/alerts dump',
  example:
    '[{"labels":{"alertname":"HighErrorRate"},"startsAt":"2026-03-04T14:03:00Z","status":{"state":"active"}}]',
  detect(document) {
    return (
      Array.isArray(document) &&
      document.length > 0 &&
      document.every((alert) => !!asObject(asObject(alert)?.labels) && 'startsAt' in (asObject(alert) ?? {}))
    );
  },
  records: arrayLength,
  read(document) {
    return readAlerts(document as unknown[], false);
  },
};
