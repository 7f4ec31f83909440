/**
 * The storage adapter contract. A store is a plain object (usually made by a factory function) with
 * two required methods and a few optional capabilities. See DESIGN.md section 7 and `docs/stores.md`.
 * @module
 */
import type { PromptRecord } from '../engine/record.js';

/** A version of a prompt as listed by a store. */
export interface VersionInfo {
  /** Semver version, e.g. `'1.2.0'`. */
  version: string;
  /** Labels pointing at this version (a label points at one version of a name only). */
  labels: string[];
  /** The record's hash, when the store knows it without loading the record. */
  hash?: string;
}

/** A value or a promise of it. */
export type MaybePromise<T> = T | Promise<T>;

/**
 * Where prompts come from. Implement the two required methods and any optional capability your
 * backend supports; the client calls only what is there.
 *
 * Rules every store follows (checked by `verifyStore` from `promptops/testing`):
 * - `listVersions` of an unknown name resolves to `[]`; `getVersion` of an unknown name or version
 *   resolves to `undefined`. Neither throws for "not found".
 * - Transport failures reject with a `StoreError` (`retryable: true` when trying later may help).
 * - Versions are immutable: once `name@version` exists its content (hash) never changes.
 * - A label points at exactly one version of a name.
 * - Records returned may be the store's own objects; the client never mutates them.
 */
export interface PromptStore {
  /** Short name of the backend, used in events and errors: `'file'`, `'http'`, `'memory'`, `'redis'`... */
  readonly name: string;
  /** Every version of `name`, with its labels; `[]` when the name is unknown. */
  listVersions(name: string): Promise<VersionInfo[]>;
  /** One exact version, or `undefined` when that name or version does not exist. */
  getVersion(name: string, version: string): Promise<PromptRecord | undefined>;
  /** Every prompt name in the store, sorted. Used by the CLI, `prefetch` and close-name suggestions. */
  list?(): Promise<string[]>;
  /**
   * Resolve a selector (exact version, semver range, label or `'latest'`) in one round trip.
   * Must agree with local resolution over `listVersions`. `undefined` when nothing matches.
   */
  resolve?(name: string, selector: string): Promise<PromptRecord | undefined>;
  /** Push invalidation: call `onChange(name)` when a name's versions or labels change. Returns an unsubscribe. */
  watch?(onChange: (name: string) => void): () => void;
  /** Store a new version. Same version with the same hash is a no-op; with a different hash it rejects. */
  putVersion?(record: PromptRecord): Promise<void>;
  /** Point `label` of `name` at `version` (moving it from any other version). */
  setLabel?(name: string, label: string, version: string): Promise<void>;
  /** Release connections, watchers and timers. */
  close?(): Promise<void>;
}

/** A store with every optional capability present (as `memoryStore` and `redisStore` are). */
export type CompletePromptStore = Required<PromptStore>;
