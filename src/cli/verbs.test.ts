import { describe, expect, it } from 'vitest';
import { verbOf } from './verbs.js';

describe('finding the verb to load', () => {
  it('finds the verb after global options and their values', () => {
    expect(verbOf(['--db', 'sqlite:x.db', 'list', '--json'])).toBe('list');
    expect(verbOf(['--server', 'http://h', '--token', 't', 'actions', 'add'])).toBe('actions');
    expect(verbOf(['--db=sqlite:x.db', 'show', 'INC-1'])).toBe('show');
  });

  it('loads everything for the top-level help, the version or an unknown word', () => {
    expect(verbOf([])).toBeUndefined();
    expect(verbOf(['--help'])).toBeUndefined();
    expect(verbOf(['-V'])).toBeUndefined();
    expect(verbOf(['lnt', 'x.md'])).toBeUndefined();
  });
});
