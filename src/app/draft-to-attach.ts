import type { TimelineEventInput } from '../domain/index.js';
import type { EvidenceResult } from '../evidence/index.js';
import { draftEventInput } from '../evidence/index.js';
import type { DraftToAttach } from './attach-draft.js';

export type { EvidenceResult } from '../evidence/index.js';
export {
  crashFormats,
  documentFormats,
  lineFormats,
  maxSignatureChars,
  maxSummaryChars,
} from '../evidence/index.js';

/** A drafted timeline as what `attachDraft` takes: the store's event inputs with fingerprints, and the moments. */
export function draftToAttach(result: EvidenceResult): DraftToAttach & {
  events: Array<TimelineEventInput & { fingerprint: string }>;
} {
  const moments: NonNullable<DraftToAttach['moments']> = {};
  for (const [name, proposed] of Object.entries(result.moments) as Array<
    [keyof typeof moments, { at: string; reason: string }]
  >) {
    moments[name] = { at: proposed.at, reason: proposed.reason.slice(0, 500) };
  }
  const identity = new Map<string, string>();
  for (const report of result.files) if (report.identity) identity.set(report.file, report.identity);
  const events = result.events.map((event) => draftEventInput(event, identity.get(event.origin.file)));
  return { events, moments };
}
