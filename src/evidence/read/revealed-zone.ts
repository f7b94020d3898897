/** A zone a file reveals about itself, and where: for the times in it written without one. */
export interface RevealedZone {
  /** A fixed offset (`UTC+1`) or `UTC`. */
  zone: string;
  /** Where it was read, for the user (`the offset +01:00 on line 12`). */
  reason: string;
}

// A time with a numeric offset: what a logger writes when it formats local time (zap's console, logrus, zerolog,
// rsyslog). `Z` is left out: env_logger and tracing write UTC whatever the machine's zone, so it says nothing.
const offsetTime = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?([+-])(\d{2}):?(\d{2})\b/;
// journalctl's header on its plain outputs (`-o short`): `-- Logs begin at Wed 2026-12-02 09:00:01 CET, end at …`.
const journalHeader =
  /^-- (?:Logs begin|Journal begins) at \w+ \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} ([A-Z]{2,5}),/;

// Abbreviations journalctl prints for common zones, as offsets (only those that name one offset).
const abbreviations: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  WET: 0,
  WEST: 60,
  BST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
};

function fixedZone(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '-' : '+';
  const h = Math.floor(Math.abs(minutes) / 60);
  const m = Math.abs(minutes) % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/**
 * The zone a file's first lines reveal, for its times written without one: journalctl's header, or the first time
 * written with a numeric offset. Undefined when they reveal none.
 */
export function revealedZone(head: readonly string[]): RevealedZone | undefined {
  for (let i = 0; i < head.length; i++) {
    const line = head[i] as string;
    const header = journalHeader.exec(line);
    const minutes = header ? abbreviations[header[1] as string] : undefined;
    if (header && minutes !== undefined) {
      return { zone: fixedZone(minutes), reason: `the journal header's ${header[1]} on line ${i + 1}` };
    }
    const m = offsetTime.exec(line);
    if (m) {
      const offset = (Number(m[2]) * 60 + Number(m[3])) * (m[1] === '-' ? -1 : 1);
      return { zone: fixedZone(offset), reason: `the offset ${m[1]}${m[2]}:${m[3]} on line ${i + 1}` };
    }
  }
  return undefined;
}

// The common log format's time: `[02/Dec/2026:21:46:59 +0530]`.
const clfTime = /\[\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} ([+-])(\d{2})(\d{2})\]/;

/**
 * The zone an access log's first lines show (nginx and Apache write local time with its offset), for the
 * zone-less times of the error log beside it (nginx's error.log has none). Undefined when they show none.
 */
export function accessLogZone(head: readonly string[]): RevealedZone | undefined {
  for (let i = 0; i < head.length; i++) {
    const m = clfTime.exec(head[i] as string);
    if (!m) continue;
    const offset = (Number(m[2]) * 60 + Number(m[3])) * (m[1] === '-' ? -1 : 1);
    return { zone: fixedZone(offset), reason: `the offset ${m[1]}${m[2]}${m[3]} on line ${i + 1}` };
  }
  return undefined;
}
