import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { DebriefError } from '../domain/index.js';
import { isConnectionError, mapDatabaseError } from './database-errors.js';
import { testPostgresAdminUrl } from './test-support/postgres.js';

describe('database errors a user can act on', () => {
  it("takes pg-pool's wait for a pooled connection running out as unavailable, not an internal error", async () => {
    // Every connection of a one-connection pool is taken: the next request waits, then gives up as pg-pool says.
    const pool = new pg.Pool({ connectionString: testPostgresAdminUrl, max: 1, connectionTimeoutMillis: 50 });
    const held = await pool.connect();
    try {
      const waited = await pool.connect().then(
        (client) => {
          client.release();
          return undefined;
        },
        (error: unknown) => error,
      );
      expect(waited).toBeInstanceOf(Error);
      expect(isConnectionError(waited)).toBe(true);
      const mapped = mapDatabaseError(waited, '127.0.0.1:5432');
      expect(mapped).toBeInstanceOf(DebriefError);
      expect(mapped).toMatchObject({ code: 'unavailable' });
      expect((mapped as Error).message).toMatch(
        /^cannot reach PostgreSQL at 127\.0\.0\.1:5432 \(timeout exceeded/,
      );
    } finally {
      held.release();
      await pool.end();
    }
  });

  it('leaves an error that is not the database’s alone', () => {
    const plain = new Error('timeout of the user’s own making');
    expect(isConnectionError(plain)).toBe(false);
    expect(mapDatabaseError(plain, 'x')).toBe(plain);
  });
});
