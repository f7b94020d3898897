import type { ApiErrorCode } from '../domain/index.js';

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
