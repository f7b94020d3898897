import type { ErrorCode } from './errors.js';

/** Error codes of the HTTP API: the domain's plus the ones only HTTP has. */
export type ApiErrorCode =
  | ErrorCode
  | 'unauthorized'
  | 'too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'internal';

/** The status each API error code answers with; clients read a code back from a status without a body. */
export const apiErrorStatus: Readonly<Record<ApiErrorCode, number>> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  blame_found: 422,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};
