import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  authoredLines,
  decodeUpdate,
  editNotes,
  encodeUpdate,
  mergeNotesUpdates,
  notesDoc,
  notesEditUpdate,
  notesText,
  sameNotesText,
} from './shared-notes.js';

const state = (doc: Y.Doc) => encodeUpdate(Y.encodeStateAsUpdate(doc));

describe('the shared notes', () => {
  it('round-trips an update through base64, also one larger than a call stack can spread', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => i % 256);
    expect(decodeUpdate(encodeUpdate(bytes))).toEqual(bytes);
  });

  it('edits only what changed, so the rest keeps its author', () => {
    const doc = new Y.Doc();
    editNotes(notesText(doc), 'Sam: alert went nowhere\n', { author: 'Sam', at: '2026-03-06T15:01:00Z' });
    editNotes(notesText(doc), 'Sam: alert went nowhere\nKim: runbook helped\n', {
      author: 'Kim',
      at: '2026-03-06T15:02:00Z',
    });
    editNotes(notesText(doc), 'Sam: the alert went nowhere\nKim: runbook helped\n', {
      author: 'Kim',
      at: '2026-03-06T15:03:00Z',
    });
    const lines = authoredLines(notesText(doc));
    expect(lines.map((l) => [l.text, l.author, l.at])).toEqual([
      ['Sam: the alert went nowhere', 'Sam', '2026-03-06T15:01:00Z'],
      ['Kim: runbook helped', 'Kim', '2026-03-06T15:02:00Z'],
      ['', undefined, undefined],
    ]);
  });

  it('merges two copies edited apart, in either order, to the same text', () => {
    const base = new Y.Doc();
    editNotes(notesText(base), 'one\n', { author: 'A', at: 'x' });
    const a = notesDoc([state(base)]);
    const b = notesDoc([state(base)]);
    editNotes(notesText(a), 'one\ntwo\n', { author: 'A', at: 'x' });
    editNotes(notesText(b), 'zero\none\n', { author: 'B', at: 'x' });
    const ab = notesDoc([state(a), state(b)]);
    const ba = notesDoc([state(b), state(a)]);
    expect(notesText(ab).toString()).toBe('zero\none\ntwo\n');
    expect(notesText(ba).toString()).toBe(notesText(ab).toString());
    expect(notesText(notesDoc([mergeNotesUpdates([state(a), state(b)])])).toString()).toBe(
      'zero\none\ntwo\n',
    );
  });

  it('turns notes written elsewhere into an edit of the shared text, or none when they say the same', () => {
    const base = new Y.Doc();
    editNotes(notesText(base), 'typed here', { author: 'A', at: 'x' });
    const update = notesEditUpdate([state(base)], 'typed here\nfrom the CLI', { author: 'cli', at: 'y' });
    expect(update).toBeDefined();
    expect(notesText(notesDoc([state(base), update as string])).toString()).toBe('typed here\nfrom the CLI');
    expect(notesEditUpdate([state(base)], 'typed here', { author: 'cli', at: 'y' })).toBeUndefined();
  });

  it('compares notes as stored: outer spaces and line endings aside', () => {
    expect(sameNotesText('[14:02] a\r\n[14:03] ', '[14:02] a\n[14:03]')).toBe(true);
    expect(sameNotesText('a', 'b')).toBe(false);
  });
});
