import { describe, expect, it } from 'vitest';
import { itemsOf, parseAll } from '../test-support/parse-all.js';
import { commitKind, gitLog } from './git-log.js';

describe('gitLog', () => {
  it.each([
    ['Lower max_conns to 5', 'config-change'],
    ['pool_size=5 for checkout', 'config-change'],
    ['Bump maxReplicas 12 -> 20', 'config-change'],
    ['raise timeout from 2s to 5s', 'config-change'],
    ['Update checkout config', 'config-change'],
    ['Fix typo in README', 'note'],
    ['Add 2 tests for the retry path', 'note'],
    ['Change the log line to say which host', 'note'],
  ])('reads %s as a %s (trial 12g G-31)', (subject, kind) => {
    expect(commitKind(subject)).toBe(kind);
  });

  it('marks reverts as rollbacks and deploy commits as deploys, in UTC', () => {
    const text = [
      'commit 3f2a9c1d0b9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a',
      'Author: Sam Lee <sam@example.com>',
      'Date:   Wed Mar 4 15:20:00 2026 +0100',
      '',
      '    Revert "Raise pool size"',
      '',
      'commit 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b',
      'Author: Ana Ruiz <ana@example.com>',
      'Date:   Wed Mar 4 14:55:00 2026 +0100',
      '',
      '    Deploy payments v2.14.0',
    ].join('\n');
    const items = itemsOf(parseAll(gitLog, text));
    expect(items.map((i) => [i.kind, i.at, i.line])).toEqual([
      ['rollback', '2026-03-04T14:20:00.000Z', 1],
      ['deploy', '2026-03-04T13:55:00.000Z', 7],
    ]);
    // The author as git prints them, address included: reports find their login by it.
    expect(items[0]?.message).toBe(
      'Revert "Raise pool size" (commit 3f2a9c1d0b by Sam Lee <sam@example.com>)',
    );
  });

  it("names the committer of someone else's commit, as git log --format=fuller prints them", () => {
    const text = [
      'commit 1778418ae9b9e8f7a6b5c4d3e2f1a0b9c8d7e6f5',
      'Author:     Tarquin Vell <tvell@example.com>',
      'AuthorDate: Wed Mar 4 15:20:00 2026 +0100',
      'Commit:     Zorbel Quintanilla <zquin@example.com>',
      'CommitDate: Wed Mar 4 15:25:00 2026 +0100',
      '',
      '    Merge the pool fix',
    ].join('\n');
    expect(itemsOf(parseAll(gitLog, text))[0]?.message).toBe(
      'Merge the pool fix (commit 1778418ae9 by Tarquin Vell <tvell@example.com>, committed by Zorbel Quintanilla <zquin@example.com>)',
    );
  });
});
