import type { DraftEvent } from '../draft-event.js';
import type { Signature } from './signature-book.js';

const minute = 60_000;
/** A minute is a spike when it has at least this many lines and this many times the usual rate. */
const spikeFloor = 10;
const spikeFactor = 3;
const maxSpikes = 3;

function time(ms: number): string {
  return new Date(ms).toISOString().slice(11, 19);
}

/** The minutes the whole evidence covers; a signature's usual rate is judged over all of them. */
export interface Span {
  from: number;
  to: number;
}

/** The minutes from the first to the last line of any signature. */
export function spanOf(signatures: readonly Signature[]): Span | undefined {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const signature of signatures) {
    const first = signature.perMinute[0]?.[0];
    const last = signature.perMinute[signature.perMinute.length - 1]?.[0];
    if (first !== undefined && first < from) from = first;
    if (last !== undefined && last > to) to = last;
  }
  return Number.isFinite(from) ? { from, to } : undefined;
}

/**
 * The usual lines per minute of a signature: the median over the evidence's span (or its own), quiet minutes
 * included, so an error that only exists during the incident has a usual rate of zero.
 */
export function baseline(perMinute: ReadonlyArray<[number, number]>, over?: Span): number {
  if (perMinute.length === 0) return 0;
  const first = Math.min(perMinute[0]![0], over?.from ?? Number.POSITIVE_INFINITY);
  const last = Math.max(perMinute[perMinute.length - 1]![0], over?.to ?? Number.NEGATIVE_INFINITY);
  const span = Math.round((last - first) / minute) + 1;
  const counts = perMinute.map(([, n]) => n).sort((a, b) => a - b);
  // Minutes without lines count as zeros, which sit below every recorded count.
  const zeros = span - counts.length;
  const middle = Math.floor(span / 2);
  return middle < zeros ? 0 : (counts[middle - zeros] ?? 0);
}

/** Spikes of a signature: runs of minutes far above its usual rate, each reported at its peak minute. */
export function spikes(
  perMinute: ReadonlyArray<[number, number]>,
  over?: Span,
): Array<{ at: number; count: number; endsAt: number }> {
  const threshold = Math.max(spikeFloor, spikeFactor * baseline(perMinute, over));
  const found: Array<{ at: number; count: number; endsAt: number }> = [];
  let current: { at: number; count: number; endsAt: number } | undefined;
  for (const [at, count] of perMinute) {
    if (count >= threshold) {
      if (current && at - current.endsAt <= minute) {
        current.endsAt = at + minute;
        if (count > current.count) {
          current.at = at;
          current.count = count;
        }
      } else {
        current = { at, count, endsAt: at + minute };
        found.push(current);
      }
    }
  }
  return found
    .sort((a, b) => b.count - a.count)
    .slice(0, maxSpikes)
    .sort((a, b) => a.at - b.at);
}

/**
 * When an error signature's first line was below error level (`request completed` at INFO for twenty minutes, then
 * at ERROR), its first error-level line and where it is; undefined when the first line already was an error.
 */
function errorStart(
  signature: Signature,
): { at: string; origin: { file: string; line: number } } | undefined {
  const at = signature.firstErrorAt;
  if (at === undefined || signature.firstAt === null || at <= signature.firstAt) return undefined;
  return { at, origin: signature.errorOrigin ?? signature.origin };
}

function minuteOf(at: string): number {
  return Date.parse(`${at.slice(0, 16)}:00Z`);
}

/**
 * `, last at 14:40:02` (with the day when it is not the event's): when the template's last line was logged, so a
 * reader sees how long it went on. Said only when that is later than the event itself. The engineering report's
 * signature table reads it back (`lastLineAt` in report/signature-rates.ts).
 */
function lastLine(at: string | null, lastAt: string | null): string {
  if (!lastAt || !at || lastAt <= at) return '';
  const day = lastAt.slice(0, 10) === at.slice(0, 10) ? '' : `${lastAt.slice(0, 10)} `;
  return `, last at ${day}${lastAt.slice(11, 19)}`;
}

