import type { EventSeverity } from '../../domain/index.js';
import type { LineFormat, LineResult, ParseOptions } from '../line-format.js';
import { goLogMessage, innerGoLogTime } from '../read/go-log-line.js';
import { severityFromWords, severityOf } from '../read/levels.js';
import { parseSyslogTime, parseTimestamp } from '../read/timestamps.js';

const rfc5424 = /^<(\d{1,3})>1 (\S+) (\S+) (\S+) (\S+) (\S+) (-|(?:\[(?:[^\]\\]|\\.)*\])+)\s?(.*)$/;
// Traditional lines; some senders put no colon after a tag with its pid (`sshd[812] error: …`).
const rfc3164 =
  /^(?:<(\d{1,3})>)?([A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?) (\S+) ([^:[\s]+)(?:\[(\d+)\]:? ?|: ?)(.*)$/;
// rsyslog's RSYSLOG_FileFormat, Debian 12's default: `2026-12-02T09:21:20.538962+01:00 host prog[812]: …`, and
// `journalctl -o short-iso` (`2026-12-02T09:21:20+0100 host unit[812]: …`, systemd 252). The
// zone is required, the tag needs its colon or its pid, and a level word is no host, so
// `2026-03-04T14:02:11Z INFO request: done` stays plain text.
const rfc3339 =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})) ([\w.-]+) ([^:[\s]+)(?:\[(\d+)\]:? ?|: ?)(.*)$/;
// A level word where the host would stand is an application's plain-text log, not syslog.
const levelWord = /^(?:trace|debug|info|notice|warn|warning|error|err|fatal|crit|critical|panic|dpanic)$/i;

// rsyslog escapes control characters as `#` and three octal digits; a Go stack's frames start with a tab (`#011`).
const escapedTab = /#011/g;

/** A message as the program wrote it: rsyslog's escaped tabs made tabs again. */
function unescaped(message: string): string {
  return message.includes('#011') ? message.replace(escapedTab, '\t') : message;
}

function isRsyslog(m: RegExpExecArray | null): m is RegExpExecArray {
  return m !== null && !levelWord.test(m[2] as string) && !levelWord.test(m[3] as string);
}

function severityFromPriority(priority: string | undefined, message: string) {
  if (priority === undefined) return severityFromWords(message);
  return severityOf(Number(priority) % 8) ?? 'info';
}

/**
 * A message that Go's standard `log` wrote before syslog stamped it (`2026/12/02 09:21:20 main.go:42: ERROR …`):
 * its own time, file:line and level word are taken off, so they stay out of the template; its level word is the
 * severity, and its time is the record's when syslog's is missing (RFC 5424's `-`).
 */
function innerGoLog(message: string): {
  message: string;
  severity?: EventSeverity | undefined;
  /** Parsed only when needed: a zone-less time is counted as one when it is read. */
  time?: string | undefined;
} {
  const inner = innerGoLogTime(message);
  if (!inner) return { message };
  const { message: rest, severity } = goLogMessage(inner.rest);
  return { message: rest, severity, time: inner.time };
}

/** Syslog lines: RFC 5424, RFC 3164 (BSD, no year: inferred from the reference time) and rsyslog's RFC 3339 file format. */
export const syslog: LineFormat = {
  name: 'syslog',
  description:
    "syslog RFC 5424, RFC 3164 (the missing year is inferred), rsyslog's RFC 3339 file format (Debian 12)",
  example: 'Mar  4 14:02:11 web-1 payments[2113]: upstream timed out while reading response header',
  detect: (line) => rfc5424.test(line) || rfc3164.test(line) || isRsyslog(rfc3339.exec(line)),
  start(options: ParseOptions) {
    return {
      parse(line: string, lineNumber: number): LineResult {
        if (line.trim() === '') return null;
        // journalctl's own markers (`-- Logs begin at …`, `-- Boot 3f2a… --`, `-- No entries --`) are not records.
        if (/^-- .* --$/.test(line.trimEnd())) return null;
        let m = rfc5424.exec(line);
        if (m) {
          const inner = innerGoLog((m[8] as string).replace(/^\uFEFF/, ''));
          const message = inner.message;
          const written = m[2] === '-' ? inner.time : (m[2] as string);
          const at = written === undefined ? null : (parseTimestamp(written, options.time) ?? null);
          return {
            at,
            approximate: false,
            severity: inner.severity ?? severityFromPriority(m[1], message),
            message,
            source: 'syslog',
            line: lineNumber,
            service: m[4] === '-' ? undefined : m[4],
          };
        }
        const rs = rfc3339.exec(line);
        if (isRsyslog(rs)) {
          const { message, severity } = innerGoLog(unescaped(rs[5] as string));
          return {
            at: parseTimestamp(rs[1] as string, options.time) ?? null,
            approximate: false,
            severity: severity ?? severityFromWords(message),
            message,
            source: 'syslog',
            line: lineNumber,
            service: rs[3],
          };
        }
        m = rfc3164.exec(line);
        if (m) {
          const { message, severity } = innerGoLog(unescaped(m[6] as string));
          return {
            at: parseSyslogTime(m[2] as string, options.reference, options.time) ?? null,
            approximate: false,
            severity: severity ?? severityFromPriority(m[1], message),
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
