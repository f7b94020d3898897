import type { EventSeverity } from '../../domain/index.js';
import {
  arrayLength,
  asObject,
  asString,
  type DocumentFormat,
  type DocumentResult,
} from '../document-format.js';
import { parseTimestamp } from '../read/timestamps.js';

// Reasons that mean a workload is failing, even when Kubernetes files them as Normal (Killing).
const failing =
  /^(?:OOMKill(?:ing|ed)|BackOff|CrashLoopBackOff|Unhealthy|Failed\w*|Evicted|FailedScheduling)$/;

/** The severity of a Kubernetes event: failing reasons are errors even when filed as Normal, other Warnings warnings. */
export function kubernetesSeverity(type: string | undefined, reason: string): EventSeverity {
  if (failing.test(reason)) return 'error';
  if (type === 'Warning') return 'warning';
  return 'info';
}

/** Kubernetes events from `kubectl get events -o json` (OOMKilled, BackOff, Unhealthy, Killing…). */
export const kubernetesEvents: DocumentFormat = {
  name: 'kubernetes-events',
  description: 'Kubernetes events from `kubectl get events -o json`',
  example:
    '{"kind":"List","items":[{"type":"Warning","reason":"BackOff","message":"Back-off restarting failed container","involvedObject":{"kind":"Pod","name":"payments-7d9f"},"lastTimestamp":"2026-03-04T14:04:00Z","count":12}]}',
  detect(document) {
    const items = asObject(document)?.items;
    return (
      Array.isArray(items) &&
      items.length > 0 &&
      items.every((item) => 'involvedObject' in (asObject(item) ?? {}))
    );
  },
  records(document) {
    return arrayLength(asObject(document)?.items);
  },
  read(document) {
    const result: DocumentResult = { items: [], unparsed: [] };
    ((asObject(document)?.items as unknown[] | undefined) ?? []).forEach((raw, index) => {
      const event = asObject(raw) ?? {};
      const reason = asString(event.reason) ?? 'Event';
      const object = asObject(event.involvedObject) ?? {};
      const when =
        asString(event.firstTimestamp) ??
        asString(event.eventTime) ??
        asString(event.lastTimestamp) ??
        asString(asObject(event.metadata)?.creationTimestamp);
      if (!when) {
        result.unparsed.push({ line: index + 1, reason: `event ${index + 1} has no time` });
        return;
      }
      const name = `${asString(object.kind) ?? 'Object'}/${asString(object.name) ?? '?'}`;
      const count = typeof event.count === 'number' && event.count > 0 ? Math.floor(event.count) : 1;
      result.items.push({
        at: parseTimestamp(when) ?? null,
        approximate: false,
        severity: kubernetesSeverity(asString(event.type), reason),
        message: `${reason} ${name}: ${asString(event.message) ?? ''}`.trim(),
        source: 'kubernetes',
        line: index + 1,
        service: asString(object.namespace),
        kind: 'kubernetes',
        count,
      });
    });
    return result;
  },
};
