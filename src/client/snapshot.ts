/**
 * Snapshots: the last known good records, persisted so that a cold start can serve prompts while
 * the store cannot be reached. Any `{ read, write }` pair is a snapshot adapter; `promptops` ships
 * {@link memorySnapshot}, and the Node entry a file snapshot (`snapshot: { path }`).
 *
 * Writes are batched: loads from the store are noted, and one write happens `writeDelayMs` after
 * the first unsaved note (or at `close()`). Each write merges with what the adapter holds at the
 * moment of writing (read again for every write, under the adapter's lock when it has `update`), so
 * entries of earlier runs and of other writers survive; a record no selector points at any more is
 * dropped.
 * @module
 */
import type { PromptRecord } from '../engine/record.js';
import { isExactSelector, resolveSelector } from '../engine/selector.js';
import { copyPlainData, deepFreeze } from '../stores/frozen.js';
import type { VersionInfo } from '../stores/types.js';
import { ownValue } from './lockfile.js';
import { object, record, rule, typed, validateOrThrow } from './validate.js';

/** What a snapshot holds. Plain JSON. */
export interface SnapshotData {
  /** Format version; always `1`. */
  snapshotVersion: 1;
  /** ISO time of the last write. */
  savedAt: string;
  /** `name@selector` → the version (and hash) it resolved to when last loaded from the store. */
  selectors: Record<string, { version: string; hash: string }>;
  /** `name@version` → the record (with its `hash`). */
  records: Record<string, PromptRecord>;
}

/**
 * Where snapshots live. `read` resolves to `undefined` when there is none yet; a rejection is
 * reported as an `error` event and the snapshot is then treated as empty.
 *
 * @example
 * ```ts
 * const snapshot: SnapshotAdapter = {
 *   read: async () => JSON.parse((await kv.get('promptops-snapshot')) ?? 'null') ?? undefined,
 *   write: (data) => kv.put('promptops-snapshot', JSON.stringify(data)),
 * };
 * ```
 */
export interface SnapshotAdapter {
  /** Load the saved snapshot, or `undefined` when there is none. */
  read(): Promise<SnapshotData | undefined>;
  /** Replace the saved snapshot. */
  write(data: SnapshotData): Promise<void>;
  /**
   * Read, merge and write as one step that no other writer can interleave with (e.g. under a lock):
   * call `merge` with what is saved now (`undefined` when nothing, or nothing readable, is) and save
   * what it returns. Without it, each write reads the adapter again just before writing, which is
   * enough for one writer but lets two concurrent writers lose each other's entries.
   * @default undefined
   */
  update?(merge: (current: SnapshotData | undefined) => SnapshotData): Promise<void>;
  /**
   * Delay between the first unsaved load and the write that saves it (later loads within the delay
   * join the same write).
   * @default 1000
   */
  writeDelayMs?: number;
}

const str = typed('string');
const snapshotRule = object(
  {
    snapshotVersion: rule((v) => v === 1, 'must be 1'),
    savedAt: str,
    selectors: record(str, object({ version: str, hash: str }, false)),
    records: record(str, object({}, false)),
  },
  false,
);

/**
 * Validate parsed JSON as {@link SnapshotData} (records themselves are checked when used).
 * @throws `ConfigError` naming `where` and the field.
 */
export function parseSnapshot(value: unknown, where?: string): SnapshotData {
  return validateOrThrow(snapshotRule, value, {
    root: where === undefined ? 'snapshot' : '',
    file: where,
    hints: { '': 'delete the snapshot file; it is rewritten after the next successful load' },
  });
}

/** A snapshot adapter kept in memory (tests, or to hand a snapshot between clients). */
export interface MemorySnapshot extends SnapshotAdapter {
  /** The last data written (or given), if any. */
  data: SnapshotData | undefined;
  /** How many times `write` was called. */
  writes: number;
}

/**
 * A {@link SnapshotAdapter} held in memory.
 * @example
 * ```ts
 * const snapshot = memorySnapshot();
 * const client = createPromptClient({ store, snapshot });
 * ```
 */
export function memorySnapshot(initial?: SnapshotData, options: { writeDelayMs?: number } = {}): MemorySnapshot {
  const snap: MemorySnapshot = {
    data: initial,
    writes: 0,
    async read() {
      return snap.data === undefined ? undefined : structuredClone(snap.data);
    },
    async write(data) {
      snap.writes++;
      snap.data = structuredClone(data);
    },
    async update(merge) {
      // Synchronous between the read and the write: clients sharing this adapter cannot interleave.
      snap.writes++;
      snap.data = structuredClone(merge(snap.data === undefined ? undefined : structuredClone(snap.data)));
    },
  };
  if (options.writeDelayMs !== undefined) snap.writeDelayMs = options.writeDelayMs;
  return snap;
}

