import type { Duplex } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { invalidInput } from '../domain/index.js';
import { HttpError } from './http-error.js';

// Keys that reach an object's prototype when a body is merged into another object: refused by name.
const prototypeKey = (key: string, value: unknown) =>
  key === '__proto__' ||
  (key === 'constructor' && value !== null && typeof value === 'object' && 'prototype' in value);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A JSON body as a value, or why it is not one. */
function parseJson(body: Buffer): unknown {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw invalidInput('the body is not valid UTF-8 text; send JSON encoded as UTF-8');
  }
  if (text.trim() === '') throw invalidInput('expected a JSON body; the body is empty');
  let refused: string | undefined;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, item: unknown) => {
      if (refused === undefined && prototypeKey(key, item)) refused = key;
      return item;
    });
  } catch (error) {
    throw invalidInput(`the body is not valid JSON: ${(error as Error).message}`);
  }
  if (refused !== undefined) {
    throw invalidInput(
      `the key "${refused}" is not accepted in a JSON body: it would reach an object's prototype`,
    );
  }
  return value;
}

/**
 * How request bodies are read. A compressed body (Content-Encoding) is refused rather than taken for plain text.
 * JSON is parsed with messages that say what is wrong: bytes that are not UTF-8 (never silently turned into U+FFFD),
 * where the JSON breaks, or which key is refused (`__proto__`, `constructor.prototype`), rather than Fastify's one
 * "not valid JSON" for all of them.
 */
export function installRequestBody(app: FastifyInstance): void {
  app.addHook('onRequest', function refuseEncodedBody(request, _reply, done) {
    const encoding = request.headers['content-encoding']?.trim().toLowerCase();
    if (encoding && encoding !== 'identity') {
      done(
        new HttpError(
          'unsupported_media_type',
          `Content-Encoding: ${encoding} is not taken; send the body uncompressed (a compressed log goes in an evidence upload as a .gz file)`,
        ),
      );
      return;
    }
    done();
  });
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, function json(_request, body, done) {
    try {
      done(null, parseJson(body as Buffer));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}

/**
 * What Node answers itself, before Fastify sees a request (a malformed request line or header, headers over the
 * limit), in the API's error shape rather than Node's own `{"error": "Bad Request", "message": "Client Error"}`.
 */
export function clientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, code, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [
          431,
          'Request Header Fields Too Large',
          'too_large',
          'the request headers are too large (over 16 KiB)',
        ]
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'invalid_input', 'the request was not sent in time']
        : [
            400,
            'Bad Request',
            'invalid_input',
            `the request is malformed and was not read (${error.code ?? 'unreadable'})`,
          ];
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
