import { type ConflictChoice, mergeText, resolveText, type TextMerge } from './three-way-merge.js';

/** The values of an edit form: text, choices and checkboxes, by field name. */
export type FormValues = Record<string, string | boolean>;

/** A field both people changed: what each side holds now, and the text merge when it is a prose field. */
export interface FieldConflict {
  field: string;
  ours: string | boolean;
  theirs: string | boolean;
  text?: TextMerge;
}

/** A merge of two edits of a form: every field settled, or settled except `conflicts`. */
export interface ValuesMerge<V extends FormValues> {
  /** The merge with each conflict settled as mine, for showing while the author decides. */
  values: V;
  conflicts: FieldConflict[];
}

/**
 * Three-way merge of form values. A field only one side changed takes that change; prose fields (`textFields`)
 * changed on both sides are merged line by line and word by word; any other field changed on both sides to
 * different values is a conflict (merging a name or a date word by word would invent a value nobody typed).
 */
export function mergeValues<V extends FormValues>(
  base: V,
  ours: V,
  theirs: V,
  textFields: ReadonlyArray<keyof V & string>,
): ValuesMerge<V> {
  const values: FormValues = { ...ours };
  const conflicts: FieldConflict[] = [];
  for (const field of Object.keys(ours)) {
    const was = base[field];
    const mine = ours[field];
    const other = theirs[field];
    if (mine === undefined || other === undefined || mine === other || other === was) continue;
    if (mine === was) {
      values[field] = other;
      continue;
    }
    if (textFields.includes(field) && typeof mine === 'string' && typeof other === 'string') {
      const text = mergeText(typeof was === 'string' ? was : '', mine, other);
      if (text.conflicts === 0) values[field] = resolveText(text, 'ours');
      else conflicts.push({ field, ours: mine, theirs: other, text });
      continue;
    }
    conflicts.push({ field, ours: mine, theirs: other });
  }
  return { values: values as V, conflicts };
}

/** The merged values with every conflict settled one way; `both` keeps both texts, and mine for other fields. */
export function settleValues<V extends FormValues>(merge: ValuesMerge<V>, choice: ConflictChoice): V {
  const values: FormValues = { ...merge.values };
  for (const conflict of merge.conflicts) {
    if (conflict.text) values[conflict.field] = resolveText(conflict.text, choice);
    else values[conflict.field] = choice === 'theirs' ? conflict.theirs : conflict.ours;
  }
  return values as V;
}

/** The fields whose values differ between two versions, for saying what someone else changed. */
export function changedFields<V extends FormValues>(before: V, after: V): Array<keyof V & string> {
  return Object.keys(after).filter((field) => before[field] !== after[field]);
}