/** `1,240 lines`, or `1,240 lines, 300 at error level` for a template logged at several levels. */
function lineCount(signature: Signature): string {
  const lines = `${signature.count.toLocaleString('en-US')} ${signature.count === 1 ? 'line' : 'lines'}`;
  const levels = signature.levels ?? {};
  const errors = (levels.error ?? 0) + (levels.critical ?? 0);
  return errors > 0 && errors < signature.count
    ? `${lines}, ${errors.toLocaleString('en-US')} at error level`
    : lines;
}

/**
 * Timeline events from signatures: an error or warning signature's first appearance (for an error signature, its
 * first error-level line), and its spikes (`… started 14:02:11, peaked at 1,240/min at 14:05`). Information
 * signatures stay in the signature list only.
 */
export function signatureEvents(signatures: readonly Signature[]): DraftEvent[] {
  const events: DraftEvent[] = [];
  const over = spanOf(signatures);
  for (const signature of signatures) {
    if (
      signature.severity !== 'error' &&
      signature.severity !== 'critical' &&
      signature.severity !== 'warning'
    )
      continue;
    const hurting = errorStart(signature);
    // Minutes before the first error-level line are the template's ordinary traffic, not an error spike.
    const found = spikes(signature.perMinute, over).filter(
      (spike) => hurting === undefined || spike.endsAt > minuteOf(hurting.at),
    );
    const peak = found.reduce((best, s) => (s.count > (best?.count ?? 0) ? s : best), found[0]);
    const started = hurting
      ? ` at ${signature.severity} level from ${hurting.at.slice(11, 19)} (logged at lower levels since ${signature.firstAt?.slice(11, 19)})`
      : signature.firstAt
        ? ` started ${signature.firstAt.slice(11, 19)}`
        : ' seen';
    const peaked = peak
      ? `, peaked at ${peak.count.toLocaleString('en-US')}/min at ${time(peak.at).slice(0, 5)}`
      : '';
    const at = hurting?.at ?? signature.firstAt;
    const origin = hurting?.origin ?? signature.origin;
    const base = {
      approximate: false,
      source: 'log-signature',
      severity: signature.severity,
      service: signature.service,
      signature: signature.id,
      origin,
      origins: [origin],
    };
    events.push({
      ...base,
      at,
      kind: 'log-signature',
      summary: `\`${signature.template}\`${started}${peaked}${lastLine(at, signature.lastAt)} (${lineCount(signature)})`,
      count: signature.count,
    });
    // A spike is where its minute's lines are: with several files (pods), not always the first line's file.
    const minuteOrigins = found.length > 0 ? new Map(signature.minuteOrigins) : undefined;
    for (const spike of found) {
      const place = minuteOrigins?.get(spike.at);
      const spikeOrigin = place ? { file: place.file, line: place.line } : origin;
      events.push({
        ...base,
        origin: spikeOrigin,
        origins: [spikeOrigin],
        at: new Date(spike.at).toISOString(),
        kind: 'log-spike',
        summary: `\`${signature.template}\` spiked to ${spike.count.toLocaleString('en-US')}/min at ${time(spike.at).slice(0, 5)}`,
        count: spike.count,
      });
    }
  }
  return events;
}

/** The time errors went back under their usual rate: the end of the last spike of the given signatures. */
export function errorsBackUnderBaseline(
  signatures: readonly Signature[],
): { at: string; template: string; lastLineAt?: string } | undefined {
  let best: { at: number; template: string; lastLineAt?: string } | undefined;
  const over = spanOf(signatures);
  for (const signature of signatures) {
    if (signature.severity !== 'error' && signature.severity !== 'critical') continue;
    const found = spikes(signature.perMinute, over);
    const last = found[found.length - 1];
    if (last && (!best || last.endsAt > best.at)) {
      // The spike's last line to the second, when it falls in the spike's last minute (a line logged later is
      // the template's ordinary traffic again).
      const lastLine = signature.lastAt ?? undefined;
      const inSpike = lastLine !== undefined && Date.parse(lastLine) <= last.endsAt;
      best = { at: last.endsAt, template: signature.template, ...(inSpike ? { lastLineAt: lastLine } : {}) };
    }
  }
  return best
    ? {
        at: new Date(best.at).toISOString(),
        template: best.template,
        ...(best.lastLineAt ? { lastLineAt: best.lastLineAt } : {}),
      }
    : undefined;
}
