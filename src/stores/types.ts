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

/** Who moved a label and why; passed to {@link PromptStore.setLabel} and kept in its history. */
export interface LabelMoveMeta {
  /**
   * Who made the move: a token name on a server, a user or CI job name from the CLI.
   * @default undefined (recorded as `null`)
   */
  actor?: string;
  /**
   * Why, in a few words (`'rollback: bad answers in #412'`).
   * @default undefined
   */
  reason?: string;
}

/**
 * One move of a label, as kept by {@link PromptStore.labelHistory} and served by
 * `GET /v1/prompts/{name}/history` (DESIGN.md section 13).
 */
export interface LabelMove {
  /** The label that moved, e.g. `'production'`. */
  label: string;
  /** The version it pointed at before, or `null` when the label is new. */
  from: string | null;
  /** The version it points at now. */
  to: string;
  /** Who moved it, or `null` when the writer did not say. */
  actor: string | null;
  /** When, as an ISO 8601 string (`'2026-01-31T12:00:00.000Z'`). */
  at: string;
  /** Why, when the writer said. */
  reason?: string;
}

/**
 * A value or a promise of it. Every method of {@link PromptStore} may answer either (and may throw
 * synchronously); promptops calls them through one helper (`callStore`) that makes a promise of all three.
 */
export type MaybePromise<T> = T | Promise<T>;

/**
 * Where prompts come from. Implement the two required methods and any optional capability your
 * backend supports; the client calls only what is there. Each method may return its answer or a
 * promise of it ({@link MaybePromise}): an in-memory adapter can answer synchronously.
 *
 * Rules every store follows (checked by `verifyStore` from `promptops/testing`):
 * - `listVersions` of an unknown name resolves to `[]`; `getVersion` of an unknown name or version
 *   resolves to `undefined`. Neither throws for "not found".
 * - Transport failures reject with a `StoreError` (`retryable: true` when trying later may help);
 *   a caller's mistake (a bad option, an invalid label, a non-function callback) is a `ConfigError`.
 * - Versions are immutable: once `name@version` exists its content (hash) never changes.
 * - A label points at exactly one version of a name.
 * - Records returned may be the store's own objects; the client never mutates them.
 */
export interface PromptStore {
  /** Short name of the backend, used in events and errors: `'file'`, `'http'`, `'memory'`, `'redis'`... */
  readonly name: string;
  /**
   * Selector a client uses for bare names when no lockfile entry, pin or client `defaultSelector`
   * says otherwise (`langfuseStore`: `'production'`, as Langfuse's SDK does). Absent: `'latest'`.
   */
  readonly defaultSelector?: string;
  /** Every version of `name`, with its labels; `[]` when the name is unknown. */
  listVersions(name: string): MaybePromise<VersionInfo[]>;
  /** One exact version, or `undefined` when that name or version does not exist. */
  getVersion(name: string, version: string): MaybePromise<PromptRecord | undefined>;
  /** Every prompt name in the store, sorted. Used by the CLI, `prefetch` and close-name suggestions. */
  list?(): MaybePromise<string[]>;
  /**
   * Resolve a selector (exact version, semver range, label or `'latest'`) in one round trip.
   * Must agree with local resolution over `listVersions`. `undefined` when nothing matches.
   */
  resolve?(name: string, selector: string): MaybePromise<PromptRecord | undefined>;
  /** Push invalidation: call `onChange(name)` when a name's versions or labels change. Returns an unsubscribe. */
  watch?(onChange: (name: string) => void): () => void;
  /**
   * Store a new version. Same version with a different hash rejects (409). Same version with the same
   * hash stores nothing new, but the record's `labels` still move to it (each real move is a
   * history entry, as with `setLabel`): a label is never silently ignored.
   */
  putVersion?(record: PromptRecord, meta?: LabelMoveMeta): MaybePromise<void>;
  /**
   * Point `label` of `name` at `version` (moving it from any other version). A real move is recorded
   * in the history with `meta`; pointing a label where it already is changes and records nothing.
   */
  setLabel?(name: string, label: string, version: string, meta?: LabelMoveMeta): MaybePromise<void>;
  /** The label moves of `name`, newest first; `[]` when there are none or the name is unknown. */
  labelHistory?(name: string): MaybePromise<LabelMove[]>;
  /** Release connections, watchers and timers. */
  close?(): MaybePromise<void>;
}

/**
 * The reads of a store that answers with promises, as every built-in store does (their types say so,
 * so callers of a built-in store get promises without {@link MaybePromise}).
 */
export interface AsyncPromptStore extends PromptStore {
  listVersions(name: string): Promise<VersionInfo[]>;
  getVersion(name: string, version: string): Promise<PromptRecord | undefined>;
}

/** The writes of a store that answers with promises. */
export interface AsyncWritablePromptStore extends AsyncPromptStore {
  putVersion(record: PromptRecord, meta?: LabelMoveMeta): Promise<void>;
  setLabel(name: string, label: string, version: string, meta?: LabelMoveMeta): Promise<void>;
}

/** A store with every optional capability present, answering with promises (as `memoryStore` and `redisStore` are;
 * `defaultSelector` stays optional). */
export interface CompletePromptStore extends AsyncWritablePromptStore {
  list(): Promise<string[]>;
  resolve(name: string, selector: string): Promise<PromptRecord | undefined>;
  watch(onChange: (name: string) => void): () => void;
  labelHistory(name: string): Promise<LabelMove[]>;
  close(): Promise<void>;
}
