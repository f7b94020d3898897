import { Migrator } from 'kysely';
import type { FactorFields, FactorInput, ReviewFields, ReviewInput } from '../domain/index.js';
import { DebriefError } from '../domain/index.js';
import { actionRepository } from './action-repository.js';
import { childRepository } from './child-repository.js';
import { factorSpec, reviewSpec } from './child-specs.js';
import { isSqliteBusy } from './database-errors.js';
import { documentRepository } from './document-repository.js';
import { incidentRepository } from './incident-repository.js';
import { insightRecords } from './insight-records.js';
import { migrations } from './migrations/index.js';
import { searchRepository } from './search-repository.js';
import type { Store } from './store.js';
import type { OpenDatabase } from './store-database.js';
import { timelineRepository } from './timeline-repository.js';

/** Builds the records port on an open database; the same code serves SQLite and PostgreSQL. */
export function kyselyStore(db: OpenDatabase): Store {
  return {
    dialect: db.dialect,
    async migrate() {
      const migratorOn = (k: typeof db.kysely) =>
        new Migrator({
          db: k,
          provider: { getMigrations: async () => migrations },
          migrationTableName: 'debrief_migration',
          migrationLockTableName: 'debrief_migration_lock',
        });
      const migrator = migratorOn(db.kysely);
      // Reading first keeps every verb from taking the write lock when the schema is already current, so `list`
      // still works while another process is writing.
      const known = await db.read(() => migrator.getMigrations());
      if (known.every((migration) => migration.executedAt !== undefined)) return;
      // A migration may rebuild a large table (an index, a generated column): it runs without the timeouts that
      // keep requests short.
      const { error, results } = db.withoutTimeouts
        ? await db.withoutTimeouts((k) => migratorOn(k).migrateToLatest())
        : await db.read(() => migrator.migrateToLatest());
      if (error) {
        if (isSqliteBusy(error)) {
          throw new DebriefError(
            'unavailable',
            'database is busy: another process held its write lock too long',
          );
        }
        const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
        const reason = error instanceof Error ? error.message : String(error);
        throw new DebriefError('unavailable', `database migration ${failed} failed: ${reason}`);
      }
    },
    async ping() {
      await db.read((k) => k.selectNoFrom((eb) => eb.lit(1).as('one')).execute());
    },
    close: () => db.close(),
    incidents: incidentRepository(db),
    timeline: timelineRepository(db),
    factors: childRepository<FactorFields, FactorInput>(db, factorSpec),
    actions: actionRepository(db),
    reviews: childRepository<ReviewFields, ReviewInput>(db, reviewSpec),
    documents: documentRepository(db),
    search: searchRepository(db),
    insightRecords: insightRecords(db),
  };
}
