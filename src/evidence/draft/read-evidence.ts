import type { DocumentFormat } from '../document-format.js';
import type { EvidenceItem, Unparsed } from '../evidence-item.js';
import { jsonLines } from '../formats/json-lines.js';
import { detectLineFormat, documentFormats, lineFormats } from '../formats.js';
import { isItem, type LineFormat, type LineParser, type ParseOptions } from '../line-format.js';
import { revealedZone } from '../read/revealed-zone.js';
import { CrashCollector, type LastSeen } from './crash-collector.js';
import { crashInMessage } from './crash-in-message.js';

/** How many unreadable lines per file are kept as examples. */
export const unparsedSamples = 5;
const headLines = 64;
/**
 * A JSON document is read whole, so it is capped (parsing one takes several times its size in memory); logs
 * (line formats), and arrays of records written one per line, are streamed without limit.
 */
export const maxDocumentChars = 32 * 1024 * 1024;
/**
 * The most records (alerts, log entries, events) read from one JSON document. Each becomes one or more timeline
 * events, and memory grows with them, not with bytes: 165,000 small alerts fit in 32 MiB and took 900 MB.
 */
export const maxDocumentRecords = 10_000;

/** What reading one file produced besides its items. */
export interface FileReport {
  file: string;
  format: string;
  lines: number;
  unparsed: number;
  /** The first few unreadable lines, with the reason. */
  samples: Unparsed[];
  /**
   * How many times in the file had no zone, the first line with one, the zone they were read in, and where the
   * file revealed that zone (when it did).
   */
  zoneless?:
    | {
        count: number;
        line: number;
        zone: string;
        revealed?: string | undefined;
        /** Whether the user named the zone for this file (then no hint to name one). */
        named?: boolean | undefined;
      }
    | undefined;
  /**
   * What names the file in its events' fingerprints when the name it is reported under does not (the resolved
   * path of a file read from disk); see eventFingerprint.
   */
  identity?: string | undefined;
  /** Set when nothing in the file was read (binary content, a JSON document over the limit). */
  notRead?: true | undefined;
}

export interface ReadOptions extends ParseOptions {
  /** A format name that skips detection. */
  format?: string | undefined;
  /**
   * Whether `time.zone` was named for this file: then it is used as it is. Otherwise a zone the file reveals
   * (an offset on another line, journalctl's header) is used for its zone-less times instead.
   */
  zoneFixed?: boolean | undefined;
  /** Where the file revealed `time.zone`, when the caller found it (a large file's parts read in parallel). */
  zoneRevealed?: string | undefined;
}

/**
 * Reads one file's lines in the format its content shows (or the one given), handing every item to `sink`.
 * Unreadable lines are counted and a few kept as examples; they never stop the import.
 */
