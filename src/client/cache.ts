/**
 * The client's two cache tiers and its in-flight loads (DESIGN.md section 6, "Caching and failure").
 *
 * - Tier 1, `name@version` → compiled prompt: an LRU bounded by `max`, no TTL (a version is immutable).
 * - Tier 2, `name@selector` → resolved record (version + hash): fresh for `ttlMs`, then stale for up
 *   to `maxStaleMs` (the client serves it while one background refresh runs), then expired. Exact
 *   selectors never go stale. Also an LRU bounded by `max`.
 * - In-flight loads are shared per key (at both tiers), so concurrent identical requests make one
 *   store call. Invalidating a name cancels its in-flight loads: their results reach the callers
 *   that waited for them but are not cached.
 *
 * Time comes from an injected `now()`; nothing here sets a timer.
 * @module
 */
import { LruMap } from '../engine/lru.js';
import type { PromptRecord } from '../engine/record.js';
import type { CompiledEntry } from './compiled-entry.js';
import type { CacheOptions } from './options.js';
import type { PromptHandle } from './prompt.js';

export type { CompiledEntry } from './compiled-entry.js';

/** What a selector resolved to (tier 2). */
export interface Resolution {
  readonly name: string;
  readonly selector: string;
  readonly record: PromptRecord;
  readonly version: string;
  readonly hash: string;
  /** Where the record came from. A snapshot entry starts stale, so that a refresh is tried at once. */
  readonly origin: 'store' | 'snapshot';
  /** Clock time the resolution counts as loaded at. */
  readonly loadedAt: number;
  /** Earliest clock time of the next background refresh (set after a failed one). */
  retryAt: number;
  /** The prompt compiled with the client's default strictness, once known. */
  compiled: CompiledEntry | undefined;
  /**
   * The `Prompt` handed out for fresh hits (source `'cache'`, default strictness), built on the first one, as a
   * settled promise: it is immutable, so every fresh hit returns the same one instead of allocating.
   */
  promised?: Promise<PromptHandle>;
  /** The same for calls with `strict: false` when the client is strict. */
  loosePromised?: Promise<PromptHandle>;
}

/** Age of a tier-2 entry. */
export type Freshness = 'fresh' | 'stale' | 'expired';

/** A load under way, shared by every caller of the same key. */
export interface Flight<T> {
  readonly name: string;
  promise: Promise<T>;
  /** Set when the name was invalidated during the load: the result must not be cached. */
  cancelled: boolean;
}

/** Key of a name and a selector or version: `name@selector`. Names never contain `@`. */
export function cacheKey(name: string, selectorOrVersion: string): string {
  return `${name}@${selectorOrVersion}`;
}

function nameOfKey(key: string): string {
  return key.slice(0, key.indexOf('@'));
}

/**
 * How old a tier-2 entry is: the one freshness rule, used by {@link PromptCache.freshness} and by the
 * client's hot path (through {@link PromptCache.isFresh}). Exact selectors never age.
 */
export function freshnessOf(
  loadedAt: number,
  exact: boolean,
  now: number,
  ttlMs: number,
  maxStaleMs: number,
): Freshness {
  if (exact) return 'fresh';
  const age = now - loadedAt;
  if (age < ttlMs) return 'fresh';
  return age < ttlMs + maxStaleMs ? 'stale' : 'expired';
}

/** What a tier-2 load produced, and what served it. */
export type Loaded = { resolution: Resolution; source: 'store' | 'stale' | 'snapshot' };

/** A shared load: its promise, and whether the caller joined one already under way. */
export interface Shared<T> {
  promise: Promise<T>;
  joined: boolean;
}

/**
 * Two-tier cache that owns its in-flight work: tier-2 loads, tier-1 compilations and background
 * refreshes are kept here, one per key, started through {@link shareLoad}, {@link shareCompile} and
 * {@link startRefresh}, and cancelled by {@link invalidate}. Internal to the client.
 */
export class PromptCache {
  /** False with `cache: false`: nothing is stored, in-flight loads are still shared. */
  declare readonly enabled: boolean;
  declare readonly ttlMs: number;
  declare readonly maxStaleMs: number;
  readonly #now: () => number;
  readonly #compiled: LruMap<string, CompiledEntry> | undefined;
  readonly #resolved: LruMap<string, Resolution> | undefined;
  /** Tier-2 loads under way. */
  readonly #loading = new Map<string, Flight<Loaded>>();
  /** Tier-1 compilations under way. */
  readonly #compiling = new Map<string, Flight<CompiledEntry>>();
  /** Background refreshes under way (one per tier-2 key). */
  readonly #refreshing = new Map<string, Flight<void>>();

  constructor(options: Required<CacheOptions> | false, now: () => number) {
    this.#now = now;
    this.enabled = options !== false;
    this.ttlMs = options === false ? 0 : options.ttlMs;
    this.maxStaleMs = options === false ? 0 : options.maxStaleMs;
    if (options !== false) {
      this.#compiled = new LruMap({ max: options.max });
      this.#resolved = new LruMap({ max: options.max });
    }
  }

