import type { ErrorCode } from '../domain/index.js';

/** Error codes of the HTTP API: the domain's plus the ones only HTTP has. */
export type ApiErrorCode =
  | ErrorCode
  | 'unauthorized'
  | 'too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'internal';

/** The status each code answers with. */
export const statusOf: Record<ApiErrorCode, number> = {
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

/** An error raised by the HTTP layer itself (missing session, wrong content type…). */
export class HttpError extends Error {
  readonly code: ApiErrorCode;
  readonly details: unknown;

  constructor(code: ApiErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'HttpError';
    this.code = code;
    this.details = details;
  }
}

/** The one error shape every API response uses. */
export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; details?: unknown };
  current?: unknown;
}