export async function readEvidence(
  file: string,
  batches: AsyncIterable<readonly string[]>,
  sink: (item: EvidenceItem) => void,
  options: ReadOptions,
): Promise<FileReport> {
  const report: FileReport = { file, format: 'text', lines: 0, unparsed: 0, samples: [] };
  const problem = (line: number, reason: string) => {
    report.unparsed++;
    if (report.samples.length < unparsedSamples) report.samples.push({ line, reason });
  };
  const iterator = batches[Symbol.asyncIterator]();
  // The head is whole batches, so it may hold more than `headLines` lines; detection looks at the first ones.
  const head: string[] = [];
  let nonEmpty = 0;
  let exhausted = false;
  while (nonEmpty < headLines) {
    const next = await iterator.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    for (const line of next.value) {
      head.push(line);
      if (line.trim() !== '') nonEmpty++;
    }
  }
  if (options.format === undefined && looksBinary(head)) {
    report.format = 'binary';
    report.notRead = true;
    report.lines = head.length;
    problem(1, 'binary content (control bytes) in its first lines: not a log or a JSON document; not read');
    return report;
  }
  // An empty file is said, not counted as read in silence (trial 11z D4); it was read, so it counts as read.
  if (exhausted && nonEmpty === 0) {
    report.lines = head.length;
    problem(1, 'no lines to read (the file is empty, or holds only blank lines)');
    return report;
  }
  const chosenDocument = documentFormats.find((f) => f.name === options.format);
  const chosenLine = lineFormats.find((f) => f.name === options.format);
  // An array of records too large to read whole, one record per line, is read as JSON lines.
  let unwrapped = false;
  let first = head;
  if (chosenDocument || (!chosenLine && looksLikeDocument(head, exhausted))) {
    const rest: string[] = [...head];
    let size = head.reduce((n, line) => n + line.length + 1, 0);
    let whole = size <= maxDocumentChars;
    for (
      let next = whole ? await iterator.next() : { done: true as const };
      !next.done;
      next = await iterator.next()
    ) {
      for (const line of next.value) {
        size += line.length + 1;
        rest.push(line);
      }
      if (size > maxDocumentChars) {
        whole = false;
        break;
      }
    }
    if (whole) {
      report.lines = rest.length;
      const text = rest.join('\n');
      rest.length = 0;
      readDocument(text, chosenDocument, report, sink, problem, options);
      return report;
    }
    if (chosenDocument || !recordsOnePerLine(rest)) {
      report.format = chosenDocument?.name ?? 'json-document';
      report.notRead = true;
      report.lines = rest.length;
      const mib = maxDocumentChars / (1 << 20);
      problem(
        1,
        `a JSON document larger than ${mib} MiB, the most debrief reads whole; not read. A list of records ` +
          "is read at any size as JSON lines (one record per line: jq -c '.[]' or jq -c '.items[]' writes them)",
      );
      return report;
    }
    unwrapped = true;
    first = rest;
  }
  const format = unwrapped ? jsonLines : (chosenLine ?? detectLineFormat(head.slice(0, headLines * 4)));
  report.format = format.name;
  const revealed = options.zoneFixed ? undefined : revealedZone(head);
  const zone = revealed?.zone ?? options.time.zone;
  // The file's own counter of zone-less times, so its report can say how many were read in which zone.
  const zoneless = { count: 0 };
  const fileOptions: ParseOptions = { ...options, time: { ...options.time, zone, zoneless } };
  const parser = format.start(fileOptions);
  const fallbacks = lineFormats
    .filter((f) => f !== format && f.name !== 'csv' && f.name !== 'git-log')
    .map((f) => f.start(fileOptions));
  const crashes = new CrashCollector(fileOptions.time);
  const last: LastSeen = { at: null };
  // journald, syslog and container runtimes keep each line a program wrote to stderr as its own record: a Go
  // panic's lines are read from them.
  const journalCrashes = new CrashCollector(fileOptions.time);
  const emit = (read: EvidenceItem) => {
    const item = read.kind === undefined ? (crashInMessage(read) ?? read) : read;
    if (recordPerLine.has(item.source) && item.kind === undefined) {
      if (journalCrashes.offer(item.message, item.line, last, item)) return;
      for (const crash of journalCrashes.take()) sink(crash);
    }
    if (item.at !== null && !item.approximate) {
      last.at = item.at;
      last.service = item.service;
    }
    if (item.kind === undefined) last.panicked = item.severity === 'critical' ? item.message : undefined;
    sink(item);
  };
  let firstZoneless = 0;
  const handle = (line: string, n: number) => {
    const before = zoneless.count;
    handleLine(line, n);
    if (firstZoneless === 0 && zoneless.count > before) firstZoneless = n;
  };
  const handleLine = (text: string, n: number) => {
    const line = unwrapped ? recordOf(text) : text;
    if (unwrapped && line === '') return;
    if (crashes.offer(line, n, last)) {
      // Another thread's line printed into a backtrace line is a line of its own.
      const stray = crashes.takeStray();
      if (stray !== undefined) parseLine(stray, n);
      return;
    }
    for (const crash of crashes.take()) sink(crash);
    parseLine(line, n);
  };
  const parseLine = (line: string, n: number) => {
    const result = parser.parse(line, n);
    if (result === null) return;
    if (isItem(result)) return emit(result);
    // A file that mixes formats: try the others before counting the line as unreadable.
    for (const other of fallbacks) {
      const retry = other.parse(line, n);
      if (retry !== null && isItem(retry)) return emit(retry);
    }
    problem(n, result.unparsed);
  };
  let n = 0;
  for (const line of first) handle(line, ++n);
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    for (const line of next.value) handle(line, ++n);
  }
  report.lines = n;
  for (const item of parser.finish?.() ?? []) emit(item);
  for (const crash of crashes.finish()) sink(crash);
  for (const crash of journalCrashes.finish()) sink(crash);
  if (zoneless.count > 0) {
    const from = revealed?.reason ?? options.zoneRevealed;
    report.zoneless = {
      count: zoneless.count,
      line: firstZoneless,
      zone,
      ...(from ? { revealed: from } : {}),
      ...(options.zoneFixed && from === undefined ? { named: true } : {}),
    };
  }
  return report;
}

