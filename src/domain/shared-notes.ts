import * as Y from 'yjs';
import { limits } from './limits.js';

/**
 * A review's live notes as several people type them at once: a Yjs document holding one text, edited in every
 * browser and merged without losing a character whatever order the edits arrive in. Its edits ("updates") travel
 * base64-encoded; each insert carries who typed it and when (`author`, `at`), so every line keeps its author.
 */
export const notesTextName = 'notes';

/** Who typed a run of the notes, and when (ISO instant). */
export interface NotesMark {
  author: string;
  at: string;
}

/** A line of the shared notes with who began it and when (unknown for text from before the notes were shared). */
export interface AuthoredLine {
  text: string;
  author?: string;
  at?: string;
}

export function encodeUpdate(update: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < update.length; i += 0x8000) {
    binary += String.fromCharCode(...update.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function decodeUpdate(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A document holding the given updates (base64), in any order. Throws on bytes that are not a Yjs update. */
export function notesDoc(updates: readonly string[]): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, decodeUpdate(update));
  });
  return doc;
}

export const notesText = (doc: Y.Doc): Y.Text => doc.getText(notesTextName);

/** Whether two texts of the notes say the same once stored (trimmed, with \n line ends). */
export function sameNotesText(a: string, b: string): boolean {
  const normal = (text: string) => text.replace(/\r\n?/g, '\n').trim();
  return normal(a) === normal(b);
}

/**
 * Turns the document's text into `next` with the smallest edit found by comparing both ends: text typed in the
 * middle is one insert, so what others typed before and after it stays theirs. `caret`, where the editor's caret
 * stands after the edit, says which of several equal edits was made: a line break typed just before someone else's
 * line break is inserted there, not after theirs, so two people starting a line at once each keep their own line.
 */
export function editNotes(text: Y.Text, next: string, mark: NotesMark, caret?: number): void {
  const before = text.toString();
  if (before === next) return;
  const shorter = Math.min(before.length, next.length);
  let start = 0;
  let end = 0;
  if (caret === undefined) {
    while (start < shorter && before[start] === next[start]) start++;
    while (end < shorter - start && before[before.length - 1 - end] === next[next.length - 1 - end]) end++;
  } else {
    // What was typed or deleted ends at the caret: only text after it can be the unchanged end.
    const endLimit = Math.max(0, Math.min(shorter, next.length - caret));
    while (end < endLimit && before[before.length - 1 - end] === next[next.length - 1 - end]) end++;
    while (start < shorter - end && before[start] === next[start]) start++;
  }
  const removed = before.length - start - end;
  const inserted = next.slice(start, next.length - end);
  const apply = () => {
    if (removed > 0) text.delete(start, removed);
    if (inserted !== '') text.insert(start, inserted, { ...mark });
  };
  if (text.doc) text.doc.transact(apply);
  else apply();
}

/**
 * The update (base64) that turns the notes held by `updates` into `next`, written as `mark.author`; undefined when
 * they already say the same. Used for notes written outside the shared editor (the CLI, a PATCH of the review),
 * so they join what is being typed instead of replacing it.
 */
export function notesEditUpdate(
  updates: readonly string[],
  next: string,
  mark: NotesMark,
): string | undefined {
  const doc = notesDoc(updates);
  if (notesText(doc).toString() === next) return undefined;
  const before = Y.encodeStateVector(doc);
  editNotes(notesText(doc), next, mark);
  return encodeUpdate(Y.encodeStateAsUpdate(doc, before));
}

/** All the updates as one (base64): what the store keeps once a review's edits pile up. */
export function mergeNotesUpdates(updates: readonly string[]): string {
  return encodeUpdate(Y.mergeUpdates(updates.map(decodeUpdate)));
}

/** How long the notes may grow: as long as any prose field of a review. */
export const maxNotesChars = limits.prose;

/** What a stored update may hold: a whole meeting's notes, with room for the marks each insert carries. */
export const maxNotesUpdateBytes = limits.prose * 8;

/**
 * The notes' lines, each with the author and time of its first character that has them (who began the line).
 * A line break belongs to the line it ends.
 */
export function authoredLines(text: Y.Text): AuthoredLine[] {
  const lines: AuthoredLine[] = [{ text: '' }];
  for (const run of text.toDelta() as Array<{ insert: string; attributes?: Partial<NotesMark> }>) {
    const parts = run.insert.split('\n');
    parts.forEach((part, index) => {
      if (index > 0) lines.push({ text: '' });
      const line = lines[lines.length - 1] as AuthoredLine;
      if (part.trim() !== '' && line.author === undefined && run.attributes?.author) {
        line.author = run.attributes.author;
        if (run.attributes.at) line.at = run.attributes.at;
      }
      line.text += part;
    });
  }
  return lines;
}
