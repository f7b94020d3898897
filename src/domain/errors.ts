/** The few error codes debrief uses everywhere: CLI exit codes and HTTP statuses are derived from them. */
export type ErrorCode =
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'invalid_input'
  | 'unavailable'
  /** An exec or public report held back because its published text has blameful language (details: findings). */
  | 'blame_found';

/** An error a user can act on: its message names the bad value and what would be accepted. */
export class DebriefError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'DebriefError';
    this.code = code;
    this.details = details;
  }
}

/** A record was changed by someone else since it was read; `current` is what is stored now. */
export class ConflictError extends DebriefError {
  readonly current: unknown;

  constructor(message: string, current: unknown) {
    super('conflict', message, current);
    this.name = 'ConflictError';
    this.current = current;
  }
}

/** Builds a not_found error for a kind of record and its id. */
export function notFound(kind: string, id: string): DebriefError {
  return new DebriefError('not_found', `no ${kind} with id ${JSON.stringify(id)}${idHint(kind, id)}`);
}

const idKinds: Record<string, string> = {
  INC: 'an incident',
  ACT: 'an action',
  FAC: 'a contributing factor',
  EVT: 'a timeline event',
  REV: 'a review',
};

/**
 * What a missed id most likely was (trial 21): another kind's id ("ACT-…" given for an incident), or an id typed in
 * lower case (ids are written in capitals).
 */
function idHint(kind: string, id: string): string {
  const prefix = /^([A-Za-z]{3})-/.exec(id)?.[1]?.toUpperCase();
  const meant = prefix ? idKinds[prefix] : undefined;
  if (meant && !meant.endsWith(` ${kind}`))
    return `; ${prefix}-… is the id of ${meant}, not of ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
  if (meant && id !== id.toUpperCase())
    return `; ids are written in capitals: ${JSON.stringify(id.toUpperCase())}`;
  return '';
}

/** Builds an invalid_input error. */
export function invalidInput(message: string, details?: unknown): DebriefError {
  return new DebriefError('invalid_input', message, details);
}

/** Whether a value is a DebriefError (also across module copies). */
export function isDebriefError(value: unknown): value is DebriefError {
  return value instanceof DebriefError;
}
