/**
 * `createPromptClient` for Node: also takes a lockfile path and a file snapshot `{ path }`.
 * @module
 */
import { resolve } from 'node:path';
import { createPromptClient as createCoreClient, type PromptClient } from './client.js';
import type { Lockfile } from './lockfile.js';
import { readLockfileSync } from './lockfile.node.js';
import type { PromptClientOptions } from './options.js';
import type { SnapshotAdapter } from './snapshot.js';
import { type FileSnapshotOptions, fileSnapshot } from './snapshot.node.js';

/** {@link PromptClientOptions}, plus the Node-only forms of `lockfile` and `snapshot`. */
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
}

/** Turn the Node-only option forms into core options. */
export function toCoreOptions(options: NodePromptClientOptions, baseDir = process.cwd()): PromptClientOptions {
  if (typeof options !== 'object' || options === null) return options;
  const { lockfile, snapshot, ...rest } = options;
  const core: PromptClientOptions = rest;
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
 * path, `snapshot` may be `{ path }`.
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
