import type { LineFormat, LineResult, ParseOptions } from '../line-format.js';
import { severityFromWords, severityOf } from '../read/levels.js';
import { parseSyslogTime, parseTimestamp } from '../read/timestamps.js';

const rfc5424 = /^<(\d{1,3})>1 (\S+) (\S+) (\S+) (\S+) (\S+) (-|(?:\[(?:[^\]\\]|\\.)*\])+)\s?(.*)$/;
const rfc3164 =
  /^(?:<(\d{1,3})>)?([A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?) (\S+) ([^:[\s]+)(?:\[(\d+)\])?: ?(.*)$/;

function severityFromPriority(priority: string | undefined, message: string) {
  if (priority === undefined) return severityFromWords(message);
  return severityOf(Number(priority) % 8) ?? 'info';
}

/** Syslog lines, RFC 5424 and RFC 3164 (BSD, no year: inferred from the reference time). */
export const syslog: LineFormat = {
  name: 'syslog',
  description: 'syslog RFC 5424 and RFC 3164 (the missing year is inferred)',
  example: 'Mar  4 14:02:11 web-1 payments[2113]: upstream timed out while reading response header',
  detect: (line) => rfc5424.test(line) || rfc3164.test(line),
  start(options: ParseOptions) {
    return {
      parse(line: string, lineNumber: number): LineResult {
        if (line.trim() === '') return null;
        let m = rfc5424.exec(line);
        if (m) {
          const message = (m[8] as string).replace(/^\uFEFF/, '');
          const at = m[2] === '-' ? null : (parseTimestamp(m[2] as string, options.time) ?? null);
          return {
            at,
            approximate: false,
            severity: severityFromPriority(m[1], message),
            message,
            source: 'syslog',
            line: lineNumber,
            service: m[4] === '-' ? undefined : m[4],
          };
        }
        m = rfc3164.exec(line);
        if (m) {
          const message = m[6] as string;
          return {
            at: parseSyslogTime(m[2] as string, options.reference, options.time) ?? null,
            approximate: false,
            severity: severityFromPriority(m[1], message),
            message,
            source: 'syslog',
            line: lineNumber,
            service: m[4],
          };
        }
        return { unparsed: 'not a syslog line' };
      },
    };
  },
};
