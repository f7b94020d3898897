import { type IncidentMetrics, type Moments, metricsFromMoments } from '../../domain/index.js';
import type { DraftEvent } from '../draft-event.js';
import type { EvidenceItem } from '../evidence-item.js';
import { type LineStats, maxLineLength } from '../read/read-lines.js';
import type { RevealedZone } from '../read/revealed-zone.js';
import { type Signature, SignatureBook } from '../signatures/signature-book.js';
import { errorsBackUnderBaseline, signatureEvents } from '../signatures/signature-events.js';
import { draftTimeline } from './draft-timeline.js';
import { type LeftOutMoment, type ProposedMoments, proposeMoments } from './propose-moments.js';
import { type FileReport, type ReadOptions, readEvidence, unparsedSamples } from './read-evidence.js';

/** Everything drafted from a set of evidence files (the JSON `debrief evidence` prints, plus per-file reports). */
export interface EvidenceResult {
  events: DraftEvent[];
  signatures: Signature[];
  moments: ProposedMoments;
  /** Moments the evidence proposed in an impossible order, left out of `moments`. */
  momentsLeftOut: LeftOutMoment[];
  metrics: IncidentMetrics;
  /** `files` counts the files read; `notRead` those refused whole (binary, a JSON document over the limit). */
  stats: { files: number; notRead: number; bytes: number; lines: number; events: number; unparsed: number };
  files: FileReport[];
}

/** What one part of a file read on its own yields, to be merged into the draft that reads the whole. */
export interface EvidencePart {
  signatures: Signature[];
  events: DraftEvent[];
  report: FileReport;
  bytes: number;
}

/**
 * Drafts a timeline from evidence files added one after another: log lines become signatures, everything else
 * (alerts, pages, deploys, crashes) becomes events; `result` merges, collapses, sorts and proposes moments.
 */
export class EvidenceDraft {
  private readonly book = new SignatureBook();
  private readonly direct: DraftEvent[] = [];
  private readonly reports: FileReport[] = [];
  private bytes = 0;

  constructor(private readonly options: ReadOptions) {}

  /**
   * Reads one file's lines, in batches (format detected unless `format` is given) and returns its report. `zone`,
   * when given, is the zone named for this file's zone-less times (used whatever the file reveals); else `beside`,
   * a zone a file next to it revealed, is used when the file reveals none itself.
   */
  async addFile(
    file: string,
    batches: AsyncIterable<readonly string[]>,
    format?: string,
    zone?: string,
    beside?: RevealedZone,
  ): Promise<FileReport> {
    // A zone revealed beside the file (the access log next to an error log) stands when the file reveals none.
    const fallback = beside
      ? { time: { ...this.options.time, zone: beside.zone }, zoneRevealed: beside.reason }
      : {};
    const report = await readEvidence(file, batches, (item) => this.addItem(item, file), {
      ...this.options,
      format: format ?? this.options.format,
      ...(zone === undefined ? fallback : { time: { ...this.options.time, zone }, zoneFixed: true }),
    });
    this.reports.push(report);
    return report;
  }

  /** Adds a report for input read elsewhere (a Slack export folder), or a file that could not be read. */
  addReport(report: FileReport): void {
    this.reports.push(report);
  }

  /** Adds one item read from `file`. */
  addItem(item: EvidenceItem, file: string): void {
    if (item.kind === undefined) {
      this.book.add(item, file);
      return;
    }
    const origin = { file, line: item.line };
    this.direct.push({
      at: item.at,
      approximate: item.approximate,
      source: item.source,
      kind: item.kind,
      severity: item.severity,
      summary: item.message.trim() === '' ? `(empty ${item.source} message)` : item.message,
      service: item.service,
      count: item.count ?? 1,
      origin,
      origins: [origin],
      key: item.key,
      instance: item.instance,
    });
  }

  /** This draft's content as one part of a larger file (it must have read exactly one file). */
  part(): EvidencePart {
    const report = this.reports[0] ?? { file: '', format: 'text', lines: 0, unparsed: 0, samples: [] };
    return { signatures: this.book.signatures(), events: this.direct, report, bytes: this.bytes };
  }

  /**
   * Merges the parts of one file read in parallel, given in file order: line numbers of later parts are moved
   * by the lines of the parts before them, and the file gets one report.
   */
  addParts(parts: readonly EvidencePart[]): FileReport {
    let offset = 0;
    const report: FileReport = {
      file: parts[0]?.report.file ?? '',
      format: parts[0]?.report.format ?? 'text',
      lines: 0,
      unparsed: 0,
      samples: [],
    };
    // The latest time read in the parts before this one: a crash with no timestamped line before it in its own
    // part takes that time, marked approximate, as it would have when the file was read in one go.
    let earlier: string | null = null;
    for (const part of parts) {
      this.book.absorb(part.signatures, offset);
      for (const event of part.events) {
        const move = (o: { file: string; line: number }) => ({ file: o.file, line: o.line + offset });
        const inherited = event.at === null && earlier !== null ? { at: earlier, approximate: true } : {};
        this.direct.push({
          ...event,
          ...inherited,
          origin: move(event.origin),
          origins: event.origins.map(move),
        });
      }
      earlier = latestTime(part, earlier);
      for (const sample of part.report.samples) {
        if (report.samples.length < unparsedSamples)
          report.samples.push({ ...sample, line: sample.line + offset });
      }
      report.unparsed += part.report.unparsed;
      const zoneless = part.report.zoneless;
      if (zoneless) {
        report.zoneless = {
          ...zoneless,
          ...report.zoneless,
          count: (report.zoneless?.count ?? 0) + zoneless.count,
          line: report.zoneless?.line ?? zoneless.line + offset,
        };
      }
      report.lines += part.report.lines;
      this.bytes += part.bytes;
      offset += part.report.lines;
    }
    this.reports.push(report);
    return report;
  }

