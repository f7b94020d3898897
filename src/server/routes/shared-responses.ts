import type { ResponseSpec } from '../route-contract.js';

/** A write based on a stale version: 409 with the record as stored now. */
export const versionConflict: ResponseSpec = {
  description: 'the record changed since you read it; `current` holds it as stored now',
};

/** A delete that succeeded: 204, no body. */
export const deleted: ResponseSpec = { description: 'deleted' };
