/**
 * `createPromptClient` for Node: also takes a lockfile path and a file snapshot `{ path }`.
 * @module
 */
import { resolve } from 'node:path';
import { createPromptClient as createCoreClient, type PromptClient } from './client.js';
import { genaiPrices } from './genai-prices.js';
import type { Lockfile } from './lockfile.js';
import { readLockfileSync } from './lockfile.node.js';
import type { PromptClientOptions } from './options.js';
import type { PriceSource } from './price-source.js';
import type { SnapshotAdapter } from './snapshot.js';
import { type FileSnapshotOptions, fileSnapshot } from './snapshot.node.js';

/**
 * {@link PromptClientOptions}, plus the Node-only forms of `lockfile` and `snapshot`, and `prices`
 * defaulting to `genaiPrices`.
 */
export interface NodePromptClientOptions extends Omit<PromptClientOptions, 'lockfile' | 'snapshot'> {
  /**
   * A parsed lockfile, or the path of `promptops.lock.json` (relative to the working directory),
   * read once, synchronously, at construction.
   * @default undefined (no lockfile)
   */
  lockfile?: Lockfile | string;
  /**
   * Any `{ read, write }` snapshot adapter, or `{ path }` for a JSON file (relative to the working directory).
   * @default undefined (no snapshot)
   */
  snapshot?: SnapshotAdapter | FileSnapshotOptions;
  /**
   * Where `recordUsage` finds the cost of a call whose prompt has no `model.pricing`; `false` for none.
   * @default genaiPrices (the price table of `@pydantic/genai-prices`, loaded on first use, never fetched)
   */
  prices?: PriceSource | false;
}

/** Node's default for `prices`: the price table, loaded lazily on the first call it prices (issue 19). */
export function withNodePrices(options: PromptClientOptions): PromptClientOptions {
  return typeof options === 'object' && options !== null && options.prices === undefined
    ? { ...options, prices: genaiPrices }
    : options;
}

/** Turn the Node-only option forms into core options, with Node's `prices` default. */
export function toCoreOptions(options: NodePromptClientOptions, baseDir = process.cwd()): PromptClientOptions {
  if (typeof options !== 'object' || options === null) return options;
  const { lockfile, snapshot, ...rest } = options;
  const core: PromptClientOptions = withNodePrices(rest);
  if (lockfile !== undefined) {
    core.lockfile = typeof lockfile === 'string' ? readLockfileSync(resolve(baseDir, lockfile)) : lockfile;
  }
  if (snapshot !== undefined) {
    core.snapshot =
      typeof snapshot === 'object' && snapshot !== null && 'path' in snapshot && !('read' in snapshot)
        ? fileSnapshot({ ...snapshot, path: resolve(baseDir, snapshot.path) })
        : (snapshot as SnapshotAdapter);
  }
  return core;
}

/**
 * Create a prompt client (Node entry): as the core `createPromptClient`, and `lockfile` may be a
 * path, `snapshot` may be `{ path }`, and calls are priced from `genaiPrices` unless `prices` says otherwise.
 *
 * @example
 * ```ts
 * const prompts = createPromptClient({
 *   store: fileStore({ dir: './prompts' }),
 *   lockfile: './promptops.lock.json',
 *   snapshot: { path: './.promptops/snapshot.json' },
 * });
 * ```
 */
export function createPromptClient(options: NodePromptClientOptions): PromptClient {
  return createCoreClient(toCoreOptions(options));
}
