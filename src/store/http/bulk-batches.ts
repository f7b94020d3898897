import { transferLimits } from '../../domain/index.js';

// Bytes of events per bulk request: half the server's JSON body limit.
const bulkBytes = transferLimits.jsonBody / 2;

/**
 * Splits events into requests that each stay under the body limit (always at least one, possibly empty);
 * fingerprints make a batch that is sent again add nothing.
 */
export function bulkBatches<T>(events: readonly T[], maxBytes = bulkBytes): T[][] {
  const batches: T[][] = [[]];
  let size = 0;
  for (const event of events) {
    const bytes = Buffer.byteLength(JSON.stringify(event));
    const current = batches[batches.length - 1] ?? [];
    if (current.length > 0 && size + bytes > maxBytes) {
      batches.push([event]);
      size = bytes;
    } else {
      current.push(event);
      size += bytes;
    }
  }
  return batches;
}
