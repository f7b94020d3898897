import { DateTime } from 'luxon';
import { storableText, type TimelineEventInput } from '../../domain/index.js';
import type { DraftEvent } from '../draft-event.js';
import { signatureId } from '../signatures/signature-id.js';

/** The last part of a path, so `./logs/app.log`, `logs/app.log` and an upload named `app.log` are one file. */
export function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

/**
 * A fingerprint that names the same drafted event on every import of the same evidence, wherever it is read from.
 * An alert is named by what it is (its name, its instance's labels, the time and whether it fired or resolved),
 * not by the file that carried it, so the same alert from a saved webhook file and from the live intake is one.
 * Any other event is named by its file, line, time as written and text. `file` names the file: its resolved path
 * when it was read from disk (so `app.err` typed in `pod-a/` and in `pod-b/` are two files, and `./x.log` and
 * `/abs/x.log` one); without it, the last part of the name an event's origin shows (an upload's file name).
 */
export function eventFingerprint(event: DraftEvent, file?: string): string {
  if ((event.kind === 'alert-fired' || event.kind === 'alert-resolved') && event.key !== undefined) {
    return signatureId(`${event.kind}|${event.at ?? ''}|${event.key}|${event.instance ?? ''}`);
  }
  const origin = event.origin;
  // A flood's count grows when more of the file is read; its first occurrence is what names it.
  const text = event.signature ?? (event.count > 1 ? withoutFloodCount(event.summary) : event.summary);
  const at = event.at !== null && event.readIn ? asWritten(event.at, event.readIn) : (event.at ?? '');
  return signatureId(`${event.kind}|${at}|${file ?? baseName(origin.file)}|${origin.line}|${text}`);
}

/** A flood's summary without its count ("pool exhausted (×1,204)"), which grows as more of the file is read. */
export function withoutFloodCount(summary: string): string {
  return summary.replace(/ \(×[\d,]+\)$/, '');
}

/**
 * A UTC time as the clock of `zone` shows it, written as UTC: for a time read from a file without a zone, the
 * same on every import whatever zone it was read in (read as UTC, it is the time itself, as fingerprints were).
 */
function asWritten(at: string, zone: string): string {
  const local = DateTime.fromISO(at, { zone: 'utc' }).setZone(zone);
  return local.isValid ? (local.setZone('utc', { keepLocalTime: true }).toISO() ?? at) : at;
}

/** The longest summary and signature an event keeps, stored or printed: a 10 MB log line is not a summary. */
export const maxSummaryChars = 10_000;
export const maxSignatureChars = 2_000;

// The domain refuses U+0000 and unpaired surrogates in text; a log line may carry them.
const cleaned = storableText;

/**
 * A drafted event as the input the store takes, cut to the domain's limits, with its fingerprint (`file` names
 * its origin's file, see eventFingerprint).
 */
export function draftEventInput(
  event: DraftEvent,
  file?: string,
): TimelineEventInput & { fingerprint: string } {
  return {
    at: event.at,
    approximate: event.approximate,
    kind: event.kind,
    severity: event.severity,
    summary: cleaned(event.summary.slice(0, maxSummaryChars)),
    source: cleaned(event.source.slice(0, 100)),
    ...(event.service ? { service: cleaned(event.service.slice(0, 100)) } : {}),
    ...(event.signature ? { signature: cleaned(event.signature.slice(0, maxSignatureChars)) } : {}),
    count: event.count,
    origins: event.origins.slice(0, 50).map((origin) => ({
      file: cleaned(origin.file.slice(-1_000)),
      ...(origin.line > 0 ? { line: origin.line } : {}),
    })),
    fingerprint: eventFingerprint(event, file),
  };
}
