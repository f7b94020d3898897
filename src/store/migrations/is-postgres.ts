import { type Kysely, PostgresAdapter } from 'kysely';

/** Whether a migration runs on PostgreSQL: the one place where the two dialects need different DDL. */
export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
