import type { EvidenceItem } from '../evidence-item.js';
import { describeGo } from './crash-collector.js';

/**
 * A Go crash logged as one structured record (net/http's `http: panic serving …` through a slog ErrorLog, a
 * recovered `panic: …` with its stack in `msg`) as the crash event it is, at the record's own time; undefined
 * for any other log line. Only the first characters are looked at on ordinary lines.
 */
export function crashInMessage(item: EvidenceItem): EvidenceItem | undefined {
  const message = item.message;
  const first = message.charCodeAt(0);
  // `h` of `http: panic serving`, `p` of `panic:`.
  if (first !== 104 && first !== 112) return undefined;
  if (!message.startsWith('http: panic serving ') && !message.startsWith('panic: ')) return undefined;
  if (!message.includes('\ngoroutine ')) return undefined;
  const { summary, kind, severity } = describeGo(message.split('\n'));
  return { ...item, kind, severity, message: summary, source: 'go-crash' };
}
