import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../domain/index.js';
import { errorFromResponse, unreachable } from './remote-errors.js';

const server = 'http://debrief.example:4000';
const body = (code: string, message: string, current?: unknown) => ({ error: { code, message }, current });

describe('errors from a debrief server', () => {
  it('keep the domain codes the local store would have thrown', () => {
    expect(errorFromResponse(404, body('not_found', 'no incident with id "x"'), server)).toMatchObject({
      code: 'not_found',
      message: 'no incident with id "x"',
    });
    expect(
      errorFromResponse(400, body('invalid_input', 'invalid incident: title: too long'), server),
    ).toMatchObject({ code: 'invalid_input', message: 'invalid incident: title: too long' });
    expect(errorFromResponse(413, body('too_large', 'over the limit'), server).code).toBe('invalid_input');
  });

  it('turn 409 into a ConflictError that carries the current record', () => {
    const error = errorFromResponse(409, body('conflict', 'stale', { id: 'a', version: 3 }), server);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).current).toEqual({ id: 'a', version: 3 });
  });

  it('say the token was refused by the server on 401, and what the server refused on 403', () => {
    const refused = errorFromResponse(
      401,
      body('unauthorized', 'the API token is unknown or revoked'),
      server,
    );
    expect(refused.code).toBe('forbidden');
    expect(refused.message).toBe(`the token was refused by ${server}: the API token is unknown or revoked`);
    const viewer = errorFromResponse(
      403,
      body('forbidden', 'viewers can read but not change anything'),
      server,
    );
    expect(viewer.message).toBe(`${server} refused the request: viewers can read but not change anything`);
  });

  it('report server failures and an unreachable server as unavailable, naming the URL', () => {
    expect(errorFromResponse(503, undefined, server)).toMatchObject({
      code: 'unavailable',
      message: `${server} answered 503: HTTP 503`,
    });
    const cause = new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    expect(unreachable(server, cause).message).toBe(
      `cannot reach the debrief server at ${server} (ECONNREFUSED)`,
    );
  });
});
