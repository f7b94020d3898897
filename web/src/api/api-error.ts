// From its own module, not the domain's index: through the index the bundler split the first-visit script in two.
import {
  apiErrorStatus,
  type ApiErrorCode as ServerErrorCode,
} from '../../../src/domain/api-error-status.js';
import type { ApiErrorBody } from './types.js';

/** The error codes of the HTTP API contract, and `network` when the server could not be reached. */
export type ApiErrorCode = ServerErrorCode | 'network';

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

// The server's status table read backwards, for answers without the error envelope (a proxy's 502, say).
const codeByStatus = new Map<number, ApiErrorCode>(
  (Object.entries(apiErrorStatus) as Array<[ServerErrorCode, number]>).map(([code, status]) => [
    status,
    code,
  ]),
);

/** Builds an ApiError from a status and a parsed response body, whatever shape the body has. */
export function apiErrorFrom(status: number, body: unknown): ApiError {
  // Read defensively: anything between the browser and the server may answer with another shape.
  const envelope = (body ?? {}) as Partial<ApiErrorBody>;
  const code = envelope.error?.code ?? codeByStatus.get(status) ?? 'unavailable';
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
