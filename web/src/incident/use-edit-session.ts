import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { clearDraft, isDirty, readDraft, type SavedDraft, writeDraft } from '../lib/draft-store.js';
import {
  changedFields,
  type FormValues,
  mergeValues,
  settleValues,
  type ValuesMerge,
} from '../lib/merge-values.js';
import type { ConflictChoice } from '../lib/three-way-merge.js';
import { useIncident } from './incident-context.js';
import { type EditState, type SaveOutcome, type StoredValues, saveWithMerge } from './save-with-merge.js';

export type { StoredValues } from './save-with-merge.js';

export interface EditSessionOptions<V extends FormValues> {
  /** Where the unsaved draft is kept (see draftKey). */
  draftKey: string;
  /** The record as stored now; undefined when it is gone. */
  stored: StoredValues<V> | undefined;
  /** Fields merged line by line and word by word; others are taken whole. */
  textFields: ReadonlyArray<keyof V & string>;
  /** Writes the values against `version`, the one the author started from; a stale one gets a 409. */
  write: (values: V, version: number) => Promise<unknown>;
  /** The form values of the record a 409 returns as `current`. */
  fromCurrent: (current: unknown) => StoredValues<V> | undefined;
  /** The status after a save. */
  done?: string;
  /** Always editing (live notes): starts at once, and stays open after a save. */
  alwaysOpen?: boolean;
}

type Session<V extends FormValues> = EditState<V>;

/** Thrown inside a save when the edits overlap: the page shows the message, the section asks what to keep. */
class OverlapError extends Error {}

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * One author's edit of a record, safe against others' saves: the form keeps what the author typed when the
 * record changes underneath (live updates); saving sends the version the author started from; a 409 is merged
 * three ways with the author's start as base and saved again when nothing overlaps, otherwise the author is asked.
 * The draft is kept in sessionStorage per incident and field, so leaving the tab or the page loses nothing.
 */
