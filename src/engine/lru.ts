/**
 * A bounded map that forgets its least recently used entry: all that the client's two cache tiers and the HTTP
 * store's ETag cache need (`get`, `set`, `delete`, `clear`, `entries`, `size`, a maximum). A `Map` keeps
 * insertion order, so a read moves its entry to the end and the first key is the least recently used.
 *
 * Not lru-cache: it cost 4 kB min+gzip of the browser core's 52 kB budget, for time-to-live, fetch, dispose and
 * size accounting that promptops does not use (the client keeps its own freshness and in-flight loads). See
 * docs/architecture.md#decisions.
 * @module
 */

/** Options of {@link LruMap}. */
export interface LruMapOptions {
  /** Most entries kept; setting one more forgets the least recently used. */
  readonly max: number;
}

/**
 * A `Map` bounded to `max` entries, forgetting the least recently used (read or written).
 *
 * @example
 * ```ts
 * const cache = new LruMap<string, number>({ max: 2 });
 * cache.set('a', 1).set('b', 2);
 * cache.get('a'); // 1: 'a' is now the most recent
 * cache.set('c', 3); // forgets 'b'
 * ```
 */
export class LruMap<K, V> {
  readonly #map = new Map<K, V>();
  /** The most recently used key: reading it again moves nothing (the hot path reads one key over and over). */
  #last: K | undefined;
  readonly max: number;

  constructor(options: LruMapOptions) {
    this.max = options.max;
  }

  /** Number of entries. */
  get size(): number {
    return this.#map.size;
  }

  /** The value of `key` (now the most recently used), or `undefined`. */
  get(key: K): V | undefined {
    const map = this.#map;
    const value = map.get(key);
    if (value !== undefined && key !== this.#last) {
      map.delete(key);
      map.set(key, value);
      this.#last = key;
    }
    return value;
  }

  /** Set `key` (now the most recently used); forget the least recently used entry past `max`. */
  set(key: K, value: V): this {
    const map = this.#map;
    map.delete(key);
    map.set(key, value);
    this.#last = key;
    if (map.size > this.max) map.delete(map.keys().next().value as K);
    return this;
  }

  /** Forget `key`; `true` when it was there. */
  delete(key: K): boolean {
    if (key === this.#last) this.#last = undefined;
    return this.#map.delete(key);
  }

  /** Forget everything. */
  clear(): void {
    this.#map.clear();
    this.#last = undefined;
  }

  /** The entries, least recently used first. */
  entries(): IterableIterator<[K, V]> {
    return this.#map.entries();
  }
}
