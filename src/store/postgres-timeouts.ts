import { invalidInput } from '../domain/index.js';

/** How long PostgreSQL work may take before the caller gets `unavailable` (a 503 on the server). */
export interface PostgresTimeouts {
  /** The server cancels a statement running longer (`statement_timeout`, ms). */
  statementMs: number;
  /**
   * The client gives up on an answer that has not come (`query_timeout`, ms): a network stall, where the server's
   * own timeout cannot reach us. A little over the statement timeout, so the server's clearer error wins when it can.
   */
  queryMs: number;
  /** Connecting, including waiting for a free pooled connection (`connect_timeout`, given in seconds as libpq does). */
  connectMs: number;
  /** The server ends a session left idle inside a transaction, releasing its locks (ms). */
  idleInTransactionMs: number;
}

/**
 * The defaults: a web request's statements take milliseconds, so five seconds is a stall, answered with 503 and
 * Retry-After rather than a hanging request. Raise them in the URL for slow work on a large database.
 */
export const defaultPostgresTimeouts: PostgresTimeouts = {
  statementMs: 5_000,
  queryMs: 7_000,
  connectMs: 5_000,
  idleInTransactionMs: 30_000,
};

const parameters = {
  statement_timeout: { key: 'statementMs', unit: 1 },
  query_timeout: { key: 'queryMs', unit: 1 },
  connect_timeout: { key: 'connectMs', unit: 1_000 },
  idle_in_transaction_session_timeout: { key: 'idleInTransactionMs', unit: 1 },
} as const;

/**
 * The timeouts a `postgres://` URL asks for (`?statement_timeout=10000&query_timeout=12000&connect_timeout=3`),
 * the defaults for the rest. 0 turns one off, as in PostgreSQL. A value that is not a whole number is refused,
 * naming the parameter. A statement timeout raised alone raises the query timeout with it.
 */
export function postgresTimeouts(url: string): PostgresTimeouts {
  const out = { ...defaultPostgresTimeouts };
  let search: URLSearchParams;
  try {
    search = new URL(url).searchParams;
  } catch {
    return out;
  }
  for (const [name, { key, unit }] of Object.entries(parameters)) {
    const value = search.get(name);
    if (value === null) continue;
    if (!/^\d{1,9}$/.test(value)) {
      throw invalidInput(
        `database URL parameter ${name}=${JSON.stringify(value)} is not a whole number; expected ${unit === 1 ? 'milliseconds' : 'seconds'}, 0 for none`,
      );
    }
    out[key] = Number(value) * unit;
  }
  if (search.get('statement_timeout') !== null && search.get('query_timeout') === null) {
    out.queryMs = out.statementMs === 0 ? 0 : out.statementMs + 2_000;
  }
  return out;
}
