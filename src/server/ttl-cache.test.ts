import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache.js';

describe('TtlCache', () => {
  it('forgets an entry once its time is up', () => {
    let now = 1_000;
    const cache = new TtlCache<string>(500, 10, () => now);
    cache.set('a', 'x');
    expect(cache.get('a')).toBe('x');
    now += 500;
    expect(cache.get('a')).toBeUndefined();
  });

  it('drops the oldest entry when full, and keeps nothing with a zero time to live', () => {
    const cache = new TtlCache<number>(1_000, 2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 3]);
    const off = new TtlCache<number>(0);
    off.set('a', 1);
    expect(off.get('a')).toBeUndefined();
  });
});

describe('TtlCache generations', () => {
  it('does not keep a value worked out before a clear', () => {
    const cache = new TtlCache<string>(1_000);
    const before = cache.generation;
    cache.clear();
    cache.set('page', 'stale', before);
    expect(cache.get('page')).toBeUndefined();
    cache.set('page', 'fresh', cache.generation);
    expect(cache.get('page')).toBe('fresh');
  });
});
