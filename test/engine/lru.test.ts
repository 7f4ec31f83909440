import { describe, expect, it } from 'vitest';
import { LruMap } from '../../src/engine/lru.js';

describe('LruMap', () => {
  it('keeps at most max entries, forgetting the least recently used', () => {
    const cache = new LruMap<string, number>({ max: 2 });
    cache.set('a', 1).set('b', 2).set('c', 3);
    expect([...cache.entries()]).toEqual([
      ['b', 2],
      ['c', 3],
    ]);
    expect(cache.size).toBe(2);
  });

  it('a read makes an entry the most recent', () => {
    const cache = new LruMap<string, number>({ max: 2 });
    cache.set('a', 1).set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
  });

  it('reading the most recent key again changes nothing; overwriting keeps one entry', () => {
    const cache = new LruMap<string, number>({ max: 2 });
    cache.set('a', 1).set('b', 2);
    cache.get('b');
    cache.get('b');
    cache.set('a', 10);
    expect([...cache.entries()]).toEqual([
      ['b', 2],
      ['a', 10],
    ]);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
  });

  it('delete and clear forget entries (and the most recent key)', () => {
    const cache = new LruMap<string, number>({ max: 3 });
    cache.set('a', 1).set('b', 2);
    expect(cache.delete('b')).toBe(true);
    expect(cache.delete('b')).toBe(false);
    cache.set('c', 3);
    expect(cache.get('a')).toBe(1);
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.get('a')).toBeUndefined();
  });
});
