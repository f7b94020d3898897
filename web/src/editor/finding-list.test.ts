import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/language/index.js';
import { findingsSummary, type ListedFinding, listFindings, rewriteChange } from './finding-list.js';

const text = 'Checkout failed for 40 minutes. The on-call engineer failed to notice the alert.';

describe('the findings list beside the editor', () => {
  it('lists each finding where it stands, with the rewrite of its sentence', () => {
    const listed = listFindings(text, analyze(text));
    expect(listed.length).toBeGreaterThan(0);
    const [first] = listed;
    expect(text.slice(first?.from, first?.to)).toMatch(/failed to notice/);
    expect(first?.rewrite).toBe('The alert was not noticed.');
  });

  it('puts the rewrite in place of its sentence and nothing else', () => {
    const listed = listFindings(text, analyze(text));
    const change = rewriteChange(text, text, listed[0] as ListedFinding);
    expect(change).toBeDefined();
    const { from, to, insert } = change as { from: number; to: number; insert: string };
    expect(`${text.slice(0, from)}${insert}${text.slice(to)}`).toBe(
      'Checkout failed for 40 minutes. The alert was not noticed.',
    );
  });

  it('finds the sentence again when the text changed after the check', () => {
    const listed = listFindings(text, analyze(text));
    const now = `Summary first. ${text}`;
    const change = rewriteChange(now, text, listed[0] as ListedFinding);
    const { from, to, insert } = change as { from: number; to: number; insert: string };
    expect(`${now.slice(0, from)}${insert}${now.slice(to)}`).toBe(
      'Summary first. Checkout failed for 40 minutes. The alert was not noticed.',
    );
  });

  it('offers no change when the words it quoted are gone', () => {
    const listed = listFindings(text, analyze(text));
    expect(
      rewriteChange('Checkout failed for 40 minutes.', text, listed[0] as ListedFinding),
    ).toBeUndefined();
  });

  it('sorts findings by where they stand in the text', () => {
    const two = 'Bob forgot to run the migration. Later the on-call engineer failed to notice the alert.';
    const listed = listFindings(two, [...analyze(two)].reverse());
    expect(listed.map((item) => item.from)).toEqual(
      [...listed.map((item) => item.from)].sort((a, b) => a - b),
    );
  });

  it('says how many findings there are, or that there are none', () => {
    expect(findingsSummary('', [])).toBe('Nothing written yet to check.');
    expect(findingsSummary('All good.', [])).toBe('No blameful wording found.');
    const listed = listFindings(text, analyze(text));
    expect(findingsSummary(text, listed.slice(0, 1))).toBe(
      'One finding that may read as blame, with a rewording.',
    );
    const [first] = listed as [ListedFinding];
    const two = [first, { ...first, key: 'b', rewrite: undefined }];
    expect(findingsSummary(text, two)).toBe('2 findings that may read as blame, 1 with a rewording.');
  });
});
