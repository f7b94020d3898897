import type { EventSeverity } from '../../domain/index.js';
import type { EvidenceItem } from '../evidence-item.js';
import { detach } from './detach.js';
import { signatureId } from './signature-id.js';
import { TemplateMiner } from './template-miner.js';

const rank: Record<EventSeverity, number> = { debug: 0, info: 1, warning: 2, error: 3, critical: 4 };
const levelNames: readonly EventSeverity[] = ['debug', 'info', 'warning', 'error', 'critical'];
const errorRank = rank.error;
/** Exact messages remembered for a fast path; real logs repeat the same message text many times. */
const cacheLimit = 50_000;

interface Origin {
  file: string;
  line: number;
  /** How many lines the run of the minute starting here had: of two files' runs in one minute, the larger wins. */
  lines?: number | undefined;
}

interface ShapeStats {
  count: number;
  /** UTC ISO strings compare in time order, so no Date is built per line. */
  firstAt: string | undefined;
  lastAt: string | undefined;
  severity: EventSeverity;
  service: string | undefined;
  file: string;
  line: number;
  /** Lines per level, indexed by rank (debug … critical). */
  levels: number[];
  /** The first error-level (or critical) line: a message logged at INFO and later at ERROR starts hurting here. */
  errorAt: string | undefined;
  errorFile: string;
  errorLine: number;
  perMinute: Map<number, number>;
  /**
   * Where the busiest minutes start (their first line read, which may be in another file than the template's first
   * line): a spike is placed there. Only the `keptOrigins` busiest are kept, as [minute start, origin], so memory
   * does not grow with the minutes of a long log; a spike is reported at its peak minute, one of the busiest.
   */
  minuteOrigins: Array<[number, Origin]>;
  /** The minute being counted, not yet in `perMinute`, and where its first line is. */
  minute: number;
  minuteCount: number;
  minuteFile: string;
  minuteLine: number;
}

const keptOrigins = 12;

/** Keeps where `minute` starts when it is among the busiest minutes of the template (a minute keeps its first). */
function keepOrigin(stats: ShapeStats, minute: number, origin: Origin): void {
  const list = stats.minuteOrigins;
  // The quietest kept minute; of two as busy, the later one goes (so the choice does not depend on reading order).
  let quietest = -1;
  let quietestCount = Number.POSITIVE_INFINITY;
  let quietestMinute = 0;
  for (let i = 0; i < list.length; i++) {
    const [kept, keptOrigin] = list[i] as [number, Origin];
    if (kept === minute) {
      // The minute's lines came in several runs (another file, another part): its place is the busiest run's, so a
      // spike in one pod's log is not placed at another pod's single line of that minute read first.
      if ((origin.lines ?? 0) > (keptOrigin.lines ?? 0)) list[i] = [minute, origin];
      return;
    }
    const count = stats.perMinute.get(kept) ?? 0;
    if (count < quietestCount || (count === quietestCount && kept > quietestMinute)) {
      quietest = i;
      quietestCount = count;
      quietestMinute = kept;
    }
  }
  if (list.length < keptOrigins) {
    list.push([minute, origin]);
    return;
  }
  const count = stats.perMinute.get(minute) ?? 0;
  if (count > quietestCount || (count === quietestCount && minute < quietestMinute))
    list[quietest] = [minute, origin];
}

function flushMinute(stats: ShapeStats): void {
  if (stats.minuteCount === 0) return;
  stats.perMinute.set(stats.minute, (stats.perMinute.get(stats.minute) ?? 0) + stats.minuteCount);
  keepOrigin(stats, stats.minute, {
    file: stats.minuteFile,
    line: stats.minuteLine,
    lines: stats.minuteCount,
  });
  stats.minuteCount = 0;
}

/** Adds the counts, times and rates of `stats` (whose minute is flushed) to `into`, keeping the earlier origin. */
function addStats(into: ShapeStats, stats: ShapeStats): void {
  into.count += stats.count;
  if (rank[stats.severity] > rank[into.severity]) into.severity = stats.severity;
  if (stats.firstAt !== undefined && (into.firstAt === undefined || stats.firstAt < into.firstAt)) {
    into.firstAt = stats.firstAt;
    into.file = stats.file;
    into.line = stats.line;
  }
  if (stats.lastAt !== undefined && (into.lastAt === undefined || stats.lastAt > into.lastAt)) {
    into.lastAt = stats.lastAt;
  }
  into.service ??= stats.service;
  for (let i = 0; i < into.levels.length; i++)
    into.levels[i] = (into.levels[i] ?? 0) + (stats.levels[i] ?? 0);
  if (stats.errorAt !== undefined && (into.errorAt === undefined || stats.errorAt < into.errorAt)) {
    into.errorAt = stats.errorAt;
    into.errorFile = stats.errorFile;
    into.errorLine = stats.errorLine;
  }
  for (const [bucket, n] of stats.perMinute)
    into.perMinute.set(bucket, (into.perMinute.get(bucket) ?? 0) + n);
  for (const [bucket, origin] of stats.minuteOrigins) keepOrigin(into, bucket, origin);
}

