import type { FormValues } from './merge-values.js';

/** An unsaved edit kept for the tab: what the author started from (values and version) and what they typed. */
export interface SavedDraft<V extends FormValues = FormValues> {
  base: V;
  baseVersion: number;
  draft: V;
  savedAt: string;
}

/** The storage a draft lives in: `sessionStorage` in the app, a map in tests. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Where the draft of one field or record of an incident is kept (`summary`, `event:EV-1`, `notes:RV-1`). */
export function draftKey(incidentId: string, field: string): string {
  return `debrief:draft:${incidentId}:${field}`;
}

function isValues(value: unknown): value is FormValues {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((item) => typeof item === 'string' || typeof item === 'boolean')
  );
}

/** The draft kept under `key`, or undefined when there is none or it cannot be read (another shape, a full disk). */
export function readDraft<V extends FormValues>(
  storage: DraftStorage,
  key: string,
): SavedDraft<V> | undefined {
  try {
    const raw = storage.getItem(key);
    if (raw === null) return undefined;
    const parsed = JSON.parse(raw) as Partial<SavedDraft>;
    if (!isValues(parsed.base) || !isValues(parsed.draft) || typeof parsed.baseVersion !== 'number') {
      return undefined;
    }
    return {
      base: parsed.base as V,
      baseVersion: parsed.baseVersion,
      draft: parsed.draft as V,
      savedAt: typeof parsed.savedAt === 'string' ? parsed.savedAt : '',
    };
  } catch {
    return undefined;
  }
}

/** Keeps a draft; a storage that refuses (private mode, quota) only loses the safety net, not the edit. */
export function writeDraft(storage: DraftStorage, key: string, draft: SavedDraft): void {
  try {
    storage.setItem(key, JSON.stringify(draft));
  } catch {
    // The editor still holds the text; only the copy for after navigation is missing.
  }
}

/** Forgets the draft under `key` (saved, cancelled or discarded). */
export function clearDraft(storage: DraftStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** Whether the typed values differ from what the author started from. */
export function isDirty(base: FormValues, draft: FormValues): boolean {
  return Object.keys(draft).some((field) => draft[field] !== base[field]);
}

/** The ids of the records of one kind (`event`, `factor`, `action`) with a kept draft for an incident. */
export function keptDraftIds(
  storage: Pick<Storage, 'length' | 'key'>,
  incidentId: string,
  kind: string,
): string[] {
  const prefix = draftKey(incidentId, `${kind}:`);
  const ids: string[] = [];
  try {
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (key?.startsWith(prefix)) ids.push(key.slice(prefix.length));
    }
  } catch {
    // A storage that cannot be read keeps no drafts.
  }
  return ids;
}
