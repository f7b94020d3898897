import { describe, expect, it } from 'vitest';
import {
  clearDraft,
  type DraftStorage,
  draftKey,
  isDirty,
  keptDraftIds,
  readDraft,
  writeDraft,
} from './draft-store.js';

function memoryStorage(): DraftStorage & Pick<Storage, 'length' | 'key'> {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('drafts kept per incident and field', () => {
  it('keeps, reads back and forgets a draft', () => {
    const storage = memoryStorage();
    const key = draftKey('INC-1', 'summary');
    const draft = {
      base: { summary: 'a' },
      baseVersion: 3,
      draft: { summary: 'ab' },
      savedAt: '2026-03-04T14:02:00Z',
    };
    writeDraft(storage, key, draft);
    expect(readDraft(storage, key)).toEqual(draft);
    expect(readDraft(storage, draftKey('INC-2', 'summary'))).toBeUndefined();
    clearDraft(storage, key);
    expect(readDraft(storage, key)).toBeUndefined();
  });

  it('ignores a stored value of another shape instead of failing', () => {
    const storage = memoryStorage();
    storage.setItem('k', '{"base": 1}');
    storage.setItem('j', 'not json');
    expect(readDraft(storage, 'k')).toBeUndefined();
    expect(readDraft(storage, 'j')).toBeUndefined();
  });

  it('survives a storage that refuses to write', () => {
    const full: DraftStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(() => writeDraft(full, 'k', { base: {}, baseVersion: 1, draft: {}, savedAt: '' })).not.toThrow();
  });

  it('a draft is dirty once any value differs from where it started', () => {
    expect(isDirty({ a: 'x', b: false }, { a: 'x', b: false })).toBe(false);
    expect(isDirty({ a: 'x', b: false }, { a: 'x', b: true })).toBe(true);
  });

  it('finds the records of one kind with a kept draft', () => {
    const storage = memoryStorage();
    const draft = { base: {}, baseVersion: 1, draft: {}, savedAt: '' };
    writeDraft(storage, draftKey('INC-1', 'event:EV-1'), draft);
    writeDraft(storage, draftKey('INC-1', 'factor:CF-1'), draft);
    writeDraft(storage, draftKey('INC-2', 'event:EV-2'), draft);
    expect(keptDraftIds(storage, 'INC-1', 'event')).toEqual(['EV-1']);
  });
});
