import { z } from 'zod';
import { incidentDocumentSchema, invalidInput, parseWith, printableText } from '../domain/index.js';
import type { BackupBundle, Backups } from './backups.js';
import { insertDocument, readDocument } from './document-rows.js';
import { kyselyAuditLog, writeAudit } from './kysely-audit-log.js';
import { nowIso } from './record-helpers.js';
import type { WriteContext } from './store.js';
import type { StoreDatabase } from './store-database.js';

const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.enum(['create', 'update', 'delete']),
  entity: z.string(),
  entityId: z.string(),
  incidentId: z.string().nullable(),
  changes: z.unknown(),
});

/** The shape a backup file must have; documents are checked with the same rules as an import. */
export const backupBundleSchema = z.object({
  format: z.literal('debrief-backup', {
    error: 'expected "debrief-backup" (is this a debrief backup file?)',
  }),
  formatVersion: z.literal(1, { error: 'expected 1, the only backup format this version reads' }),
  createdAt: z.string(),
  incidents: z.array(
    z.object({ document: incidentDocumentSchema, createdAt: z.string(), updatedAt: z.string() }),
  ),
  audit: z.array(auditEntrySchema),
});

/** The backups port on the store's database. */
export function kyselyBackups(db: StoreDatabase): Backups {
  return { backup: () => backup(db), restore: (bundle, ctx) => restore(db, bundle, ctx) };
}

/** A snapshot of every incident with its children and the whole audit log, oldest first. */
function backup(db: StoreDatabase): Promise<BackupBundle> {
  return db.snapshot(async (k) => {
    const rows = await k
      .selectFrom('incidents')
      .select(['id', 'created_at', 'updated_at'])
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const incidents: BackupBundle['incidents'] = [];
    for (const row of rows) {
      incidents.push({
        document: await readDocument(k, row.id),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      });
    }
    const audit = (await kyselyAuditLog({ ...db, read: (work) => work(k) }).list()).reverse();
    return { format: 'debrief-backup', formatVersion: 1, createdAt: nowIso(), incidents, audit };
  });
}

/** Every string in a parsed JSON value made printable (`printableText`). */
function printableStrings(value: unknown): unknown {
  if (typeof value === 'string') return printableText(value);
  if (Array.isArray(value)) return value.map(printableStrings);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, printableStrings(item)]));
  }
  return value;
}

/**
 * Restores a bundle into an empty database in one transaction. Versions start again at 1; the audit log keeps
 * its entries (renumbered in their order) and gains one entry per restored incident.
 */
async function restore(db: StoreDatabase, input: unknown, ctx: WriteContext): Promise<{ incidents: number }> {
  // A backup taken before text fields refused control characters may hold some: restored with U+FFFD in their
  // place rather than not at all.
  const bundle = parseWith(backupBundleSchema, printableStrings(input), 'backup');
  const now = nowIso();
  return db.write(async (tx) => {
    const present = await tx
      .selectFrom('incidents')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const logged = await tx
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(present.n) > 0 || Number(logged.n) > 0) {
      throw invalidInput(
        `the database is not empty (${Number(present.n)} incidents, ${Number(logged.n)} audit entries); restore only into an empty database`,
      );
    }
    for (const entry of bundle.incidents) {
      await insertDocument(tx, entry.document, ctx, {
        now,
        createdAt: entry.createdAt,
        updatedAt: entry.updatedAt,
        audit: false,
        // A backup is restored as it was: no closing day is made up for actions closed before days were kept.
        settle: false,
      });
    }
    const history = [...bundle.audit].sort((a, b) => a.id - b.id);
    await writeAudit(tx, history, { announce: false });
    await writeAudit(
      tx,
      bundle.incidents.map((entry) => ({
        at: now,
        actor: ctx.actor,
        action: 'create' as const,
        entity: 'incident',
        entityId: entry.document.id,
        incidentId: entry.document.id,
        changes: { restoredFrom: `backup of ${bundle.createdAt}` },
      })),
    );
    return { incidents: bundle.incidents.length };
  });
}
