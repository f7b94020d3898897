import type { EvidenceItem } from '../evidence-item.js';
import { parseTimestamp, type TimeOptions } from '../read/timestamps.js';

/** The last timestamped line seen in a file: the best time a crash without its own timestamp can take. */
export interface LastSeen {
  at: string | null;
  service?: string | undefined;
  /** The message of the last record logged at panic or fatal level (logrus panics with the entry, not its text). */
  panicked?: string | undefined;
}

// Go 1.21+ may put `gp=… m=… mp=…` between a goroutine's number and its state (runtime/traceback.go). The `log`
// package's prefix (group 1) is its date and time (group 2) and, with Lshortfile or Llongfile, the file and line
// that logged (`server.go:3230: http: panic serving …`, trial 11z D1).
const goStart =
  /^((?:(\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?) )?(?:\S+\.go:\d+: )?)(?:panic: |fatal error: |http: panic serving |runtime: (?:out of memory|goroutine stack exceeds)|goroutine \d+ (?:[a-z]+=\S+ )*\[running\]:|SIG[A-Z]+: )/;
const goContinuation =
  /^(?:$|\t|goroutine \d+ (?:[a-z]+=\S+ )*\[|created by |panic: |\[signal |exit status \d+|fatal error: |runtime: |runtime stack:|\.\.\.|\s+panic\(|[\w./*()~-]+\(.*\)$|\s*\[recovered|\[(?:\d+ )?goroutines? |PC=0x|[a-z0-9]{2,6} +0x[0-9a-f]+$)/;
// Rust 1.80 and later print the thread's id after its name: `thread 'main' (13961) panicked at …`.
const rustStart =
  /^(?:thread '([^']*)'(?: \(\d+\))? (?:panicked at|has overflowed its stack)|fatal runtime error: )/;
// What follows a Rust panic's message: the backtrace hint, the backtrace, the abort.
const rustTrailer = /^(?:stack backtrace:|\s+\d+: |\s+at |note: |fatal runtime error: |Aborted)/;
// A line that starts a new log record (or a program's `[worker-2] …` output) ends a Rust panic's message.
const newRecord =
  /^(?:\{|\[?\d{4}[-/]\d{2}[-/]\d{2}|<\d+>|[A-Z][a-z]{2} [ \d]\d \d{2}:|\w+=|\[[^\]\s]{1,60}\] |thread '|(?:TRACE|DEBUG|INFO|WARN|ERROR) )/;
// The time `kubectl logs --timestamps`, `docker logs -t` or a shell loop puts before every line a program wrote:
// the crash is read from the rest, and the prefix is its time.
const stampPrefix = /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?)(?: |$)/;

// The first characters of every crash start line: a digit (Go's log prefix), `panic:`, `fatal error:`,
// `http: panic`, `runtime:`, `goroutine`, `thread '…'`, a signal dump (`SIGQUIT: quit`).
const startChars = new Set([...'0123456789pfhrgtS'].map((c) => c.charCodeAt(0)));

interface Block {
  language: 'go' | 'rust';
  line: number;
  at: string | null;
  approximate: boolean;
  service?: string | undefined;
  lines: string[];
  /** Rust's current form puts the message on the lines after `panicked at file:line:col:`. */
  messageLines: number;
  /** A Rust panic's message is over once its backtrace or `note:` hint started. */
  pastMessage: boolean;
  /** What the record before the crash logged at panic level, if any. */
  logged?: string | undefined;
}

/**
 * Recognises Go and Rust crash reports (panics with goroutine stacks or backtraces, Go's `fatal error:`, net/http's
 * `http: panic serving`, Rust's stack overflow) interleaved with any log format, and turns each into one event.
 * A crash without its own timestamp takes the time of the last timestamped line before it, marked approximate;
 * with none it stays unknown.
 */
export class CrashCollector {
  private block: Block | undefined;
  private readonly done: EvidenceItem[] = [];
  /**
   * Whether a Rust panic was read: a backtrace printed while other threads write goes on after their lines, and
   * those stray frames belong to the panic, not to the log.
   */
  private rustSeen = false;
  /** Another thread's output that cut into a backtrace's `at` line, to be read as a line of its own. */
  private stray: string | undefined;
  /**
   * For how many more lines the end of such a cut `at` line (`5`, `:14`) may still come: after the stray line
   * and maybe other threads' lines.
   */
  private cut = 0;
  /** The last line that was not a crash's: other threads' lines look like it, which finds them inside a backtrace. */
  private other = '';

  constructor(private readonly time: TimeOptions) {}

  /**
   * Takes the line when it starts or continues a crash report; false leaves it to the file's format. `own` is the
   * line's own time and service when a record around it gives them (journald keeps a stderr line per entry).
   */
  offer(line: string, lineNumber: number, last: LastSeen, own?: LastSeen): boolean {
    if (this.cut > 0) {
      this.cut--;
      // The rest of the cut line, one word: a line and column (`5`, `:689:5`), the end of a function
      // (`panicking::panic_fmt`); not another line of the program's.
      const head = this.head();
      if (/^\S+$/.test(line) && (head === undefined || !line.startsWith(head))) {
        this.cut = 0;
        return true;
      }
    }
    const taken = this.offerAny(line, lineNumber, last, own);
    if (!taken) this.other = line;
    return taken;
  }

  private offerAny(line: string, lineNumber: number, last: LastSeen, own?: LastSeen): boolean {
    // Most lines are ordinary log records; their first character rules out a crash without a regex.
    if (!this.block && !startChars.has(line.charCodeAt(0))) return this.rustSeen && this.trailer(line);
    const stamp = stampPrefix.exec(line);
    if (stamp) return this.offerStamped(line, stamp[0].length, stamp[1] as string, lineNumber, last, own);
    return this.offerLine(line, lineNumber, last, own);
  }

  /** A line behind a time prefix: a crash's line when the rest is one, at the prefix's time. */
  private offerStamped(
    line: string,
    length: number,
    stamp: string,
    lineNumber: number,
    last: LastSeen,
    own: LastSeen | undefined,
  ): boolean {
    const rest = line.slice(length);
    if (!this.block && !startChars.has(rest.charCodeAt(0))) return this.rustSeen && this.trailer(rest);
    // A time written without a zone is counted as zone-less only when it is a crash's time.
    const at = () => parseTimestamp(stamp, this.time) ?? null;
    if (this.block && this.continues(this.block, rest)) {
      if (this.block.lines.length < 400) this.block.lines.push(rest);
      return true;
    }
    if (!goStart.test(rest) && !rustStart.test(rest)) {
      this.close();
      return this.rustSeen && this.trailer(rest);
    }
    return this.offerLine(rest, lineNumber, last, { at: at(), service: own?.service });
  }

  private offerLine(line: string, lineNumber: number, last: LastSeen, own?: LastSeen): boolean {
    if (this.block && this.continues(this.block, line)) {
      if (this.block.lines.length < 400) this.block.lines.push(line);
      return true;
    }
    this.close();
    const go = goStart.exec(line);
    const rust = go ? null : rustStart.exec(line);
    if (!go && !rust) return this.rustSeen && this.trailer(line);
    if (rust) this.rustSeen = true;
    const stamped = go?.[2] ? parseTimestamp(go[2], this.time) : (own?.at ?? undefined);
    this.block = {
      language: go ? 'go' : 'rust',
      line: lineNumber,
      at: stamped ?? last.at,
      approximate: stamped === undefined && last.at !== null,
      service: own?.service ?? last.service,
      lines: [go?.[1] ? line.slice(go[1].length) : line],
      messageLines: 0,
      pastMessage: false,
      logged: last.panicked,
    };
    return true;
  }

  /**
   * The text another thread printed into the middle of the last line taken, once: Rust writes a backtrace's `at`
   * line in pieces to unbuffered stderr, so another thread's line can land inside it
   * (`at …/panicking.rs:689:main still running`, then `5` on the next line).
   */
  takeStray(): string | undefined {
    const stray = this.stray;
    this.stray = undefined;
    return stray;
  }

  /** Whether the line belongs to a Rust panic's backtrace; notes another thread's output cut into it. */
  private trailer(line: string): boolean {
    if (!rustTrailer.test(line)) return false;
    // Found by the start of the program's other lines (`   2: core[main] tick=189`, then `::panic_fmt`) …
    const head = this.head();
    const cutAt = head === undefined ? -1 : line.indexOf(head, 1);
    if (cutAt > 0) return this.cutAt(line.slice(cutAt));
    // … or, unlike them, after an `at` line's `file.rs:line` (`at …/panicking.rs:689:tick 12`, then `5`).
    const at = /^\s+at [^:\s]+\.rs:\d+(?::(\d+))?(.*)$/.exec(line);
    if (!at) return true;
    // A stray line that starts with digits (a timestamp) took the column's place.
    const column = at[1] ?? '';
    const rest = at[2] as string;
    const stray = /^\d{4}-\d{2}-\d{2}/.test(column + rest) ? column + rest : rest.replace(/^:/, '');
    return stray.trim() === '' || this.cutAt(stray);
  }

  /** Notes another thread's line found cut into a backtrace line, to be read on its own. */
  private cutAt(stray: string): true {
    this.stray = stray;
    this.cut = 4;
    return true;
  }

  /** The start of the program's last other line, when long enough to be told apart inside a backtrace line. */
  private head(): string | undefined {
    return /^\S/.test(this.other) && this.other.length >= 6 ? this.other.slice(0, 8) : undefined;
  }

  /** Crash events completed so far (each returned once). */
  take(): EvidenceItem[] {
    return this.done.splice(0);
  }

  /** Closes a crash report still open at the end of the file and returns what is left. */
  finish(): EvidenceItem[] {
    this.close();
    return this.take();
  }

  private continues(block: Block, line: string): boolean {
    if (block.language === 'go') return goContinuation.test(line);
    if (this.trailer(line)) {
      block.pastMessage = true;
      return true;
    }
    if (line === '') {
      block.pastMessage = block.messageLines > 0;
      return true;
    }
    const first = block.lines[0] ?? '';
    if (
      !block.pastMessage &&
      block.messageLines < 20 &&
      /panicked at [^']*:\d+:\d+:$/.test(first) &&
      // The line right after `panicked at` is always the message, even one that starts like a record.
      (block.messageLines === 0 || !newRecord.test(line))
    ) {
      block.messageLines++;
      return true;
    }
    return false;
  }

  private close(): void {
    const block = this.block;
    this.block = undefined;
    if (!block) return;
    const { summary, kind, severity } =
      block.language === 'go' ? describeGo(block.lines, block.logged) : describeRust(block.lines);
    this.done.push({
      at: block.at,
      approximate: block.approximate,
      severity,
      message: summary,
      source: block.language === 'go' ? 'go-crash' : 'rust-panic',
      line: block.line,
      service: block.service,
      kind,
    });
  }
}

// The first element of every standard-library package path (`net` of `net/http`, `log`, `sync`…).
const goStandardRoots = new Set(
  (
    'archive bufio bytes cmp compress container context crypto database debug embed encoding errors expvar flag ' +
    'fmt go hash html image index internal io iter log maps math mime net os path plugin reflect regexp runtime ' +
    'slices sort strconv strings sync syscall testing text time unicode unique unsafe vendor weak'
  ).split(' '),
);

type Description = { summary: string; kind: 'panic' | 'crash'; severity: 'error' | 'critical' };

// Logging libraries whose Panic methods raise the panic: their frames are not where the program failed.
const goLoggerPackages = /^(?:github\.com\/sirupsen\/logrus|github\.com\/rs\/zerolog|go\.uber\.org\/zap)[./]/;

/**
 * Summarises a Go crash: its panic or fatal error, re-panics, and the first frame outside the runtime. `logged`
 * is the message of the panic-level record just before it: logrus panics with the entry (`(*logrus.Entry)
 * 0xc000…`), whose text is that message.
 */
export function describeGo(lines: readonly string[], logged?: string): Description {
  const panics = lines
    .map((line) => /^\s*panic: (.*)$/.exec(line)?.[1])
    .filter((m): m is string => m !== undefined);
  const fatal = lines.map((line) => /^fatal error: (.*)$/.exec(line)?.[1]).find((m) => m !== undefined);
  const serving = /^http: panic serving ([^:]+(?::\d+)?): (.*)$/.exec(lines[0] ?? '');
  const signal = /^(SIG[A-Z]+): (.*)$/.exec(lines[0] ?? '');
  // A deadlock has no running goroutine: every one is blocked, and the program's own frame shows where.
  const where = firstFrame(lines) ?? (fatal?.includes('deadlock') ? blockedFrame(lines) : undefined);
  const at = where ? ` in ${where}` : '';
  if (serving) {
    return {
      summary: `Go HTTP handler panic (recovered by net/http): ${serving[2]}${at}`,
      kind: 'panic',
      severity: 'error',
    };
  }
  if (signal && !fatal && panics.length === 0) {
    const dumped = lines.filter((line) => /^goroutine \d+ (?:[a-z]+=\S+ )*\[/.test(line)).length;
    return {
      summary: `Go process killed by ${signal[1]} (${signal[2]}): dump of ${dumped} goroutine(s)${at}`,
      kind: 'crash',
      severity: 'critical',
    };
  }
  if (fatal) {
    const oom = lines.some((line) => line.startsWith('runtime: out of memory'));
    const detail = oom && !/out of memory/.test(fatal) ? `${fatal} (runtime: out of memory)` : fatal;
    return { summary: `Go fatal error: ${detail}${at}`, kind: 'crash', severity: 'critical' };
  }
  let firstPanic = panics[0]?.replace(/ \[recovered(?:, repanicked)?\]$/, '');
  if (
    logged !== undefined &&
    firstPanic !== undefined &&
    /^\(\*logrus\.Entry\) 0x[0-9a-f]+$/.test(firstPanic)
  )
    firstPanic = logged;
  if (firstPanic !== undefined) {
    const repanicked = panics.length > 1 || /\[recovered, repanicked\]$/.test(panics[0] ?? '');
    const then =
      panics.length > 1 ? `; re-panicked: ${panics[panics.length - 1]?.replace(/ \[recovered\]$/, '')}` : '';
    const note = repanicked ? ` (recovered${then})` : '';
    return { summary: `Go panic: ${firstPanic}${note}${at}`, kind: 'panic', severity: 'critical' };
  }
  return { summary: `Go crash: goroutine dump${at}`, kind: 'crash', severity: 'critical' };
}

/**
 * The crashing goroutine's first frame of the program's own code (`main.handle (./h.go:14)`), past the runtime
 * and the standard library (net/http's recovering frame, `log.Panicf`); the first frame when all are the library's.
 */
function firstFrame(lines: readonly string[]): string | undefined {
  const running = lines.findIndex((line) => /^goroutine \d+ (?:[a-z]+=\S+ )*\[running\]:/.test(line));
  return running < 0 ? undefined : goroutineFrame(lines, running);
}

/** The first frame of the program's own code in any goroutine of the dump, in the order printed (main's first). */
function blockedFrame(lines: readonly string[]): string | undefined {
  for (let i = 0; i < lines.length; i++) {
    if (!/^goroutine \d+ (?:[a-z]+=\S+ )*\[/.test(lines[i] as string)) continue;
    const frame = goroutineFrame(lines, i);
    if (frame !== undefined && !isStandardLibrary(frame)) return frame;
  }
  return undefined;
}

/** The first frame of the program's own code in the goroutine whose header is at `header`, else its first frame. */
function goroutineFrame(lines: readonly string[], header: number): string | undefined {
  let first: string | undefined;
  for (let i = header + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '' || /^goroutine \d+ (?:[a-z]+=\S+ )*\[/.test(line)) break;
    if (line.startsWith('\t') || /^(?:runtime\.|panic\(|created by )/.test(line)) continue;
    const fn = /^([\w./*()~-]+)\(/.exec(line)?.[1];
    if (!fn) continue;
    const file = /^\t(\S+:\d+)/.exec(lines[i + 1] ?? '')?.[1];
    const frame = file ? `${fn} (${file})` : fn;
    if (!isStandardLibrary(fn)) return frame;
    first ??= frame;
  }
  return first;
}

/**
 * Whether a Go function belongs to the standard library (its package path starts with one of its roots) or to a
 * logging library whose panic method raised the panic.
 */
function isStandardLibrary(fn: string): boolean {
  if (goLoggerPackages.test(fn)) return true;
  const root = /^[^/.]+/.exec(fn)?.[0];
  return root !== undefined && root !== 'main' && goStandardRoots.has(root);
}

/** Summarises a Rust panic in either form, a stack overflow, or a poisoned mutex. */
export function describeRust(lines: readonly string[]): Description {
  const first = lines[0] ?? '';
  const overflow = /^thread '([^']*)'(?: \(\d+\))? has overflowed its stack/.exec(first);
  if (overflow)
    return { summary: `Rust stack overflow in thread '${overflow[1]}'`, kind: 'crash', severity: 'critical' };
  if (first.startsWith('fatal runtime error: ')) {
    return { summary: `Rust ${first}`, kind: 'crash', severity: 'critical' };
  }
  let thread = '';
  let location = '';
  let message = '';
  const old = /^thread '([^']*)'(?: \(\d+\))? panicked at '(.*)', (\S+:\d+(?::\d+)?)$/.exec(first);
  const current = /^thread '([^']*)'(?: \(\d+\))? panicked at (\S+:\d+:\d+):(?: (.*))?$/.exec(first);
  if (old) [, thread, message, location] = old as unknown as [string, string, string, string];
  else if (current) {
    thread = current[1] as string;
    location = current[2] as string;
    const end = lines.findIndex((line, i) => i > 0 && (line === '' || rustTrailer.test(line)));
    const rest = lines.slice(1, end < 0 ? undefined : end);
    message = (current[3] ?? rest.join(' ')).trim();
  } else message = first;
  const poisoned = /PoisonError|poisoned/i.test(message)
    ? ' (poisoned mutex: another thread panicked while holding it)'
    : '';
  return {
    summary: `Rust panic in thread '${thread}' at ${location}: ${message}${poisoned}`,
    kind: 'panic',
    severity: 'critical',
  };
}