  /**
   * Counts the bytes a file's lines came from and notes in its report how reading went: a stream that stopped
   * early counts as one unparsed line, and cut over-long lines get a sample.
   */
  addLineStats(report: FileReport, stats: LineStats): void {
    this.bytes += stats.bytes;
    if (stats.error) {
      report.unparsed++;
      const read = `the ${stats.lines.toLocaleString('en-US')} line(s) before it were read`;
      const reason = /unexpected end of file/i.test(stats.error)
        ? `stopped reading: the gzip data ends early (a truncated .gz?); ${read}, the rest is missing`
        : `stopped reading: ${stats.error}; ${read}`;
      report.samples.push({ line: stats.lines + 1, reason });
    }
    // A file that was not read at all has its own message; its cut line is part of why.
    if (stats.truncated > 0 && !report.notRead) {
      const limit = stats.limit ?? maxLineLength;
      const size =
        limit >= 1 << 20 ? `${Math.floor(limit / (1 << 20))} MiB` : `${Math.floor(limit / 1024)} KiB`;
      const longest = stats.longest
        ? `; the longest, line ${stats.longest.line}, has ${stats.longest.length.toLocaleString('en-US')} characters${
            stats.longest.line === 1 && stats.lines === 1 ? ' and no line break' : ''
          }`
        : '';
      report.samples.push({
        line: stats.longest?.line ?? 0,
        reason: `${stats.truncated} line(s) longer than ${size} were cut to their first ${size}, the rest skipped${longest}`,
      });
    }
  }

  /** Counts bytes read (the CLI knows them; gzip makes them differ from the text length). */
  addBytes(bytes: number): void {
    this.bytes += bytes;
  }

  /** The drafted timeline, signatures, proposed moments and metrics. */
  result(): EvidenceResult {
    const signatures = this.book.signatures();
    const events = withReadIn(draftTimeline([...this.direct, ...signatureEvents(signatures)]), this.reports);
    const momentsLeftOut: LeftOutMoment[] = [];
    const lastLines = new Map(signatures.map((s) => [s.id, s.lastAt ?? undefined]));
    const moments = proposeMoments(events, errorsBackUnderBaseline(signatures), momentsLeftOut, (id) =>
      lastLines.get(id),
    );
    const asMoments: Moments = {};
    for (const [name, moment] of Object.entries(moments))
      asMoments[name as keyof Moments] = { at: moment.at };
    return {
      events,
      signatures,
      moments,
      momentsLeftOut,
      metrics: metricsFromMoments(asMoments),
      stats: {
        files: this.reports.filter((report) => !report.notRead).length,
        notRead: this.reports.filter((report) => report.notRead).length,
        bytes: this.bytes,
        lines: this.reports.reduce((n, r) => n + r.lines, 0),
        events: events.length,
        unparsed: this.reports.reduce((n, r) => n + r.unparsed, 0),
      },
      files: this.reports.map(withZoneNote),
    };
  }
}

/**
 * A file's report with a note when some of its times had no zone: they were read in a zone the file revealed,
 * the one the user chose, or UTC, which is hours off when the file was written elsewhere, so the user is told
 * and how to fix it.
 */
function withZoneNote(report: FileReport): FileReport {
  const zoneless = report.zoneless;
  if (!zoneless) return report;
  const { zone, revealed } = zoneless;
  const hint = zoneless.named
    ? ''
    : revealed
      ? `, from ${revealed} (pass --tz ${report.file}=ZONE to read them otherwise)`
      : zone === 'UTC'
        ? `; if it was written in another zone, pass --tz ZONE, or --tz ${report.file}=ZONE for this file (an IANA name)`
        : '';
  const reason = `${zoneless.count.toLocaleString('en-US')} time(s) in this file have no zone and were read as ${zone}${hint}`;
  return { ...report, samples: [...report.samples, { line: zoneless.line, reason }] };
}

/**
 * Marks each event from a file with zone-less times with the zone they were read in: an event's identity is its
 * time as the file wrote it, so re-reading the file in another zone names the same events (see eventFingerprint).
 */
function withReadIn(events: DraftEvent[], reports: readonly FileReport[]): DraftEvent[] {
  const zones = new Map<string, string>();
  for (const report of reports) if (report.zoneless) zones.set(report.file, report.zoneless.zone);
  if (zones.size === 0) return events;
  return events.map((event) => {
    const zone = zones.get(event.origin.file);
    return zone === undefined || zone === 'UTC' ? event : { ...event, readIn: zone };
  });
}

/** The latest time among a part's signatures and events, or `since` when it has none later. */
function latestTime(part: EvidencePart, since: string | null): string | null {
  let latest = since;
  const times = [
    ...part.signatures.map((signature) => signature.lastAt),
    ...part.events.map((event) => event.at),
  ];
  for (const at of times) if (at !== null && (latest === null || at > latest)) latest = at;
  return latest;
}