  /** Tier 2: the entry of `key`, or `undefined`. Does not drop expired entries. */
  resolution(key: string): Resolution | undefined {
    return this.#resolved?.get(key);
  }

  /** How old a tier-2 entry is (exact selectors never age). */
  freshness(entry: Resolution, exact: boolean): Freshness {
    return freshnessOf(entry.loadedAt, exact, this.#now(), this.ttlMs, this.maxStaleMs);
  }

  /**
   * `freshness(entry, exact) === 'fresh'`, for the hot path: an exact selector reads no clock.
   * Same rule as {@link freshnessOf}.
   */
  isFresh(entry: Resolution, exact: boolean): boolean {
    return exact || this.#now() - entry.loadedAt < this.ttlMs;
  }

  /** Tier 2: remember what `key` resolved to. */
  setResolution(key: string, entry: Resolution): void {
    this.#resolved?.set(key, entry);
  }

  /** Tier 2: forget `key`, only if it still holds `entry` (when given). */
  deleteResolution(key: string, entry?: Resolution): void {
    if (entry === undefined || this.#resolved?.get(key) === entry) this.#resolved?.delete(key);
  }

  /** Tier 1: the compiled prompt of `key` (`name@version`, maybe with a strictness suffix). */
  compiledEntry(key: string): CompiledEntry | undefined {
    return this.#compiled?.get(key);
  }

  /** Tier 1: remember a compiled prompt. */
  setCompiled(key: string, entry: CompiledEntry): void {
    this.#compiled?.set(key, entry);
  }

  /** Number of entries in each tier, and of the work under way (for tests and diagnostics). */
  get size(): { compiled: number; resolved: number; inFlight: number } {
    return {
      compiled: this.#compiled?.size ?? 0,
      resolved: this.#resolved?.size ?? 0,
      inFlight: this.#loading.size + this.#compiling.size + this.#refreshing.size,
    };
  }

  /** Tier 2: join the load of `key` under way, or start one with `start`. */
  shareLoad(key: string, name: string, start: (flight: Flight<Loaded>) => Promise<Loaded>): Shared<Loaded> {
    return share(this.#loading, key, name, start);
  }

  /** Tier 1: join the compilation of `key` under way, or start one with `start`. */
  shareCompile(
    key: string,
    name: string,
    start: (flight: Flight<CompiledEntry>) => Promise<CompiledEntry>,
  ): Shared<CompiledEntry> {
    return share(this.#compiling, key, name, start);
  }

  /**
   * Start a background refresh of `key` with `run`, unless one is under way. `run` calls
   * `land()` once its load settled, before it updates the cache, so that a caller it wakes can
   * start the next refresh.
   * @returns false when a refresh of `key` was already under way.
   */
  startRefresh(key: string, name: string, run: (flight: Flight<void>, land: () => void) => Promise<void>): boolean {
    if (this.#refreshing.has(key)) return false;
    const flights = this.#refreshing;
    share(flights, key, name, (flight) =>
      run(flight, () => {
        if (flights.get(key) === flight) flights.delete(key);
      }),
    );
    return true;
  }

  /**
   * Drop everything cached for exactly `name` (every selector and version; `'a'` never touches
   * `'ab'` or `'a/b'`), the compiled prompts that include `name` as a partial, and cancel its
   * loads under way. Without a name, drop everything.
   */
  invalidate(name?: string): void {
    const matches = (key: string): boolean => name === undefined || nameOfKey(key) === name;
    if (this.#resolved !== undefined) {
      for (const [key, entry] of [...this.#resolved.entries()]) {
        if (matches(key)) this.#resolved.delete(key);
        else if (name !== undefined && entry.compiled?.deps.has(name)) {
          entry.compiled = undefined;
          entry.promised = undefined;
          entry.loosePromised = undefined;
        }
      }
    }
    if (this.#compiled !== undefined) {
      for (const [key, entry] of [...this.#compiled.entries()]) {
        if (matches(key) || (name !== undefined && entry.deps.has(name))) this.#compiled.delete(key);
      }
    }
    for (const flights of [this.#loading, this.#compiling, this.#refreshing] as Array<Map<string, Flight<unknown>>>) {
      for (const [key, flight] of [...flights]) {
        if (name === undefined || flight.name === name) {
          flight.cancelled = true;
          flights.delete(key);
        }
      }
    }
  }
}

/**
 * Join the flight of `key` in `flights`, or start one with `start`; the flight forgets itself when
 * it settles.
 */
function share<T>(
  flights: Map<string, Flight<T>>,
  key: string,
  name: string,
  start: (flight: Flight<T>) => Promise<T>,
): Shared<T> {
  const existing = flights.get(key);
  if (existing !== undefined) return { promise: existing.promise, joined: true };
  const flight: Flight<T> = { name, cancelled: false, promise: Promise.resolve(undefined as T) };
  flights.set(key, flight);
  flight.promise = start(flight).finally(() => {
    if (flights.get(key) === flight) flights.delete(key);
  });
  return { promise: flight.promise, joined: false };
}
