import { describe, expect, it } from 'vitest';
import { matchTokens, mergeText, resolveText } from './three-way-merge.js';

const base = 'The cache expired.\nRetries piled up.\nThe database fell over.\n';

describe('three-way merge of text', () => {
  it('pairs the tokens of a longest common subsequence', () => {
    expect(matchTokens(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e'])).toEqual([0, -1, 2, 3]);
    expect(matchTokens(['a', 'b'], [])).toEqual([-1, -1]);
  });

  it('keeps both edits when they change different lines', () => {
    const ours = 'The cache expired early.\nRetries piled up.\nThe database fell over.\n';
    const theirs = 'The cache expired.\nRetries piled up.\nThe primary database fell over.\n';
    expect(mergeText(base, ours, theirs)).toEqual({
      parts: ['The cache expired early.\nRetries piled up.\nThe primary database fell over.\n'],
      conflicts: 0,
    });
  });

  it('keeps both edits of neighbouring lines, merged word by word', () => {
    const ours = 'The cache expired early.\nRetries piled up.\nThe database fell over.\n';
    const theirs = 'The cache expired.\nClient retries piled up.\nThe database fell over.\n';
    expect(resolveText(mergeText(base, ours, theirs), 'ours')).toBe(
      'The cache expired early.\nClient retries piled up.\nThe database fell over.\n',
    );
  });

  it('keeps both edits of different words of one line', () => {
    const merge = mergeText(
      'Alert fired at 14:02 on api',
      'Alert fired at 14:03 on api',
      'Page fired at 14:02 on api',
    );
    expect(merge).toEqual({ parts: ['Page fired at 14:03 on api'], conflicts: 0 });
  });

  it('reports a conflict when both change the same words differently', () => {
    const merge = mergeText(base, base.replace('piled up', 'stormed'), base.replace('piled up', 'grew'));
    expect(merge.conflicts).toBe(1);
    expect(merge.parts).toEqual([
      'The cache expired.\n',
      { base: 'Retries piled up.\n', ours: 'Retries stormed.\n', theirs: 'Retries grew.\n' },
      'The database fell over.\n',
    ]);
    expect(resolveText(merge, 'ours')).toBe(base.replace('piled up', 'stormed'));
    expect(resolveText(merge, 'theirs')).toBe(base.replace('piled up', 'grew'));
    expect(resolveText(merge, 'both')).toBe(
      'The cache expired.\nRetries grew.\nRetries stormed.\nThe database fell over.\n',
    );
  });

  it('asks when both add text at the same place, and keeps both theirs first', () => {
    const merge = mergeText(
      '[14:00] start\n',
      '[14:00] start\n[14:02] mine',
      '[14:00] start\n[14:01] theirs',
    );
    expect(merge.conflicts).toBe(1);
    expect(resolveText(merge, 'both')).toBe('[14:00] start\n[14:01] theirs\n[14:02] mine');
  });

  it('reads a last line the same with or without its line break', () => {
    const merge = mergeText('[14:00] start', '[14:00] start\n[14:02] mine', '[14:00] start\n[14:01] theirs');
    expect(merge.parts).toEqual([
      '[14:00] start\n',
      { base: '', ours: '[14:02] mine', theirs: '[14:01] theirs' },
    ]);
    expect(resolveText(merge, 'both')).toBe('[14:00] start\n[14:01] theirs\n[14:02] mine');
    expect(resolveText(mergeText('a\nb', 'A\nb', 'a\nb\n'), 'ours')).toBe('A\nb\n');
  });

  it('takes the one side that changed, and agrees with identical edits', () => {
    expect(mergeText(base, base, 'new')).toEqual({ parts: ['new'], conflicts: 0 });
    expect(mergeText(base, 'new', base)).toEqual({ parts: ['new'], conflicts: 0 });
    expect(mergeText(base, 'same', 'same')).toEqual({ parts: ['same'], conflicts: 0 });
  });

  it('merges an edit at the start with an edit at the end of a long text', () => {
    const long = Array.from({ length: 2_000 }, (_, index) => `line ${index}\n`).join('');
    const ours = `first\n${long}`;
    const theirs = `${long}last\n`;
    expect(mergeText(long, ours, theirs)).toEqual({ parts: [`first\n${long}last\n`], conflicts: 0 });
  });

  it('keeps a deletion on one side and an edit elsewhere on the other', () => {
    const ours = 'The cache expired.\nThe database fell over.\n';
    const theirs = base.replace('fell over', 'recovered');
    expect(resolveText(mergeText(base, ours, theirs), 'ours')).toBe(
      'The cache expired.\nThe database recovered.\n',
    );
  });
});
