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

  it('keeps two lines apart when two people start a line at the end a moment apart (the caret says where)', () => {
    const base = new Y.Doc();
    editNotes(notesText(base), 'Agreed: page the DBA', { author: 'Sam', at: 'x' });
    const a = notesDoc([state(base)]);
    const b = notesDoc([state(base)]);
    const sync = (from: Y.Doc, to: Y.Doc) =>
      Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
    const end = 'Agreed: page the DBA'.length;
    // A presses Enter at the end; B sees it arrive with the caret still after "DBA", then presses Enter there.
    editNotes(notesText(a), 'Agreed: page the DBA\n', { author: 'Ama', at: 'x' }, end + 1);
    sync(a, b);
    editNotes(notesText(b), 'Agreed: page the DBA\n\n', { author: 'Bo', at: 'x' }, end + 1);
    // Each caret stays after its own line break while the other's edit arrives.
    const caretA = Y.createRelativePositionFromTypeIndex(notesText(a), end + 1, -1);
    sync(b, a);
    const atA = Y.createAbsolutePositionFromRelativePosition(caretA, a)?.index as number;
    const atB = end + 1;
    // Both type at once.
    const typeAt = (doc: Y.Doc, at: number, words: string, author: string) => {
      const text = notesText(doc).toString();
      editNotes(
        notesText(doc),
        text.slice(0, at) + words + text.slice(at),
        { author, at: 'x' },
        at + words.length,
      );
    };
    typeAt(a, atA, 'Ama: alerts went to an old rota', 'Ama');
    typeAt(b, atB, 'Bo: retries had no backoff', 'Bo');
    sync(a, b);
    sync(b, a);
    expect(notesText(a).toString()).toBe(notesText(b).toString());
    expect(authoredLines(notesText(a)).map((line) => [line.text, line.author])).toEqual([
      ['Agreed: page the DBA', 'Sam'],
      ['Bo: retries had no backoff', 'Bo'],
      ['Ama: alerts went to an old rota', 'Ama'],
    ]);
  });

  it('compares notes as stored: outer spaces and line endings aside', () => {
    expect(sameNotesText('[14:02] a\r\n[14:03] ', '[14:02] a\n[14:03]')).toBe(true);
    expect(sameNotesText('a', 'b')).toBe(false);
  });
});
