import type { EventSeverity } from '../../domain/index.js';
import type { LineFormat, LineResult } from '../line-format.js';
import { parseTimestamp } from '../read/timestamps.js';

const combined =
  /^(\S+) \S+ (\S+) \[([^\]]+)\] "(\S+) (\S+)(?: [^"]*)?" (\d{3}) (\d+|-)(?: "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)")?/;

// Anything else a scanner sends as a method is one variable, so odd requests cannot make templates without end.
const methods = new Set([
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
  'OPTIONS',
  'CONNECT',
  'TRACE',
  'PROPFIND',
]);

/** The severity of an HTTP status: server errors (5xx) are errors, client errors (4xx) warnings, the rest information. */
export function statusSeverity(status: number): EventSeverity {
  if (status >= 500) return 'error';
  if (status >= 400) return 'warning';
  return 'info';
}

/**
 * nginx and Apache access logs (common and combined). Each request becomes `METHOD /path STATUS` under the
 * template `METHOD <*> STATUS`: the status stays in it (mining would mask it with the path), so 200s and 503s are
 * different signatures and a rise of 5xx answers is an error signature with a spike, the error-rate signal.
 */
export const accessLog: LineFormat = {
  name: 'access-log',
  description:
    'nginx/Apache access logs (common or combined); one signature per method and status, 5xx errors, 4xx warnings',
  example: '10.0.0.7 - - [04/Mar/2026:14:02:11 +0000] "GET /api/pay HTTP/1.1" 503 182 "-" "curl/8.5.0"',
  detect: (line) => combined.test(line),
  start() {
    return {
      parse(line: string, lineNumber: number): LineResult {
        if (line.trim() === '') return null;
        const m = combined.exec(line);
        if (!m) return { unparsed: 'not an access-log line' };
        const status = Number(m[6]);
        const path = (m[5] as string).split('?')[0] as string;
        return {
          at: parseTimestamp(m[3] as string) ?? null,
          approximate: false,
          severity: statusSeverity(status),
          message: `${m[4]} ${path} ${status}`,
          template: `${methods.has(m[4] as string) ? m[4] : '<*>'} <*> ${status}`,
          source: 'access-log',
          line: lineNumber,
        };
      },
    };
  },
};