/** Timer functions, injectable for tests. */
export interface SnapshotTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Result of {@link SnapshotKeeper.lookup}. */
export type SnapshotLookup = { found: true; record: PromptRecord; hash: string } | { found: false; reason: string };

/** Batches snapshot writes and answers lookups. Internal to the client. */
export class SnapshotKeeper {
  readonly #adapter: SnapshotAdapter;
  readonly #timers: SnapshotTimers;
  readonly #delayMs: number;
  readonly #onError: (error: unknown) => void;
  #saved: Promise<SnapshotData | undefined> | undefined;
  #readError: unknown;
  #pendingSelectors = new Map<string, { version: string; hash: string }>();
  #pendingRecords = new Map<string, PromptRecord>();
  #timer: unknown;
  #writing: Promise<void> = Promise.resolve();

  readonly #maxEntries: number;

  /**
   * @param maxEntries - most `name@selector` entries kept; the least recently loaded are dropped
   *   first (with the records only they point at).
   */
  constructor(adapter: SnapshotAdapter, timers: SnapshotTimers, onError: (error: unknown) => void, maxEntries = 1000) {
    this.#maxEntries = maxEntries;
    this.#adapter = adapter;
    this.#timers = timers;
    this.#delayMs = adapter.writeDelayMs ?? 1000;
    this.#onError = onError;
  }

