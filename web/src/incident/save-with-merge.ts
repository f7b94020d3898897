import { isConflict } from '../api/api-error.js';
import { type FormValues, mergeValues } from '../lib/merge-values.js';

/** A record as stored, as an edit form's values, with its version. */
export interface StoredValues<V extends FormValues> {
  values: V;
  version: number;
}

/** An open edit: what the author started from (values and version) and what they typed. */
export interface EditState<V extends FormValues> {
  base: V;
  baseVersion: number;
  draft: V;
}

/** How to write a record and read the one a 409 returns. */
export interface MergingWriter<V extends FormValues> {
  /** Writes the values against `version`; a stale version must be refused with a 409. */
  write: (values: V, version: number) => Promise<unknown>;
  /** The form values of the record a 409 returns as `current`; undefined when it has none. */
  fromCurrent: (current: unknown) => StoredValues<V> | undefined;
  /** Fields merged line by line and word by word; others are taken whole. */
  textFields: ReadonlyArray<keyof V & string>;
}

/** Saved (perhaps after merging others' changes), or stopped at overlapping edits for the author to settle. */
export type SaveOutcome<V extends FormValues> =
  | { kind: 'saved'; answer: unknown; merged: boolean }
  | { kind: 'overlap'; edit: EditState<V>; theirs: StoredValues<V> };

/**
 * Saves an edit against the version the author started from. When the record changed meanwhile (409), merges
 * three ways with the author's start as base and the stored record as theirs, and saves the merge against the
 * stored version; up to `retries` times when it keeps moving. Edits that overlap are not saved: the outcome hands
 * them back. Errors other than a 409 with the current record are thrown.
 */
export async function saveWithMerge<V extends FormValues>(
  edit: EditState<V>,
  writer: MergingWriter<V>,
  retries = 3,
): Promise<SaveOutcome<V>> {
  let current = edit;
  for (let attempt = 0; ; attempt++) {
    try {
      const answer = await writer.write(current.draft, current.baseVersion);
      return { kind: 'saved', answer, merged: current !== edit };
    } catch (caught) {
      if (!isConflict(caught) || attempt >= retries) throw caught;
      const theirs = writer.fromCurrent(caught.current);
      if (!theirs) throw caught;
      const merge = mergeValues(current.base, current.draft, theirs.values, writer.textFields);
      if (merge.conflicts.length > 0) return { kind: 'overlap', edit: current, theirs };
      current = { base: theirs.values, baseVersion: theirs.version, draft: merge.values };
    }
  }
}
