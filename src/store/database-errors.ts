import { DebriefError } from '../domain/index.js';

interface DriverError {
  code?: unknown;
  errno?: unknown;
  severity?: unknown;
  address?: unknown;
  port?: unknown;
  errors?: unknown;
  message?: unknown;
}

const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** Whether an error is SQLite telling us another connection holds the lock (after busy_timeout ran out). */
export function isSqliteBusy(error: unknown): boolean {
  const code = (error as DriverError | undefined)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** Whether an error means the PostgreSQL server could not be reached or refused the connection. */
export function isConnectionError(error: unknown): boolean {
  const e = error as DriverError | undefined;
  if (!e || typeof e !== 'object') return false;
  if (typeof e.code === 'string' && networkCodes.has(e.code)) return true;
  if (Array.isArray(e.errors)) return e.errors.some(isConnectionError);
  const message = typeof e.message === 'string' ? e.message : '';
  // pg-pool's own words when every pooled connection stays busy past connectionTimeoutMillis ("timeout exceeded
  // when trying to connect"): the database is as unavailable to this request as an unreachable one (trial 13y).
  return /timeout expired|timeout exceeded when trying to connect|Connection terminated|Query read timeout/i.test(
    message,
  );
}

/** Whether PostgreSQL cancelled a statement for running past statement_timeout (or lock_timeout). */
function isStatementTimeout(error: unknown): boolean {
  const e = error as DriverError | undefined;
  return e?.code === '57014' || e?.code === '55P03';
}

/** Turns driver errors a user can act on (busy file, unreachable server) into DebriefErrors; others pass. */
export function mapDatabaseError(error: unknown, where: string): unknown {
  if (error instanceof DebriefError) return error;
  if (isSqliteBusy(error)) {
    return new DebriefError(
      'unavailable',
      `database is busy: ${where} stayed locked by another writer past the busy timeout; try again`,
    );
  }
  const code = (error as DriverError | undefined)?.code;
  if (typeof code === 'string' && (code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_NOTADB')) {
    return new DebriefError(
      'unavailable',
      `cannot open the SQLite database ${where}: ${(error as Error).message}`,
    );
  }
  // An id used twice: two PostgreSQL writers racing past the existence check, or a bundle repeating an id.
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE') {
    return new DebriefError(
      'invalid_input',
      `a record with this id already exists (${String((error as DriverError).message)})`,
    );
  }
  // Text PostgreSQL cannot store or parse (a NUL in an id from a URL, half a surrogate pair in JSON): the input's
  // fault, whatever door it came through.
  if (code === '22021' || code === '22P05' || code === '22P02' || code === '22P04') {
    return new DebriefError(
      'invalid_input',
      `the database cannot store this text: ${String((error as DriverError).message)}; remove NUL (U+0000) and unpaired surrogate characters`,
    );
  }
  if (isStatementTimeout(error)) {
    return new DebriefError(
      'unavailable',
      `PostgreSQL at ${where} did not finish in time (${String((error as DriverError).message)}); try again shortly`,
    );
  }
  if (isConnectionError(error)) {
    const reason = (error as DriverError).code ?? (error as Error).message;
    return new DebriefError('unavailable', `cannot reach PostgreSQL at ${where} (${String(reason)})`);
  }
  return error;
}
