/**
 * `memoryStore`: prompts held in memory. Writable, watchable, and the reference implementation of
 * the store contract (DESIGN.md section 7).
 * @module
 */
import { canonicalJson, hashedContent, verifyRecordHash } from '../engine/hash.js';
import type { PromptRecord } from '../engine/record.js';
import { parseRecordShape } from '../engine/record-shape.js';
import { assertValidSelector, resolveSelector, sortVersionsDescending } from '../engine/selector.js';
import { ConfigError, PromptFormatError, PromptNotFoundError, StoreError, VersionNotFoundError } from '../errors.js';
import { assertLabelName, assertPromptName } from './checks.js';
import { frozenRecord } from './frozen.js';
import { checkMoveMeta, labelMove } from './label-history.js';
import { suggestNames } from './suggest.js';
import type { CompletePromptStore, LabelMove, LabelMoveMeta, PromptStore, VersionInfo } from './types.js';

/** Options of {@link memoryStore}. */
export interface MemoryStoreOptions {
  /**
   * Name of the store in events and error messages.
   * @default 'memory'
   */
  name?: string;
  /**
   * The clock of label-history entries (`LabelMove.at`), in milliseconds since the epoch.
   * @default Date.now
   */
  now?: () => number;
}

/** A {@link PromptStore} held in memory; every optional capability is present. */
export interface MemoryStore extends CompletePromptStore {}

interface StoredVersion {
  /** Frozen content with its hash, without labels. */
  readonly content: PromptRecord;
  readonly hash: string;
  /** Frozen record with the current labels; rebuilt after a label moves. */
  view: PromptRecord | undefined;
}

interface StoredPrompt {
  readonly versions: Map<string, StoredVersion>;
  /** label → version */
  readonly labels: Map<string, string>;
  /** Label moves, oldest first. */
  readonly history: LabelMove[];
}

function contentKey(record: PromptRecord): string {
  return canonicalJson(hashedContent(record));
}

/**
 * A writable store held in memory.
 *
 * - The initial `records` are checked at once (structure, one version per `name@version`, one
 *   version per label): a problem throws a `PromptFormatError` (or a `StoreError` with status 409 for
 *   two different contents under one `name@version`) from this call. Their hashes are computed or
 *   verified on first use: a record whose `hash` does not match its content makes every call reject
 *   with that `IntegrityError`.
 * - `putVersion` computes (or verifies) the hash; putting the same `name@version` with the same
 *   content again is a no-op, with different content it rejects with a `StoreError` (status 409).
 *   Labels on a put record move to that version (from any other version), also when the version
 *   already exists with the same content.
 * - `setLabel` moves a label: a label sits on one version of a name only. Every real move (by
 *   `setLabel` or `putVersion`, not the initial `records`) is kept for `labelHistory`, newest first,
 *   with the `actor` and `reason` given.
 * - Records handed out are deep-frozen copies; the caller's objects are never kept or changed.
 * - `watch` listeners are called synchronously after each change; a listener that throws is ignored.
 *
 * @example
 * ```ts
 * const store = memoryStore([
 *   { name: 'support/greeting', version: '1.0.0', type: 'text', template: 'Hi {{customer}}', labels: ['production'] },
 * ]);
 * await store.putVersion({ name: 'support/greeting', version: '1.1.0', type: 'text', template: 'Hello {{customer}}' });
 * await store.setLabel('support/greeting', 'production', '1.1.0');
 * ```
 */
