import type { Store } from '../store/index.js';

/**
 * The positions of drafted events an incident already holds (the same fingerprint): accepting them adds nothing,
 * as `attachDraft` skips them. A resolved webhook repeats its alert's firing, a log uploaded again repeats itself;
 * the draft says so before anyone accepts.
 */
export async function alreadyStored(
  store: Store,
  incidentId: string,
  events: ReadonlyArray<{ fingerprint?: string | undefined }>,
): Promise<number[]> {
  const stored = new Set<string>();
  for (const event of await store.timeline.list(incidentId)) {
    if (event.fingerprint !== undefined) stored.add(event.fingerprint);
  }
  const out: number[] = [];
  events.forEach((event, index) => {
    if (event.fingerprint !== undefined && stored.has(event.fingerprint)) out.push(index);
  });
  return out;
}