/** A mined log signature: its template, how often and when it occurred, and its rate per minute. */
export interface Signature {
  id: string;
  template: string;
  count: number;
  firstAt: string | null;
  lastAt: string | null;
  severity: EventSeverity;
  service?: string | undefined;
  /** Where it first appeared. */
  origin: { file: string; line: number };
  /** Lines per level; a template logged at several levels (INFO, then ERROR) has more than one. */
  levels?: Partial<Record<EventSeverity, number>> | undefined;
  /** Its format gave the template (an access log's `GET <*> 503`); it was not mined, and is never generalised. */
  fixed?: true | undefined;
  /** The first error-level (or critical) line with a time, and where: when the template started hurting. */
  firstErrorAt?: string | undefined;
  errorOrigin?: { file: string; line: number } | undefined;
  /** Lines per minute, as [minute start (ms since epoch), count], in time order, minutes without lines omitted. */
  perMinute: Array<[number, number]>;
  /** Where the busiest minutes of `perMinute` start (their first line read), by minute start: a spike's own place. */
  minuteOrigins?: Array<[number, { file: string; line: number; lines?: number | undefined }]> | undefined;
}

/**
 * Collects log lines into signatures as they stream by: each line is mined once and counted against its shape,
 * so memory grows with the number of shapes and minutes, not with the number of lines.
 */
export class SignatureBook {
  private readonly miner = new TemplateMiner();
  private readonly shapes = new Map<number, ShapeStats>();
  private cache = new Map<string, number>();
  /** Templates given by formats, numbered -1, -2, … so they never meet the miner's shapes. */
  private readonly fixed = new Map<string, number>();
  private readonly fixedTexts: string[] = [];
  /** Minute starts by `YYYY-MM-DDTHH:MM`, so each minute is parsed once. */
  private readonly minutes = new Map<string, number>();

  private lastMinuteKey = '';
  private lastMinute = 0;

  private minuteOf(at: string): number {
    // Lines arrive mostly in time order: the previous line's minute is the likeliest.
    if (at.startsWith(this.lastMinuteKey) && this.lastMinuteKey !== '') return this.lastMinute;
    const key = at.slice(0, 16);
    let start = this.minutes.get(key);
    if (start === undefined) {
      start = Date.parse(`${key}:00Z`);
      if (this.minutes.size > 100_000) this.minutes.clear();
      this.minutes.set(key, start);
    }
    this.lastMinuteKey = key;
    this.lastMinute = start;
    return start;
  }

  private fixedShape(template: string): number {
    let shape = this.fixed.get(template);
    if (shape === undefined) {
      this.fixedTexts.push(detach(template));
      shape = -this.fixedTexts.length;
      this.fixed.set(detach(template), shape);
    }
    return shape;
  }

  /** Counts one log line (an item without a kind) from `file`. */
  add(item: EvidenceItem, file: string): void {
    // A line with no message (a timestamp alone) has no shape to count (trial 12g G-32).
    if (item.template === undefined && item.message.trim() === '') return;
    let shape: number | undefined;
    if (item.template !== undefined) shape = this.fixedShape(item.template);
    else {
      shape = this.cache.get(item.message);
      if (shape === undefined) {
        shape = this.miner.add(item.message);
        if (this.cache.size >= cacheLimit) this.cache = new Map();
        this.cache.set(detach(item.message), shape);
      } else this.miner.count(shape);
    }
    const at = item.at;
    let stats = this.shapes.get(shape);
    if (!stats) {
      stats = {
        count: 0,
        firstAt: undefined,
        lastAt: undefined,
        severity: item.severity,
        service: item.service === undefined ? undefined : detach(item.service),
        file,
        line: item.line,
        levels: [0, 0, 0, 0, 0],
        errorAt: undefined,
        errorFile: file,
        errorLine: item.line,
        perMinute: new Map(),
        minuteOrigins: [],
        minute: 0,
        minuteCount: 0,
        minuteFile: file,
        minuteLine: item.line,
      };
      this.shapes.set(shape, stats);
    }
    const n = item.count ?? 1;
    stats.count += n;
    const level = rank[item.severity];
    stats.levels[level] = (stats.levels[level] as number) + n;
    if (level > rank[stats.severity]) stats.severity = item.severity;
    if (at !== null) {
      if (level >= errorRank && (stats.errorAt === undefined || at < stats.errorAt)) {
        stats.errorAt = at;
        stats.errorFile = file;
        stats.errorLine = item.line;
      }
      if (stats.firstAt === undefined || at < stats.firstAt) {
        stats.firstAt = at;
        stats.file = file;
        stats.line = item.line;
      }
      if (stats.lastAt === undefined || at > stats.lastAt) stats.lastAt = at;
      const bucket = this.minuteOf(at);
      // Consecutive lines of a shape mostly share a minute: count there, and touch the map on a change.
      // (A run of a minute stays in one file: another file's lines of that minute start their own.)
      if (bucket === stats.minute && file === stats.minuteFile) stats.minuteCount += n;
      else {
        flushMinute(stats);
        stats.minute = bucket;
        stats.minuteCount = n;
        stats.minuteFile = file;
        stats.minuteLine = item.line;
      }
    }
  }

