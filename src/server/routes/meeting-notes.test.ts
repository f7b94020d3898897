import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  authoredLines,
  decodeUpdate,
  editNotes,
  encodeUpdate,
  notesDoc,
  notesText,
} from '../../domain/shared-notes.js';
import { openSqlStore } from '../../store/index.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { dialects } from '../test-support/test-store.js';

/** A browser's copy of the notes: a document that types, and the edits it has not sent yet. */
function typist(name: string, updates: readonly string[] = []) {
  const doc = notesDoc(updates);
  const pending: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') pending.push(update);
  });
  return {
    doc,
    type(at: number, text: string) {
      notesText(doc).insert(at, text, { author: name, at: '2026-03-06T15:05:00.000Z' });
    },
    take(): string {
      const merged = encodeUpdate(Y.mergeUpdates(pending.splice(0)));
      return merged;
    },
    apply(updates: readonly { update: string }[]) {
      for (const { update } of updates) Y.applyUpdate(doc, decodeUpdate(update), 'remote');
    },
    text: () => notesText(doc).toString(),
  };
}

describe.each(dialects)('the live notes over the API on %s', (dialect) => {
  let t: TestServer;
  let base: string;
  let reviewPath: string;
  beforeAll(async () => {
    t = await startTestServer(dialect);
    const incident = (
      await t.asAdmin({
        method: 'POST',
        url: '/api/incidents',
        payload: {
          title: 'Queue backlog',
          severity: 'SEV3',
          participants: [{ name: 'ada', role: 'facilitator' }],
        },
      })
    ).json();
    const review = (
      await t.asAdmin({
        method: 'POST',
        url: `/api/incidents/${incident.id}/reviews`,
        payload: { scheduledAt: '2026-03-06T15:00:00Z', notes: 'Written before the meeting.' },
      })
    ).json();
    base = `/api/incidents/${incident.id}/reviews/${review.id}/notes`;
    reviewPath = `/api/reviews/${review.id}`;
  });
  afterAll(async () => t?.close());

  const read = async (after = 0) => (await t.as(t.editor, { url: `${base}?after=${after}` })).json();
  const send = (update: string, caller = t.editor) =>
    t.as(caller, { method: 'POST', url: base, payload: { update } });

  it('starts from notes written before, and merges two people typing at once without losing a character', async () => {
    const first = await read();
    expect(notesText(notesDoc(first.updates.map((u: { update: string }) => u.update))).toString()).toBe(
      'Written before the meeting.',
    );
    const sam = typist(
      'sam',
      first.updates.map((u: { update: string }) => u.update),
    );
    const kim = typist(
      'kim',
      first.updates.map((u: { update: string }) => u.update),
    );
    // Both type at the same place before either hears of the other.
    sam.type(sam.text().length, '\nSam: the alert went to the old channel');
    kim.type(kim.text().length, '\nKim: the runbook had the command');
    const [a, b] = await Promise.all([send(sam.take()), send(kim.take())]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const after = await read(first.seq);
    expect(after.updates.length).toBe(2);
    sam.apply(after.updates);
    kim.apply(after.updates);
    expect(sam.text()).toBe(kim.text());
    expect(sam.text()).toContain('Sam: the alert went to the old channel');
    expect(sam.text()).toContain('Kim: the runbook had the command');
    // The review's notes say the same, for reports and the CLI.
    expect((await t.as(t.editor, { url: reviewPath })).json().notes).toBe(sam.text());
    // Each line keeps who began it.
    const lines = authoredLines(notesText(sam.doc));
    expect(lines.find((l) => l.text.startsWith('Kim:'))?.author).toBe('kim');
    expect(lines.find((l) => l.text.startsWith('Sam:'))?.author).toBe('sam');
  });

  it('merges notes written elsewhere (a PATCH of the review) into what is being typed', async () => {
    const state = await read();
    const sam = typist(
      'sam',
      state.updates.map((u: { update: string }) => u.update),
    );
    const current = (await t.as(t.editor, { url: reviewPath })).json();
    const patched = await t.as(t.editor, {
      method: 'PATCH',
      url: reviewPath,
      payload: { version: current.version, notes: `${current.notes}\nFrom the CLI: page the DBA earlier` },
    });
    expect(patched.statusCode).toBe(200);
    // Sam types at the start, not having seen the PATCH.
    editNotes(notesText(sam.doc), `Agenda first.\n${sam.text()}`, {
      author: 'sam',
      at: '2026-03-06T15:06:00Z',
    });
    expect((await send(sam.take())).statusCode).toBe(200);
    const all = await read();
    const text = notesText(notesDoc(all.updates.map((u: { update: string }) => u.update))).toString();
    expect(text.startsWith('Agenda first.\n')).toBe(true);
    expect(text).toContain('From the CLI: page the DBA earlier');
    expect((await t.as(t.editor, { url: reviewPath })).json().notes).toBe(text);
  });

  it('keeps every edit when they pile up and are merged into one', async () => {
    const state = await read();
    const sam = typist(
      'sam',
      state.updates.map((u: { update: string }) => u.update),
    );
    for (let i = 0; i < 210; i++) {
      sam.type(sam.text().length, String(i % 10));
      expect((await send(sam.take())).statusCode).toBe(200);
    }
    const all = await read();
    expect(all.updates.length).toBeLessThan(20);
    const text = notesText(notesDoc(all.updates.map((u: { update: string }) => u.update))).toString();
    expect(text).toBe(sam.text());
    // A reader who had everything up to an edit before the merge still ends with the same text.
    const late = typist(
      'late',
      state.updates.map((u: { update: string }) => u.update),
    );
    late.apply((await read(state.seq)).updates);
    expect(late.text()).toBe(sam.text());
  });

  it('refuses a viewer, bytes that are no edit, and notes past their limit, changing nothing', async () => {
    const before = await read();
    const viewer = typist('vic');
    viewer.type(0, 'x');
    const refused = await send(viewer.take(), t.viewer);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/viewer/);
    const garbage = await send('bm90IGEgeWpzIHVwZGF0ZQ==');
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().error.message).toMatch(/not a Yjs update/);
    const big = typist(
      'big',
      before.updates.map((u: { update: string }) => u.update),
    );
    big.type(0, 'x'.repeat(100_001));
    const tooLong = await send(big.take());
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.message).toMatch(/at most 100000/);
    expect((await read()).seq).toBe(before.seq);
  });

  it('closes the notes with the review', async () => {
    const state = await read();
    const current = (await t.as(t.editor, { url: reviewPath })).json();
    await t.as(t.editor, {
      method: 'PATCH',
      url: reviewPath,
      payload: { version: current.version, endedAt: '2026-03-06T16:00:00Z' },
    });
    const sam = typist(
      'sam',
      state.updates.map((u: { update: string }) => u.update),
    );
    sam.type(0, 'late ');
    const refused = await send(sam.take());
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/closed/);
  });

  it.runIf(dialect === 'postgres')(
    'merges edits sent at once through two servers on one database',
    async () => {
      const incident = (
        await t.asAdmin({
          method: 'POST',
          url: '/api/incidents',
          payload: { title: 'Two servers', severity: 'SEV3' },
        })
      ).json();
      const review = (
        await t.asAdmin({
          method: 'POST',
          url: `/api/incidents/${incident.id}/reviews`,
          payload: { scheduledAt: '2026-03-06T15:00:00Z' },
        })
      ).json();
      const one = await openSqlStore(t.databaseUrl);
      const other = await openSqlStore(t.databaseUrl);
      try {
        const here = one.meetingNotes;
        const typists = Array.from({ length: 6 }, (_, i) => typist(`p${i}`));
        for (const [i, person] of typists.entries()) person.type(0, `line ${i}\n`);
        await Promise.all(
          typists.map((person, i) =>
            (i % 2 === 0 ? here : other.meetingNotes).append(incident.id, review.id, person.take(), `p${i}`),
          ),
        );
        const all = await other.meetingNotes.since(incident.id, review.id, 0, 'x');
        const text = notesText(notesDoc(all.updates.map((u) => u.update))).toString();
        for (let i = 0; i < 6; i++) expect(text).toContain(`line ${i}\n`);
        expect(all.seq).toBe(6);
        expect((await t.store.reviews.get(review.id)).notes).toBe(text);
      } finally {
        await one.store.close();
        await other.store.close();
      }
    },
  );
});