  /** Remember that `name@selector` resolved to `record` (loaded from the store), and schedule a write. */
  note(name: string, selector: string, record: PromptRecord, hash: string): void {
    const recordKey = `${name}@${record.version}`;
    const key = `${name}@${selector}`;
    const previous = this.#pendingSelectors.get(key);
    if (previous?.version === record.version && previous.hash === hash && this.#pendingRecords.has(recordKey)) return;
    this.#pendingSelectors.delete(key); // re-insert: the map's order is the order of use
    this.#pendingSelectors.set(key, { version: record.version, hash });
    if (this.#pendingSelectors.size > this.#maxEntries) {
      const oldest = this.#pendingSelectors.keys().next().value;
      if (oldest !== undefined) this.#pendingSelectors.delete(oldest);
    }
    this.#pendingRecords.set(recordKey, record.hash === hash ? record : { ...record, hash });
    if (this.#pendingRecords.size > 2 * this.#maxEntries) this.#pruneRecords();
    if (this.#timer === undefined) {
      this.#timer = this.#timers.setTimeout(() => {
        this.#timer = undefined;
        void this.flush();
      }, this.#delayMs);
      unref(this.#timer);
    }
  }

  /** Forget pending records no pending selector points at any more. */
  #pruneRecords(): void {
    const used = new Set<string>();
    for (const [key, { version }] of this.#pendingSelectors) used.add(`${key.slice(0, key.indexOf('@'))}@${version}`);
    for (const key of [...this.#pendingRecords.keys()]) if (!used.has(key)) this.#pendingRecords.delete(key);
  }

  /** Find what the snapshot holds for `name@selector` (notes not yet written included). */
  async lookup(name: string, selector: string): Promise<SnapshotLookup> {
    const pending = this.#find(this.#pendingSelectors, this.#pendingRecords, name, selector);
    if (pending !== undefined) return pending;
    const saved = await this.#load();
    if (saved === undefined) {
      return {
        found: false,
        reason:
          this.#readError === undefined
            ? 'the snapshot is empty'
            : `the snapshot could not be read (${errorText(this.#readError)})`,
      };
    }
    const found = this.#find(
      new Map(Object.entries(saved.selectors)),
      new Map(Object.entries(saved.records)),
      name,
      selector,
    );
    return found ?? { found: false, reason: `the snapshot has no entry for "${name}@${selector}"` };
  }

  /** Write the pending notes now (merged with the saved snapshot). Never rejects. */
  flush(): Promise<void> {
    if (this.#timer !== undefined) {
      this.#timers.clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    this.#writing = this.#writing.then(() => this.#write());
    return this.#writing;
  }

  async #write(): Promise<void> {
    if (this.#pendingSelectors.size === 0) return;
    const selectors = this.#pendingSelectors;
    const records = this.#pendingRecords;
    this.#pendingSelectors = new Map();
    this.#pendingRecords = new Map();
    let merged: SnapshotData | undefined;
    const merge = (current: SnapshotData | undefined): SnapshotData => {
      merged = this.#merge(current, selectors, records);
      return merged;
    };
    try {
      const adapter = this.#adapter;
      if (typeof adapter.update === 'function') {
        await adapter.update((current) => merge(current === undefined ? undefined : parseSnapshotOrEmpty(current)));
      } else {
        // Read again right before writing: what others wrote since this client started must survive.
        await adapter.write(merge(await this.#readNow()));
      }
      if (merged !== undefined) this.#saved = Promise.resolve(merged);
      this.#readError = undefined;
    } catch (error) {
      // Keep the notes for the next write.
      for (const [k, v] of selectors) if (!this.#pendingSelectors.has(k)) this.#pendingSelectors.set(k, v);
      for (const [k, v] of records) if (!this.#pendingRecords.has(k)) this.#pendingRecords.set(k, v);
      this.#onError(error);
    }
  }

  /** What is saved now, read from the adapter (a failed read is reported and counts as nothing saved). */
  async #readNow(): Promise<SnapshotData | undefined> {
    try {
      const data = await this.#adapter.read();
      return data === undefined ? undefined : parseSnapshot(data);
    } catch (error) {
      this.#onError(error);
      return undefined;
    }
  }

  /** `saved` with the notes merged in: older entries first, the ones just loaded last; the newest maxEntries kept. */
  #merge(
    saved: SnapshotData | undefined,
    selectors: ReadonlyMap<string, { version: string; hash: string }>,
    records: ReadonlyMap<string, PromptRecord>,
  ): SnapshotData {
    const order = new Map(Object.entries(saved?.selectors ?? {}));
    for (const [key, value] of selectors) {
      order.delete(key);
      order.set(key, value);
    }
    const kept = [...order].slice(-this.#maxEntries);
    const merged: SnapshotData = {
      snapshotVersion: 1,
      savedAt: new Date().toISOString(),
      selectors: Object.fromEntries(kept),
      records: {},
    };
    for (const [key, { version }] of Object.entries(merged.selectors)) {
      const recordKey = `${key.slice(0, key.indexOf('@'))}@${version}`;
      const record = records.get(recordKey) ?? (saved === undefined ? undefined : ownValue(saved.records, recordKey));
      if (record === undefined) delete merged.selectors[key];
      else merged.records[recordKey] = record;
    }
    return merged;
  }

  #load(): Promise<SnapshotData | undefined> {
    if (this.#saved === undefined) {
      this.#saved = (async () => {
        try {
          const data = await this.#adapter.read();
          return data === undefined ? undefined : parseSnapshot(data);
        } catch (error) {
          this.#readError = error;
          this.#onError(error);
          return undefined;
        }
      })();
    }
    return this.#saved;
  }

  #find(
    selectors: ReadonlyMap<string, { version: string; hash: string }>,
    records: ReadonlyMap<string, PromptRecord>,
    name: string,
    selector: string,
  ): SnapshotLookup | undefined {
    const entry = selectors.get(`${name}@${selector}`);
    let version = entry?.version;
    if (version === undefined && !isExactSelector(selector)) {
      const versions: Array<VersionInfo & { record: PromptRecord }> = [];
      for (const [key, record] of records) {
        if (key.startsWith(`${name}@`) && key.indexOf('@') === name.length) {
          versions.push({ version: record.version, labels: record.labels ?? [], record });
        }
      }
      version = resolveSelector(versions, selector)?.version;
    }
    const record = records.get(`${name}@${version ?? selector}`);
    if (record === undefined) return undefined;
    // The hash the selector entry recorded is trusted as much as the record's own: a record without a hash
    // (or with another one) is checked against it, so removing the hash does not skip the integrity check.
    const known = entry !== undefined && entry.version === record.version ? entry.hash : undefined;
    const hash = known ?? record.hash;
    if (hash === undefined || hash === '') {
      return {
        found: false,
        reason: `the snapshot entry "${name}@${record.version}" has no hash, so it was not trusted`,
      };
    }
    // A read-only copy: a prompt served from it can change neither the snapshot nor other callers' data.
    const copy = deepFreeze(copyPlainData(record.hash === hash ? record : { ...record, hash }));
    return { found: true, record: copy, hash };
  }
}

/** Saved data that does not validate counts as nothing saved: the write replaces it. */
function parseSnapshotOrEmpty(data: SnapshotData): SnapshotData | undefined {
  try {
    return parseSnapshot(data);
  } catch {
    return undefined;
  }
}

/** Let the process exit while `handle` (a timer) is pending, where timers can say so (Node). */
export function unref(handle: unknown): void {
  (handle as { unref?: () => void } | null)?.unref?.();
}

/** `Name: message` of an error, for messages listing what was tried. */
export function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
