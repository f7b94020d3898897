import { openLineBatches } from '../cli/evidence-input.js';
import { eventFingerprint } from '../cli/evidence-store.js';
import type { TimelineEventInput } from '../domain/index.js';
import type { DraftEvent } from '../evidence/draft-event.js';
import { EvidenceDraft, type EvidenceResult } from '../evidence/evidence-draft.js';
import type { LineStats } from '../evidence/read-lines.js';

/** An evidence file on disk and the name it is reported under (the uploaded file name, not the temp path). */
export interface EvidenceFile {
  name: string;
  path: string;
}

/** Drafts a timeline from files on disk (plain or gzip), streaming each; unparsable lines are counted, not fatal. */
export async function draftEvidence(files: readonly EvidenceFile[], zone = 'UTC'): Promise<EvidenceResult> {
  const draft = new EvidenceDraft({ time: { zone }, reference: new Date() });
  for (const file of files) {
    const stats: LineStats = { bytes: 0, lines: 0, truncated: 0 };
    await draft.addFile(file.name, await openLineBatches(file.path, stats));
    draft.addBytes(stats.bytes);
  }
  return draft.result();
}

/** A drafted event as the input the store takes, with a fingerprint so importing it twice adds it once. */
export function draftEventInput(event: DraftEvent): TimelineEventInput & { fingerprint: string } {
  return {
    at: event.at,
    approximate: event.approximate,
    kind: event.kind,
    severity: event.severity,
    summary: event.summary.slice(0, 10_000),
    source: event.source.slice(0, 100),
    ...(event.service ? { service: event.service.slice(0, 100) } : {}),
    ...(event.signature ? { signature: event.signature.slice(0, 2_000) } : {}),
    count: event.count,
    origins: event.origins.slice(0, 50).map((origin) => ({
      file: origin.file.slice(-1_000),
      ...(origin.line > 0 ? { line: origin.line } : {}),
    })),
    fingerprint: eventFingerprint(event),
  };
}
