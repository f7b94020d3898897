import { describe, expect, it } from 'vitest';
import { defaultPostgresTimeouts, postgresTimeouts } from './postgres-timeouts.js';

describe('postgresTimeouts', () => {
  it('uses the defaults when the URL names none', () => {
    expect(postgresTimeouts('postgres://u@h/db')).toEqual(defaultPostgresTimeouts);
  });

  it('reads milliseconds, and connect_timeout in seconds as libpq does', () => {
    expect(
      postgresTimeouts('postgres://u@h/db?statement_timeout=20000&query_timeout=25000&connect_timeout=3'),
    ).toMatchObject({ statementMs: 20_000, queryMs: 25_000, connectMs: 3_000 });
  });

  it('raises the query timeout with a statement timeout given alone, and 0 turns both off', () => {
    expect(postgresTimeouts('postgres://u@h/db?statement_timeout=60000').queryMs).toBe(62_000);
    expect(postgresTimeouts('postgres://u@h/db?statement_timeout=0')).toMatchObject({
      statementMs: 0,
      queryMs: 0,
    });
  });

  it('refuses a value that is not a whole number, naming the parameter', () => {
    expect(() => postgresTimeouts('postgres://u@h/db?statement_timeout=5s')).toThrow(
      /statement_timeout="5s" is not a whole number; expected milliseconds/,
    );
    expect(() => postgresTimeouts('postgres://u@h/db?connect_timeout=-1')).toThrow(/expected seconds/);
  });
});
