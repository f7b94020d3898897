import { describe, expect, it } from 'vitest';
import { omissionRewrite } from './rewrite.js';

describe('the rewrite of an omission', () => {
  it('says a sign nobody saw as what showed it, and keeps where a thing goes after the object', () => {
    expect(omissionRewrite('notice', 'that the p99 alert had already fired')).toBe(
      'Nothing showed that the p99 alert had already fired.',
    );
    expect(omissionRewrite('add', 'a deadline to the context')).toBe(
      'A deadline was not added to the context.',
    );
    expect(omissionRewrite('check', 'whether the replica was in sync')).toBe(
      'Nothing checked whether the replica was in sync.',
    );
    expect(omissionRewrite('run', 'the migration before the deploy')).toBe(
      'The migration step did not run before the deploy.',
    );
  });
});