  /**
   * Adds signatures mined elsewhere (another part of the same file read in parallel): each template is mined
   * again as a message, so equal templates meet, and its counts, times and rates are added. `lineOffset` moves
   * their first-line numbers to the whole file's numbering.
   */
  absorb(signatures: readonly Signature[], lineOffset = 0): void {
    for (const signature of signatures) {
      const shape = signature.fixed
        ? this.fixedShape(signature.template)
        : this.miner.add(signature.template);
      const incoming: ShapeStats = {
        count: signature.count,
        firstAt: signature.firstAt ?? undefined,
        lastAt: signature.lastAt ?? undefined,
        severity: signature.severity,
        service: signature.service,
        file: signature.origin.file,
        line: signature.origin.line + lineOffset,
        levels: levelNames.map((name) => signature.levels?.[name] ?? 0),
        errorAt: signature.firstErrorAt,
        errorFile: signature.errorOrigin?.file ?? signature.origin.file,
        errorLine: (signature.errorOrigin?.line ?? signature.origin.line) + lineOffset,
        perMinute: new Map(signature.perMinute),
        minuteOrigins: (signature.minuteOrigins ?? []).map(([bucket, origin]) => [
          bucket,
          { file: origin.file, line: origin.line + lineOffset, lines: origin.lines },
        ]),
        minute: 0,
        minuteCount: 0,
        minuteFile: signature.origin.file,
        minuteLine: signature.origin.line + lineOffset,
      };
      const stats = this.shapes.get(shape);
      if (stats) addStats(stats, incoming);
      else this.shapes.set(shape, incoming);
    }
  }

  /** The signatures, most frequent first, with shapes merged into their final templates. */
  signatures(): Signature[] {
    this.miner.templates();
    for (const stats of this.shapes.values()) flushMinute(stats);
    const merged = new Map<number, ShapeStats>();
    for (const [shape, stats] of this.shapes) {
      const root = shape < 0 ? shape : this.miner.resolve(shape);
      const into = merged.get(root);
      if (into) addStats(into, stats);
      else
        merged.set(root, {
          ...stats,
          levels: [...stats.levels],
          perMinute: new Map(stats.perMinute),
          minuteOrigins: [...stats.minuteOrigins],
        });
    }
    return [...merged]
      .map(([root, stats]) => {
        const template = root < 0 ? (this.fixedTexts[-root - 1] as string) : this.miner.text(root);
        return {
          id: signatureId(template),
          template,
          count: stats.count,
          firstAt: stats.firstAt ?? null,
          lastAt: stats.lastAt ?? null,
          severity: stats.severity,
          service: stats.service,
          origin: { file: stats.file, line: stats.line },
          ...(root < 0 ? { fixed: true as const } : {}),
          levels: levelCounts(stats.levels),
          firstErrorAt: stats.errorAt,
          errorOrigin:
            stats.errorAt === undefined ? undefined : { file: stats.errorFile, line: stats.errorLine },
          perMinute: [...stats.perMinute].sort((a, b) => a[0] - b[0]),
          minuteOrigins: [...stats.minuteOrigins].sort((a, b) => a[0] - b[0]),
        };
      })
      .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  }
}

/** The levels a template was logged at, with their line counts (levels without lines left out). */
function levelCounts(levels: readonly number[]): Partial<Record<EventSeverity, number>> {
  const counts: Partial<Record<EventSeverity, number>> = {};
  levelNames.forEach((name, i) => {
    const n = levels[i] ?? 0;
    if (n > 0) counts[name] = n;
  });
  return counts;
}
