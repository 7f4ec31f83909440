/**
 * Bounded concurrency, for reading many prompts of a store (or many prompt files) without opening one
 * request or file per prompt at once.
 * @module
 */

/**
 * `fn` over `items`, at most `limit` calls in flight at a time; the results in the order of `items`.
 * Rejects with the first rejection (calls already started run to their end; no new one starts after it
 * in the worker that met it).
 *
 * @example
 * ```ts
 * const versions = await mapLimited(await store.list(), 16, (name) => store.listVersions(name));
 * ```
 */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}