/** Sources whose records each hold one line a program wrote, where a crash report spans several records. */
const recordPerLine = new Set(['journald-json', 'cri', 'syslog']);

/**
 * Whether the first lines are binary (an executable, an image, a core dump): more than a tenth of their characters
 * are control characters or bytes that were not UTF-8. A log with a stray NUL is still a log.
 */
function looksBinary(head: readonly string[]): boolean {
  let total = 0;
  let odd = 0;
  for (const line of head) {
    total += line.length + 1;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      // ESC starting a colour code (`\x1b[2m`, tracing-subscriber writes them even into files) is text.
      if (c === 27 && line.charCodeAt(i + 1) === 91) continue;
      if ((c < 32 && c !== 9 && c !== 13 && c !== 12) || c === 0xfffd) odd++;
    }
    if (total > 1 << 16) break;
  }
  return total > 0 && odd * 10 > total;
}

/** Whether the lines are a JSON array with one object per line (`[`, `  {…},`, …), as `jq -c` and loggers write. */
function recordsOnePerLine(lines: readonly string[]): boolean {
  const sample = lines.slice(0, 200).filter((line) => line.trim() !== '');
  if (sample[0]?.trim() !== '[') return false;
  return sample.slice(1).every((line) => /^\s*\{.*\},?\s*$/.test(line) || /^\s*\]\s*$/.test(line));
}

/** One element's line of such an array as a JSON line: no indent, no comma, nothing for the brackets. */
function recordOf(line: string): string {
  const text = line.trim();
  if (text === '[' || text === ']') return '';
  return text.endsWith(',') ? text.slice(0, -1) : text;
}

/** A JSON document (pretty-printed, or one line that is the whole file) rather than JSON lines. */
function looksLikeDocument(head: readonly string[], exhausted: boolean): boolean {
  const lines = head.filter((line) => line.trim() !== '');
  const first = lines[0]?.trim() ?? '';
  // `[` then a value: a JSON array; `[main] started` or `[2026-03-04T…] INFO` is a program's output.
  if (first.startsWith('[')) return /^\[\s*(?:[{["\]]|$)/.test(first);
  if (!first.startsWith('{')) return false;
  if (lines.length === 1 && exhausted) return true;
  try {
    JSON.parse(first);
    return false;
  } catch {
    return true;
  }
}

function readDocument(
  text: string,
  chosen: DocumentFormat | undefined,
  report: FileReport,
  sink: (item: EvidenceItem) => void,
  problem: (line: number, reason: string) => void,
  options: ParseOptions,
): void {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    report.format = chosen?.name ?? 'json-document';
    problem(1, `invalid JSON document: ${(error as Error).message}`);
    return;
  }
  const format = chosen ?? documentFormats.find((f) => f.detect(document));
  if (!format && Array.isArray(document) && document.length === 0) {
    // An API dump of nothing (`[]`): a known shape with no records (trial 11z D5).
    report.format = 'json-document';
    report.notRead = true;
    problem(1, 'an empty JSON list: no records to read');
    return;
  }
  if (!format) {
    // One JSON object alone in a file is a log line like any other.
    const single = jsonLineFallback(text, options);
    report.format = 'json';
    // Read as a line is: a handler panic logged as one record is a crash event here too (trial 11z D2).
    if (single) sink(single.kind === undefined ? (crashInMessage(single) ?? single) : single);
    else problem(1, 'a JSON document of a shape debrief does not know (see debrief evidence --formats)');
    return;
  }
  report.format = format.name;
  const records = format.records(document);
  if (records > maxDocumentRecords) {
    report.notRead = true;
    const count = (n: number) => n.toLocaleString('en-US');
    problem(
      1,
      `${count(records)} records (${format.description}), more than the ${count(maxDocumentRecords)} debrief ` +
        'reads from one JSON document (each is a timeline event, and memory grows with them); not read. Keep the ' +
        'ones that matter (with jq, say), or split it into documents of at most ' +
        `${count(maxDocumentRecords)} records and attach them one at a time with --incident`,
    );
    return;
  }
  const result = format.read(document, options);
  for (const item of result.items) sink(item);
  for (const bad of result.unparsed) problem(bad.line, bad.reason);
}

function jsonLineFallback(text: string, options: ParseOptions): EvidenceItem | undefined {
  const json: LineFormat | undefined = lineFormats.find((f) => f.name === 'json');
  const parser: LineParser | undefined = json?.start(options);
  const result = parser?.parse(text.replace(/\n\s*/g, ' '), 1);
  return result && isItem(result) ? result : undefined;
}