export function memoryStore(records: Iterable<PromptRecord> = [], options: MemoryStoreOptions = {}): MemoryStore {
  const storeName = options.name ?? 'memory';
  if (typeof storeName !== 'string' || storeName.length === 0) {
    throw new ConfigError('memoryStore option "name" must be a non-empty string.', { option: 'name' });
  }
  const prompts = new Map<string, StoredPrompt>();
  const listeners = new Set<(name: string) => void>();
  const now = options.now ?? Date.now;

  // Check the initial records synchronously, so that a broken seed fails where it is written.
  const initial: PromptRecord[] = [];
  const seenContent = new Map<string, string>();
  const seenLabels = new Map<string, string>();
  let index = 0;
  for (const input of records) {
    const record = parseRecordShape(input, { file: `${storeName} store record #${index}` });
    index++;
    const id = `${record.name}@${record.version}`;
    const key = contentKey(record);
    const previous = seenContent.get(id);
    if (previous !== undefined && previous !== key) throw conflictError(storeName, id);
    seenContent.set(id, key);
    for (const label of record.labels ?? []) {
      const labelId = `${record.name}#${label}`;
      const other = seenLabels.get(labelId);
      if (other !== undefined && other !== record.version) {
        throw new PromptFormatError(
          `label "${label}" is on two versions of "${record.name}" (${other} and ${record.version}); ` +
            'a label may sit on one version only: remove it from one of them',
          { promptName: record.name, field: 'labels' },
        );
      }
      seenLabels.set(labelId, record.version);
    }
    initial.push(record);
  }

  let ready: Promise<void> | undefined;
  function init(): Promise<void> {
    ready ??= (async () => {
      for (const record of initial) await insert(record, false, undefined);
      initial.length = 0;
    })();
    return ready;
  }

  function notify(name: string): void {
    for (const listener of [...listeners]) {
      try {
        listener(name);
      } catch {
        // A listener that throws must not break the write that triggered it.
      }
    }
  }

  /** `meta` undefined: the seed (no history); otherwise each real label move is recorded. */
  async function insert(input: PromptRecord, announce: boolean, meta: LabelMoveMeta | undefined): Promise<void> {
    const hash = await verifyRecordHash(input);
    // From here on, no await: the check and the write happen atomically.
    let prompt = prompts.get(input.name);
    const existing = prompt?.versions.get(input.version);
    if (existing !== undefined && existing.hash !== hash) {
      throw conflictError(storeName, `${input.name}@${input.version}`, existing.hash, hash);
    }
    if (prompt === undefined) {
      prompt = { versions: new Map(), labels: new Map(), history: [] };
      prompts.set(input.name, prompt);
    }
    let changed = existing === undefined;
    if (existing === undefined) {
      prompt.versions.set(input.version, { content: frozenRecord(input, [], hash), hash, view: undefined });
    }
    for (const label of input.labels ?? []) {
      if (moveLabel(prompt, label, input.version, meta)) changed = true;
    }
    if (announce && changed) notify(input.name);
  }

  function moveLabel(prompt: StoredPrompt, label: string, version: string, meta: LabelMoveMeta | undefined): boolean {
    const from = prompt.labels.get(label);
    if (from === version) return false;
    prompt.labels.set(label, version);
    if (meta !== undefined) prompt.history.push(labelMove(label, from, version, meta, now()));
    for (const v of [from, version]) {
      const stored = v === undefined ? undefined : prompt.versions.get(v);
      if (stored !== undefined) stored.view = undefined;
    }
    return true;
  }

  function labelsOf(prompt: StoredPrompt, version: string): string[] {
    const out: string[] = [];
    for (const [label, v] of prompt.labels) if (v === version) out.push(label);
    return out.sort();
  }

  function viewOf(prompt: StoredPrompt, version: string): PromptRecord | undefined {
    const stored = prompt.versions.get(version);
    if (stored === undefined) return undefined;
    stored.view ??= frozenRecord(stored.content, labelsOf(prompt, version), stored.hash);
    return stored.view;
  }

  function versionsOf(prompt: StoredPrompt | undefined): VersionInfo[] {
    if (prompt === undefined) return [];
    const out: VersionInfo[] = [];
    for (const [version, stored] of prompt.versions) {
      out.push({ version, labels: labelsOf(prompt, version), hash: stored.hash });
    }
    return sortVersionsDescending(out);
  }

  return {
    name: storeName,

    async listVersions(name) {
      assertPromptName(name, storeName);
      await init();
      return versionsOf(prompts.get(name));
    },

    async getVersion(name, version) {
      assertPromptName(name, storeName);
      await init();
      const prompt = prompts.get(name);
      return prompt === undefined ? undefined : viewOf(prompt, version);
    },

    async list() {
      await init();
      return [...prompts.keys()].sort();
    },

    async resolve(name, selector) {
      assertPromptName(name, storeName);
      assertValidSelector(selector, `${name}@${selector}`);
      await init();
      const prompt = prompts.get(name);
      const chosen = resolveSelector(versionsOf(prompt), selector);
      return prompt === undefined || chosen === undefined ? undefined : viewOf(prompt, chosen.version);
    },

    watch(onChange) {
      if (typeof onChange !== 'function') {
        throw new ConfigError(`watch(onChange) of the ${storeName} store needs a function.`, { option: 'onChange' });
      }
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
      };
    },

    async putVersion(record, meta = {}) {
      await init();
      const parsed = parseRecordShape(record, { file: `${storeName} store putVersion` });
      await insert(parsed, true, checkMoveMeta(meta, storeName));
    },

    async setLabel(name, label, version, meta = {}) {
      assertPromptName(name, storeName);
      assertLabelName(label, storeName);
      checkMoveMeta(meta, storeName);
      await init();
      const prompt = prompts.get(name);
      if (prompt === undefined) {
        throw new PromptNotFoundError(name, { store: storeName, suggestions: suggestNames(name, prompts.keys()) });
      }
      if (!prompt.versions.has(version)) {
        const versions = versionsOf(prompt);
        throw new VersionNotFoundError(name, version, {
          versions: versions.map((v) => v.version),
          labels: Object.fromEntries(prompt.labels),
        });
      }
      if (moveLabel(prompt, label, version, meta)) notify(name);
    },

    async labelHistory(name) {
      assertPromptName(name, storeName);
      await init();
      const history = prompts.get(name)?.history ?? [];
      return history.map((move) => ({ ...move })).reverse();
    },

    async close() {
      listeners.clear();
    },
  };
}

function conflictError(store: string, id: string, existing?: string, incoming?: string): StoreError {
  const hashes = existing === undefined ? '' : ` (stored ${existing}, new ${incoming})`;
  return new StoreError(
    `Cannot store "${id}" in the ${store} store: that version already exists with different content${hashes}. ` +
      'Versions are immutable: publish a new version (e.g. bump the patch number) instead of changing this one.',
    { store, status: 409, retryable: false },
  );
}
