/** The error codes of the HTTP API contract. */
export type ApiErrorCode =
  | 'not_found'
  | 'conflict'
  | 'blame_found'
  | 'forbidden'
  | 'invalid_input'
  | 'unauthorized'
  | 'unavailable'
  | 'too_large'
  | 'unsupported_media_type'
  | 'network';

/** A failed API call: the status, the stable code and message from the server, and for a 409 the current record. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: unknown;
  readonly current: unknown;

  constructor(status: number, code: ApiErrorCode, message: string, details?: unknown, current?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.current = current;
  }
}

const codeByStatus: Record<number, ApiErrorCode> = {
  400: 'invalid_input',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  422: 'blame_found',
  413: 'too_large',
  415: 'unsupported_media_type',
  503: 'unavailable',
};

/** Builds an ApiError from a status and a parsed response body, whatever shape the body has. */
export function apiErrorFrom(status: number, body: unknown): ApiError {
  const envelope = (body ?? {}) as {
    error?: { code?: string; message?: string; details?: unknown };
    current?: unknown;
  };
  const code = (envelope.error?.code as ApiErrorCode | undefined) ?? codeByStatus[status] ?? 'unavailable';
  const message = envelope.error?.message ?? `the server answered ${status}`;
  return new ApiError(status, code, message, envelope.error?.details, envelope.current);
}

/** Whether an error means the record changed since it was read. */
export function isConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409;
}

/** A sentence for the user about any error thrown by an API call. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 409)
      return 'Someone else changed this since you opened it. The latest version is shown; re-apply your change.';
    if (error.status === 403) return `Not allowed: ${error.message}`;
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
