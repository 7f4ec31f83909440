/**
 * Calling a store: every method of the contract may answer a value or a promise of it
 * ({@link MaybePromise}), and may throw synchronously. {@link callStore} turns all three into one
 * promise, so callers can chain `.then` / `.catch` safely (as unstorage's `asyncCall` does).
 * @module
 */
import type { MaybePromise } from './types.js';

/**
 * Call `fn` (a store method call) and return its answer as a promise: a plain value resolves, a
 * synchronous throw rejects.
 *
 * @example
 * ```ts
 * const versions = await callStore(() => store.listVersions(name)).catch(() => []);
 * ```
 */
export function callStore<T>(fn: () => MaybePromise<T>): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (error) {
    return Promise.reject(error);
  }
}
