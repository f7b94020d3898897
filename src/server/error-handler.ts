import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { ApiErrorBody } from '../domain/api/index.js';
import {
  type ApiErrorCode,
  apiErrorStatus,
  ConflictError,
  isDebriefError,
  transferLimits,
} from '../domain/index.js';
import type { Store } from '../store/index.js';
import { HttpError } from './http-error.js';
import { pingWithin } from './ping-within.js';

/** Seconds a client should wait before retrying while the database is unreachable. */
export const retryAfterSeconds = 5;

// Fastify's own errors, by code, mapped onto the API's codes.
const fastifyCodes: Record<string, ApiErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_BODY_TOO_LARGE: 'too_large',
  FST_REQ_FILE_TOO_LARGE: 'too_large',
  FST_FILES_LIMIT: 'too_large',
  FST_PARTS_LIMIT: 'too_large',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_input',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_input',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_input',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'unsupported_media_type',
};

const mebibytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;

/** Fastify's message, or what a limit reached was when it does not say. */
function limitMessage(error: FastifyError, bodyLimit: number | undefined): string {
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' && bodyLimit !== undefined)
    return `the request body is larger than this server takes (${mebibytes(bodyLimit)})`;
  if (error.code === 'FST_FILES_LIMIT')
    return `more than ${transferLimits.uploadFiles} files in one upload; send them in several`;
  if (error.code === 'FST_PARTS_LIMIT') return 'too many parts in one upload';
  return error.message;
}

/** Sends the API's error shape; a 503 carries Retry-After. */
export function sendError(
  reply: FastifyReply,
  code: ApiErrorCode,
  message: string,
  details?: unknown,
  current?: unknown,
): FastifyReply {
  const body: ApiErrorBody = {
    error: details === undefined ? { code, message } : { code, message, details },
  };
  if (current !== undefined) body.current = current;
  if (code === 'unavailable') reply.header('retry-after', String(retryAfterSeconds));
  return reply.status(apiErrorStatus[code]).type('application/json; charset=utf-8').send(body);
}

/**
 * Turns every error into the one JSON shape, never with a stack. An unexpected error while the database does not
 * answer becomes 503 unavailable, so clients retry instead of reporting a bug.
 */
export function installErrorHandler(app: FastifyInstance, store: Store): void {
  app.setErrorHandler(async function handleError(error: FastifyError, request, reply) {
    if (error instanceof ConflictError) {
      return sendError(reply, 'conflict', error.message, undefined, error.current);
    }
    if (error instanceof HttpError || isDebriefError(error)) {
      return sendError(reply, error.code, error.message, error.details);
    }
    // busboy refuses a multipart boundary over its limit with a plain Error: the request's fault.
    if (/needle cannot have a length bigger than/i.test(error.message)) {
      return sendError(
        reply,
        'invalid_input',
        'multipart boundary too long; expected at most 70 characters (RFC 2046)',
      );
    }
    const mapped = error.code ? fastifyCodes[error.code] : undefined;
    if (mapped) return sendError(reply, mapped, limitMessage(error, request.routeOptions.bodyLimit));
    if (error.statusCode === 429) return sendError(reply, 'rate_limited', error.message);
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(reply, 'invalid_input', error.message);
    }
    const databaseAnswers = await pingWithin(store, 1_000).then(
      () => true,
      () => false,
    );
    if (!databaseAnswers) {
      request.log.warn({ err: error }, 'database unavailable');
      return sendError(reply, 'unavailable', 'the database is not answering; try again shortly');
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendError(reply, 'internal', 'something went wrong on the server; the error has been logged');
  });
}
