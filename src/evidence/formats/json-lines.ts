import type { EvidenceItem } from '../evidence-item.js';
import type { LineFormat, LineResult, ParseOptions } from '../line-format.js';
import { itemFromRecord } from '../record-fields.js';

/** Names the logger that wrote a JSON record from its field names, for the item's `source`. */
export function jsonFlavour(record: Record<string, unknown>): string {
  if ('__REALTIME_TIMESTAMP' in record || 'MESSAGE' in record) return 'journald-json';
  if ('target' in record && 'fields' in record) return 'rust-tracing-json';
  if (typeof record.ts === 'number' && ('caller' in record || 'msg' in record)) return 'go-zap-json';
  if ('time' in record && 'level' in record && 'msg' in record) {
    return typeof record.level === 'string' && record.level === record.level.toUpperCase()
      ? 'go-slog-json'
      : 'go-logrus-json';
  }
  if ('level' in record && 'message' in record && ('time' in record || 'caller' in record))
    return 'go-zerolog-json';
  return 'json';
}

/**
 * JSON lines from any logger: Go's slog, zap, zerolog and logrus, Rust's tracing-subscriber JSON, journalctl
 * `-o json`, and others, mapped by their field names.
 */
export const jsonLines: LineFormat = {
  name: 'json',
  description:
    'JSON lines: Go slog/zap/zerolog/logrus, Rust tracing JSON, journalctl -o json, any JSON logger',
  example:
    '{"time":"2026-03-04T14:02:11.123Z","level":"ERROR","msg":"request failed","err":"context deadline exceeded"}',
  detect: (line) => line.startsWith('{') && line.endsWith('}'),
  start(options: ParseOptions) {
    return {
      parse(line: string, lineNumber: number): LineResult {
        const text = line.trim();
        if (text === '') return null;
        let record: unknown;
        try {
          record = JSON.parse(text);
        } catch {
          return { unparsed: 'invalid JSON' };
        }
        if (record === null || typeof record !== 'object' || Array.isArray(record)) {
          return { unparsed: 'a JSON value that is not an object' };
        }
        const fields = record as Record<string, unknown>;
        return itemFromRecord(fields, jsonFlavour(fields), lineNumber, options.time) as
          | EvidenceItem
          | { unparsed: string };
      },
    };
  },
};
