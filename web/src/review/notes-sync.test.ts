import { describe, expect, it } from 'vitest';
import { notesDoc, notesText } from '../../../src/domain/shared-notes.js';
import { type NotesRead, type NotesStatus, NotesSync, type NotesTransport } from './notes-sync.js';

/** A server in memory: numbered edits, a switch to fail sends, and a limit to refuse them. */
function server() {
  const updates: { seq: number; update: string }[] = [];
  const state = { failing: false, limit: Number.POSITIVE_INFINITY };
  const transport = (author: string): NotesTransport => ({
    async read(after): Promise<NotesRead> {
      return { updates: updates.filter((u) => u.seq > after), seq: updates.length, author, canWrite: true };
    },
    async write(update) {
      if (state.failing) throw Object.assign(new Error('The server cannot be reached'), { status: 0 });
      const text = notesText(notesDoc([...updates.map((u) => u.update), update])).toString();
      if (text.length > state.limit) throw Object.assign(new Error('too long'), { status: 400 });
      updates.push({ seq: updates.length + 1, update });
      return { seq: updates.length };
    },
  });
  const text = () => notesText(notesDoc(updates.map((u) => u.update))).toString();
  return { transport, state, text };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

function open(s: ReturnType<typeof server>, author: string) {
  const statuses: NotesStatus[] = [];
  const sync = new NotesSync(
    s.transport(author),
    { text: () => {}, status: (st) => statuses.push(st) },
    () => 1,
  );
  return { sync, statuses };
}

describe('one browser’s copy of the live notes', () => {
  it('merges what two people type at once, and both end with the same text', async () => {
    const s = server();
    const a = open(s, 'Sam');
    const b = open(s, 'Kim');
    await Promise.all([a.sync.pull(), b.sync.pull()]);
    a.sync.edit('Sam line');
    b.sync.edit('Kim line');
    a.sync.edit('Sam line, more');
    await settle();
    await Promise.all([a.sync.pull(), b.sync.pull()]);
    expect(a.sync.text).toBe(b.sync.text);
    expect(a.sync.text).toContain('Sam line, more');
    expect(a.sync.text).toContain('Kim line');
    expect(s.text()).toBe(a.sync.text);
  });

  it('keeps what was typed while the server was unreachable, and sends it once it is back', async () => {
    const s = server();
    const a = open(s, 'Sam');
    await a.sync.pull();
    s.state.failing = true;
    a.sync.edit('typed offline');
    a.sync.edit('typed offline, still');
    await settle();
    expect(a.statuses.at(-1)?.state).toBe('retrying');
    expect(s.text()).toBe('');
    s.state.failing = false;
    await settle();
    expect(s.text()).toBe('typed offline, still');
    expect(a.statuses.at(-1)?.state).toBe('saved');
  });

  it('takes back an edit the server refuses, says so, and shows what everyone else sees', async () => {
    const s = server();
    s.state.limit = 10;
    const a = open(s, 'Sam');
    await a.sync.pull();
    a.sync.edit('short');
    await settle();
    a.sync.edit('short and far too long');
    await settle();
    expect(a.statuses.some((st) => st.state === 'refused')).toBe(true);
    expect(a.sync.text).toBe('short');
    expect(s.text()).toBe('short');
  });

  it('keeps a caret between the same characters when others type before and after it in one read', async () => {
    const s = server();
    const a = open(s, 'Ann');
    await a.sync.pull();
    a.sync.edit('Fay:\nSid:\nAnn:');
    await settle();
    let carets: number[] = [];
    const sid = new NotesSync(
      s.transport('Sid'),
      { text: (_text, moved) => (carets = moved), status: () => {}, carets: () => [9, 9] },
      () => 1,
    );
    await sid.pull();
    // Two edits (each a keystroke run of its own), before and after Sid's caret, read together.
    a.sync.edit('Fay: the pool\nSid:\nAnn:');
    a.sync.edit('Fay: the pool\nSid:\nAnn: the runbook');
    await settle();
    await sid.pull();
    expect(sid.text).toBe('Fay: the pool\nSid:\nAnn: the runbook');
    expect(carets).toEqual([18, 18]);
    expect(sid.text.slice(0, carets[0])).toBe('Fay: the pool\nSid:');
  });
});
