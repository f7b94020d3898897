import type { EvidenceItem } from '../evidence-item.js';
import { itemFromRecord, knownFieldNames } from './record-fields.js';
import type { TimeOptions } from './timestamps.js';

/**
 * A journald record whose MESSAGE is a JSON log line (a service logging slog or zap JSON to stdout) as that line:
 * its message, level, time and service, falling back to the record's PRIORITY, time and unit for what it lacks.
 * Undefined when the MESSAGE is not a JSON object.
 */
export function journaldInnerRecord(item: EvidenceItem, time: TimeOptions): EvidenceItem | undefined {
  if (item.message.charCodeAt(0) !== 123 || item.message.charCodeAt(item.message.length - 1) !== 125)
    return undefined;
  let inner: unknown;
  try {
    inner = JSON.parse(item.message);
  } catch {
    return undefined;
  }
  if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return undefined;
  const record = inner as Record<string, unknown>;
  const read = itemFromRecord(record, item.source, item.line, time);
  if ('unparsed' in read) return undefined;
  const leveled = knownFieldNames.level.some((key) => key in record);
  return {
    ...read,
    at: read.at ?? item.at,
    severity: leveled ? read.severity : item.severity,
    service: read.service ?? item.service,
  };
}
