import { describe, expect, it } from 'vitest';
import { changedFields, mergeValues, settleValues } from './merge-values.js';

const base = { summary: 'Alert fired on api', kind: 'alert', owner: 'Ada Lovelace', approximate: false };

describe('three-way merge of form values', () => {
  it('takes each side’s change of different fields', () => {
    const merge = mergeValues(
      base,
      { ...base, summary: 'Alert fired on api and web' },
      { ...base, kind: 'page', approximate: true },
      ['summary'],
    );
    expect(merge).toEqual({
      values: {
        summary: 'Alert fired on api and web',
        kind: 'page',
        owner: 'Ada Lovelace',
        approximate: true,
      },
      conflicts: [],
    });
  });

  it('merges a prose field both changed in different places', () => {
    const merge = mergeValues(
      base,
      { ...base, summary: 'Page fired on api' },
      { ...base, summary: 'Alert fired on web' },
      ['summary'],
    );
    expect(merge.values.summary).toBe('Page fired on web');
    expect(merge.conflicts).toEqual([]);
  });

  it('never merges a plain field word by word: both changing it is a conflict', () => {
    const merge = mergeValues(base, { ...base, owner: 'Grace Lovelace' }, { ...base, owner: 'Ada Hopper' }, [
      'summary',
    ]);
    expect(merge.conflicts).toEqual([{ field: 'owner', ours: 'Grace Lovelace', theirs: 'Ada Hopper' }]);
    expect(settleValues(merge, 'ours').owner).toBe('Grace Lovelace');
    expect(settleValues(merge, 'theirs').owner).toBe('Ada Hopper');
    expect(settleValues(merge, 'both').owner).toBe('Grace Lovelace');
  });

  it('settles overlapping prose as mine, theirs or both', () => {
    const merge = mergeValues(
      base,
      { ...base, summary: 'Alert fired on db' },
      { ...base, summary: 'Alert fired on cache' },
      ['summary'],
    );
    expect(merge.conflicts).toHaveLength(1);
    expect(settleValues(merge, 'ours').summary).toBe('Alert fired on db');
    expect(settleValues(merge, 'theirs').summary).toBe('Alert fired on cache');
    expect(settleValues(merge, 'both').summary).toBe('Alert fired on cache\nAlert fired on db');
  });

  it('names the fields that changed between two versions', () => {
    expect(changedFields(base, { ...base, kind: 'page', approximate: true })).toEqual([
      'kind',
      'approximate',
    ]);
  });
});