export function useEditSession<V extends FormValues>(options: EditSessionOptions<V>) {
  const { save, reload } = useIncident();
  const { draftKey, stored, textFields, alwaysOpen = false } = options;
  const latest = useRef(options);
  latest.current = options;
  const [session, setSession] = useState<Session<V> | undefined>(() => {
    if (!alwaysOpen || !stored) return undefined;
    const kept = readStored<V>(draftKey);
    return kept ?? { base: stored.values, baseVersion: stored.version, draft: stored.values };
  });
  const [restored, setRestored] = useState(() => alwaysOpen && readStored<V>(draftKey) !== undefined);
  const [offered, setOffered] = useState<SavedDraft<V> | undefined>(() =>
    alwaysOpen ? undefined : readStoredDraft<V>(draftKey),
  );
  // The state the author chose to settle against after a 409: their start, and the record as it was then.
  const [clash, setClash] = useState<{ base: V; theirs: StoredValues<V> }>();

  const dirty = session !== undefined && isDirty(session.base, session.draft);

  // An untouched editor follows the stored record; a touched one keeps the author's text and start.
  useEffect(() => {
    if (!session || !stored || dirty || clash) return;
    // Versions only grow: an older answer (a reload racing a save) never takes an editor back.
    if (stored.version <= session.baseVersion) return;
    setSession({ base: stored.values, baseVersion: stored.version, draft: stored.values });
  }, [session, stored, dirty, clash]);

  useEffect(() => {
    const kept = storage();
    if (!kept) return;
    if (session && dirty) {
      writeDraft(kept, draftKey, { ...session, savedAt: new Date().toISOString() });
    } else if (session) {
      clearDraft(kept, draftKey);
    }
  }, [session, dirty, draftKey]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const start = useCallback(() => {
    const now = latest.current.stored;
    setClash(undefined);
    setOffered(undefined);
    // Editing with a kept draft goes on from the draft: its text is never thrown away by opening the editor.
    if (offered) setSession({ base: offered.base, baseVersion: offered.baseVersion, draft: offered.draft });
    else if (now) setSession({ base: now.values, baseVersion: now.version, draft: now.values });
  }, [offered]);

  const close = useCallback((saved?: StoredValues<V>) => {
    const kept = storage();
    if (kept) clearDraft(kept, latest.current.draftKey);
    setClash(undefined);
    setOffered(undefined);
    setRestored(false);
    const now = saved ?? latest.current.stored;
    if (latest.current.alwaysOpen && now) {
      setSession({ base: now.values, baseVersion: now.version, draft: now.values });
    } else {
      setSession(undefined);
    }
  }, []);

  const setValues = useCallback((draft: V) => {
    setSession((current) => (current ? { ...current, draft } : current));
  }, []);

  // What others changed since the author's start, shown beside the open editor.
  const changedMeanwhile = useMemo(() => {
    if (!session || !stored || stored.version === session.baseVersion) return [];
    return changedFields(session.base, stored.values);
  }, [session, stored]);

  const overlap: ValuesMerge<V> | undefined = useMemo(() => {
    if (!session || !clash) return undefined;
    const merge = mergeValues(clash.base, session.draft, clash.theirs.values, textFields);
    return merge.conflicts.length > 0 ? merge : undefined;
  }, [session, clash, textFields]);

  /** Merges the draft with the record as stored now; overlaps are left for the author to settle. */
  const mergeNow = useCallback(() => {
    const theirs = latest.current.stored;
    if (!session || !theirs) return;
    const merge = mergeValues(session.base, session.draft, theirs.values, latest.current.textFields);
    if (merge.conflicts.length > 0) setClash({ base: session.base, theirs });
    else setSession({ base: theirs.values, baseVersion: theirs.version, draft: merge.values });
  }, [session]);

  const settle = useCallback(
    (choice: ConflictChoice) => {
      if (!overlap || !clash) return;
      setSession({
        base: clash.theirs.values,
        baseVersion: clash.theirs.version,
        draft: settleValues(overlap, choice),
      });
      setClash(undefined);
    },
    [overlap, clash],
  );

  const submit = useCallback(async () => {
    if (!session || clash) return false;
    let outcome: SaveOutcome<V> | undefined;
    const ok = await save(
      async () => {
        outcome = await saveWithMerge(session, latest.current);
        if (outcome.kind === 'overlap') {
          setSession(outcome.edit);
          setClash({ base: outcome.edit.base, theirs: outcome.theirs });
          // The page shows the record as it is now (one's own other tab or token gets no live update).
          await reload();
          throw new OverlapError(
            'Someone else changed this since you opened it, in the same place as you. Nothing is saved yet: choose what to keep below, then save.',
          );
        }
        return outcome;
      },
      (saved) =>
        saved.kind === 'saved' && saved.merged
          ? 'Saved, with the changes someone else made meanwhile merged in.'
          : (latest.current.done ?? 'Saved.'),
    );
    if (ok && outcome?.kind === 'saved') close(latest.current.fromCurrent(outcome.answer));
    return ok;
  }, [session, clash, save, reload, close]);

  return {
    editing: session !== undefined,
    values: session?.draft,
    /** What the author started from. */
    base: session?.base,
    dirty,
    setValues,
    start,
    cancel: () => close(),
    submit,
    /** Fields someone else changed since the author opened the editor. */
    changedMeanwhile,
    stored,
    mergeNow,
    /** Overlapping edits waiting for the author's choice. */
    overlap,
    settle,
    /** A draft kept from before (another tab of the page, a reload), offered back. */
    offered,
    resume: start,
    discard: () => close(),
    /** The always-open editor came back with a kept draft. */
    restored,
  };
}

function readStoredDraft<V extends FormValues>(key: string): SavedDraft<V> | undefined {
  const kept = storage();
  return kept ? readDraft<V>(kept, key) : undefined;
}

function readStored<V extends FormValues>(key: string): Session<V> | undefined {
  const draft = readStoredDraft<V>(key);
  return draft ? { base: draft.base, baseVersion: draft.baseVersion, draft: draft.draft } : undefined;
}

/** What useEditSession returns, for the components that show it. */
export type EditSession<V extends FormValues> = ReturnType<typeof useEditSession<V>>;
