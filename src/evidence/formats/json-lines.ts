import type { EvidenceItem } from '../evidence-item.js';
import type { LineFormat, LineResult, ParseOptions } from '../line-format.js';
import { journaldInnerRecord } from '../read/journald-message.js';
import { FieldProbe } from '../read/json-fields.js';
import { severityOf } from '../read/levels.js';
import {
  allNames,
  type FieldNames,
  hasMessage,
  itemFromRecord,
  knownFieldNames,
  learnFieldNames,
} from '../read/record-fields.js';

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
    // A file is written by one logger; its flavour is read from the first record.
    let flavour: string | undefined;
    let probe: FieldProbe | undefined;
    let names: FieldNames | undefined;
    return {
      parse(line: string, lineNumber: number): LineResult {
        const text = line.trim();
        if (text === '') return null;
        // The fast path reads only the mapped top-level fields; nested messages (tracing) need the full parse.
        let record: unknown = probe?.read(text);
        let probed = true;
        if (record === undefined || !hasMessage(record as Record<string, unknown>)) {
          probed = false;
          try {
            record = JSON.parse(text);
          } catch {
            return { unparsed: 'invalid JSON' };
          }
          // The first record says which of the usual field names this logger writes.
          if (!probe && record !== null && typeof record === 'object' && !Array.isArray(record)) {
            const first = record as Record<string, unknown>;
            names = learnFieldNames(first);
            const level = names.level.find((key) => key in first);
            const required = [names.time, names.level, names.message, names.service]
              .map((keys) => keys.find((key) => key in first))
              .filter((key): key is string => key !== undefined);
            // Error details matter on warning and error lines; on the others the walk stops early.
            const readOn = (fields: Record<string, unknown>) => {
              const severity = level === undefined ? undefined : severityOf(fields[level]);
              return (
                severity === undefined ||
                severity === 'warning' ||
                severity === 'error' ||
                severity === 'critical'
              );
            };
            probe = new FieldProbe(allNames(names), required, readOn);
          }
        }
        if (record === null || typeof record !== 'object' || Array.isArray(record)) {
          return { unparsed: 'a JSON value that is not an object' };
        }
        const fields = record as Record<string, unknown>;
        flavour ??= jsonFlavour(fields);
        // An empty line a service wrote to stdout or stderr: journald keeps it as an entry with an empty MESSAGE.
        if (fields.MESSAGE === '') return null;
        const item = itemFromRecord(
          fields,
          flavour,
          lineNumber,
          options.time,
          probed && names ? names : knownFieldNames,
        ) as EvidenceItem | { unparsed: string };
        if (flavour !== 'journald-json' || 'unparsed' in item) return item;
        return journaldInnerRecord(item, options.time) ?? item;
      },
    };
  },
};
