import { idPrefixes, isDebriefError, type MomentName, notFound } from '../domain/index.js';
import type { Store, WriteContext } from '../store/index.js';
import { deleteRecord, type RecordKind, recordKinds, recordSpecs } from './records.js';

/** What an id names: an incident or one of its records, with a line that says which. */
export interface Named {
  kind: 'incident' | RecordKind;
  id: string;
  version: number;
  /** `incident INC-… "Checkout failures"`, `action ACT-… "Add a canary"`. */
  label: string;
}

const kindByPrefix: Record<string, 'incident' | RecordKind> = {
  [idPrefixes.incident]: 'incident',
  [idPrefixes.event]: 'events',
  [idPrefixes.factor]: 'factors',
  [idPrefixes.action]: 'actions',
  [idPrefixes.review]: 'reviews',
};

async function lookUp(store: Store, kind: 'incident' | RecordKind, id: string): Promise<Named | undefined> {
  try {
    if (kind === 'incident') {
      const incident = await store.incidents.get(id);
      return { kind, id, version: incident.version, label: `incident ${id} "${incident.title}"` };
    }
    const record = (await recordSpecs[kind].repo(store).get(id)) as unknown as {
      version: number;
      title?: string;
      summary?: string;
      scheduledAt?: string;
    };
    const what = recordSpecs[kind].what;
    const text = record.title ?? record.summary ?? record.scheduledAt ?? '';
    return { kind, id, version: record.version, label: `${what} ${id} "${text.slice(0, 80)}"` };
  } catch (error) {
    if (isDebriefError(error) && error.code === 'not_found') return undefined;
    throw error;
  }
}

/** Finds what an id names: by its prefix (INC-, EVT-, FAC-, ACT-, REV-), else by trying each kind in turn. */
export async function findById(store: Store, id: string): Promise<Named> {
  const byPrefix = kindByPrefix[id.split('-')[0] ?? ''];
  const kinds = byPrefix ? [byPrefix] : (['incident', ...recordKinds] as const);
  for (const kind of kinds) {
    const found = await lookUp(store, kind, id);
    if (found) return found;
  }
  const what =
    byPrefix === undefined
      ? 'incident or record'
      : byPrefix === 'incident'
        ? 'incident'
        : recordSpecs[byPrefix].what;
  throw notFound(what, id);
}

/**
 * Deletes what an id names at the version just read (an incident with all its records). A timeline event takes
 * the key moments founded on it along (`deleteRecord`); their names are returned.
 */
export async function deleteById(
  store: Store,
  found: Named,
  ctx: WriteContext,
): Promise<{ clearedMoments: MomentName[] }> {
  if (found.kind !== 'incident') return deleteRecord(store, found.kind, found.id, found.version, ctx);
  await store.incidents.delete(found.id, found.version, ctx);
  return { clearedMoments: [] };
}
