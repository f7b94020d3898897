import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.js';
import { type MergingWriter, type StoredValues, saveWithMerge } from './save-with-merge.js';

type Values = { summary: string; owner: string };

/** A store of one record that refuses a stale version with a 409 and the current record, as the API does. */
function fakeStore(values: Values, version: number) {
  const record = { values, version };
  const writes: Array<{ values: Values; version: number }> = [];
  const writer: MergingWriter<Values> = {
    textFields: ['summary'],
    fromCurrent: (current) => current as StoredValues<Values> | undefined,
    async write(next, at) {
      writes.push({ values: next, version: at });
      if (at !== record.version) throw new ApiError(409, 'conflict', 'stale', undefined, { ...record });
      record.values = next;
      record.version++;
      return { ...record };
    },
  };
  return { record, writes, writer };
}

const start: Values = { summary: 'The cache expired.\nRetries piled up.\n', owner: 'Ada' };

describe('saving an edit so that no one else’s change is lost', () => {
  it('sends the version the author started from, not a newer one', async () => {
    const store = fakeStore(start, 4);
    const outcome = await saveWithMerge(
      { base: start, baseVersion: 4, draft: { ...start, owner: 'Bo' } },
      store.writer,
    );
    expect(outcome).toMatchObject({ kind: 'saved', merged: false });
    expect(store.writes).toEqual([{ values: { ...start, owner: 'Bo' }, version: 4 }]);
  });

  it('merges a change saved meanwhile and saves both on the new version', async () => {
    const store = fakeStore({ ...start, summary: 'The cache expired.\nRetries piled up fast.\n' }, 5);
    const mine = { ...start, summary: 'The shared cache expired.\nRetries piled up.\n' };
    const outcome = await saveWithMerge({ base: start, baseVersion: 4, draft: mine }, store.writer);
    expect(outcome).toMatchObject({ kind: 'saved', merged: true });
    expect(store.writes.map((write) => write.version)).toEqual([4, 5]);
    expect(store.record.values.summary).toBe('The shared cache expired.\nRetries piled up fast.\n');
  });

  it('stops at overlapping edits without saving, and hands back theirs', async () => {
    const theirs = { ...start, owner: 'Cy' };
    const store = fakeStore(theirs, 5);
    const outcome = await saveWithMerge(
      { base: start, baseVersion: 4, draft: { ...start, owner: 'Bo' } },
      store.writer,
    );
    expect(outcome).toEqual({
      kind: 'overlap',
      edit: { base: start, baseVersion: 4, draft: { ...start, owner: 'Bo' } },
      theirs: { values: theirs, version: 5 },
    });
    expect(store.record.values.owner).toBe('Cy');
  });

  it('passes on errors other than a conflict, and a conflict that keeps coming back', async () => {
    const failing: MergingWriter<Values> = {
      textFields: [],
      fromCurrent: () => undefined,
      write: () => Promise.reject(new ApiError(403, 'forbidden', 'no')),
    };
    await expect(saveWithMerge({ base: start, baseVersion: 1, draft: start }, failing)).rejects.toThrow('no');
    let version = 1;
    const moving: MergingWriter<Values> = {
      textFields: [],
      fromCurrent: (current) => current as StoredValues<Values>,
      write: () =>
        Promise.reject(
          new ApiError(409, 'conflict', 'stale', undefined, { values: start, version: ++version }),
        ),
    };
    await expect(saveWithMerge({ base: start, baseVersion: 1, draft: start }, moving, 2)).rejects.toThrow(
      'stale',
    );
    expect(version).toBe(4);
  });
});
