import { ConflictError, DebriefError } from '../../domain/index.js';

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; details?: unknown };
  current?: unknown;
}

function serverMessage(body: unknown, status: number): string {
  const message = (body as ErrorBody | undefined)?.error?.message;
  return typeof message === 'string' && message !== '' ? message : `HTTP ${status}`;
}

/**
 * Turns a debrief server's error response into the domain error a local store would have thrown, so verbs
 * print the same line and exit with the same code whether they talk to a database or a server.
 */
export function errorFromResponse(status: number, body: unknown, serverUrl: string): DebriefError {
  const message = serverMessage(body, status);
  if (status === 404) return new DebriefError('not_found', message);
  if (status === 409) return new ConflictError(message, (body as ErrorBody | undefined)?.current);
  if (status === 401)
    return new DebriefError('forbidden', `the token was refused by ${serverUrl}: ${message}`);
  if (status === 403) return new DebriefError('forbidden', `${serverUrl} refused the request: ${message}`);
  const error = (body as ErrorBody | undefined)?.error;
  if (status === 422 && error?.code === 'blame_found')
    return new DebriefError('blame_found', message, error.details);
  if (status >= 400 && status < 500) return new DebriefError('invalid_input', message);
  return new DebriefError('unavailable', `${serverUrl} answered ${status}: ${message}`);
}

/** The error for a server that cannot be reached at all (refused, unknown host, timed out). */
export function unreachable(serverUrl: string, cause: unknown): DebriefError {
  const inner = (cause as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  const reason =
    typeof inner?.code === 'string'
      ? inner.code
      : typeof inner?.message === 'string'
        ? inner.message
        : cause instanceof Error
          ? cause.message
          : String(cause);
  return new DebriefError('unavailable', `cannot reach the debrief server at ${serverUrl} (${reason})`);
}

/** The error for a store method the HTTP API cannot serve. */
export function needsDatabase(what: string): DebriefError {
  return new DebriefError('invalid_input', `${what} needs direct database access: use --db`);
}
