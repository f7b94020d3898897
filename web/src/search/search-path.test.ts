import { describe, expect, it } from 'vitest';
import { searchLimits } from '../../../src/domain/index.js';
import { searchedText, searchPath } from './search-path.js';

describe('search path', () => {
  it('sends a long paste as its first characters, the ones the server reads', () => {
    const paste = 'pool '.repeat(2_500);
    expect(searchedText(paste)).toBe(paste.slice(0, searchLimits.input));
    expect(searchPath(paste)).toBe(`/api/search?q=${encodeURIComponent(paste.slice(0, searchLimits.input))}`);
    // Short enough for any server's request line: 400 words of "pool%20".
    expect(searchPath(paste).length).toBeLessThan(3_000);
  });

  it('sends short text whole, encoded', () => {
    expect(searchPath('"pool exhausted" & 50%')).toBe('/api/search?q=%22pool%20exhausted%22%20%26%2050%25');
  });

  it('never cuts an emoji in half', () => {
    const paste = `${'x'.repeat(searchLimits.input - 1)}😀 pool`;
    expect(searchedText(paste)).toBe('x'.repeat(searchLimits.input - 1));
    expect(() => searchPath(paste)).not.toThrow();
  });

  it('sends text that encodes long (Chinese, emoji) short enough for the address', () => {
    const paste = '连接池耗尽'.repeat(1_000);
    const sent = searchedText(paste);
    expect(paste.startsWith(sent)).toBe(true);
    expect(sent.length).toBeGreaterThan(500);
    expect(searchPath(paste).length).toBeLessThan(8_100);
    expect(() => searchPath('😀'.repeat(3_000))).not.toThrow();
  });
});
