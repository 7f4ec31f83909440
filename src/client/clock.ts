/**
 * A cheap "now" for the cache's hot path. Reading the system clock costs ~100 ns on some hosts,
 * more than the rest of a cache hit, so the time read is reused for up to `resolutionMs` (a timer
 * clears it) and for at most `maxReuses` calls (which bounds the drift while a long chain of
 * microtasks keeps timers from firing). The same idea as lru-cache's `ttlResolution`.
 * @module
 */
import { unref } from './snapshot.js';

/**
 * Make a clock function reading `read()` at most once per `resolutionMs` and `maxReuses` calls.
 *
 * @example
 * ```ts
 * const now = coarseClock(Date.now);
 * now(); // Date.now(), then the same value for up to 1 ms or 1,000 calls
 * ```
 */
export function coarseClock(read: () => number, resolutionMs = 1, maxReuses = 1_000): () => number {
  let cached = 0;
  let reuses = 0;
  const clear = (): void => {
    cached = 0;
  };
  return () => {
    if (cached !== 0 && reuses-- > 0) return cached;
    cached = read();
    reuses = maxReuses;
    unref(setTimeout(clear, resolutionMs));
    return cached;
  };
}
