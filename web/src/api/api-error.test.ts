import { describe, expect, it } from 'vitest';
import { ApiError, apiErrorFrom, describeError, isConflict } from './api-error.js';

describe('API errors', () => {
  it('the stable code, message and current record come from the error envelope', () => {
    const error = apiErrorFrom(409, {
      error: { code: 'conflict', message: 'incident changed', details: { version: 3 } },
      current: { id: 'INC-1', version: 3 },
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('incident changed');
    expect(error.current).toEqual({ id: 'INC-1', version: 3 });
    expect(isConflict(error)).toBe(true);
  });

  it('a body that is not the envelope still gets a code from the status', () => {
    const error = apiErrorFrom(413, undefined);
    expect(error.code).toBe('too_large');
    expect(error.message).toBe('the server answered 413');
    expect(isConflict(error)).toBe(false);
  });

  it('a conflict is explained as a change by someone else', () => {
    expect(describeError(new ApiError(409, 'conflict', 'stale version 2'))).toMatch(
      /changed this since you opened it/,
    );
    expect(describeError(new ApiError(400, 'invalid_input', 'title: expected a non-empty value'))).toBe(
      'title: expected a non-empty value',
    );
  });
});
