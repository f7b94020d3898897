import { describe, expect, it } from 'vitest';
import { changeWithoutAuthor } from './change-author.js';

describe("a change's line without who made it", () => {
  it('drops a leading full name, a commit note and credits, and keeps what changed', () => {
    expect(changeWithoutAuthor('Kenji Watanabe deployed search-api v3.2.1')).toBe(
      'Deployed search-api v3.2.1',
    );
    expect(
      changeWithoutAuthor('Deploy checkout v2.14.0 (commit 192b680ae8 by Will Hunter <will@corp.example>)'),
    ).toBe('Deploy checkout v2.14.0');
    expect(changeWithoutAuthor('Rolled back checkout by Jakub Nowak')).toBe('Rolled back checkout');
    expect(changeWithoutAuthor('Flag checkout-v2 to 50% (by ana.lima)')).toBe('Flag checkout-v2 to 50%');
    expect(changeWithoutAuthor('Priya raised the pool size', 'Priya')).toBe('Raised the pool size');
    expect(changeWithoutAuthor('Responder 2 pushed config change burst=0')).toBe(
      'Pushed config change burst=0',
    );
    expect(changeWithoutAuthor('The incident commander rolled back checkout')).toBe('Rolled back checkout');
    // A dotted login, with the tool it went through after it (trial 25 read ").w via argo-rollouts").
    expect(
      changeWithoutAuthor('deploy ledger v2.31.0 (commit 4f9c2e1: retry) by tomasz.w via argo-rollouts'),
    ).toBe('deploy ledger v2.31.0 (commit 4f9c2e1: retry) via argo-rollouts');
    expect(changeWithoutAuthor('deploy api v1.2 by jan.kowalski.')).toBe('deploy api v1.2.');
    // A login opening the line is its author too (trial 28 F4); a service's name is not.
    expect(changeWithoutAuthor('arjun.m pushed orders-grpc service config via flagd')).toBe(
      'Pushed orders-grpc service config via flagd',
    );
    expect(changeWithoutAuthor('@dana_k rolled back checkout')).toBe('Rolled back checkout');
    expect(changeWithoutAuthor('ledger-writer restarted on its own')).toBe(
      'ledger-writer restarted on its own',
    );
  });

  it('keeps automation by name, and words after "by" that are no author', () => {
    expect(changeWithoutAuthor('Argo CD synced checkout to v2.14.0')).toBe(
      'Argo CD synced checkout to v2.14.0',
    );
    expect(changeWithoutAuthor('Deploy checkout v2.14.0 (by Release Bot)')).toBe(
      'Deploy checkout v2.14.0 (by Release Bot)',
    );
    expect(changeWithoutAuthor('Rolled back by hand')).toBe('Rolled back by hand');
  });
});
