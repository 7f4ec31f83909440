/**
 * The lockfile (`promptops.lock.json`): the exact version and hash every bare name loads.
 *
 * ```json
 * { "lockfileVersion": 1,
 *   "prompts": { "support/greeting": { "selector": "^1.2.0", "version": "1.2.3", "hash": "sha256-…" } } }
 * ```
 *
 * With a lockfile, a locked name loads exactly the locked version, and a record whose hash differs
 * is an `IntegrityError`, never rendered or cached. See DESIGN.md section 5.
 * @module
 */
import { explainInvalidName } from '../engine/name.js';
import { unresolvedPartialMessage } from '../engine/partial-messages.js';
import { partialNamesOf } from '../engine/prompt.js';
import { HASH_PATTERN } from '../engine/record-shape.js';
import { parseSpec, selectorKind } from '../engine/selector.js';
import { ConfigError, isPromptOpsError, PromptFormatError, PromptNotFoundError } from '../errors.js';
import type { PromptStore } from '../stores/types.js';
import { checkIntegrity, fetchRecord } from './loader.js';
import { pinnedPartialError } from './partials.js';
import { unknownNameText } from './unknown-names.js';
import { nameKeyRule, object, record, rule, selectorRule, validateOrThrow } from './validate.js';

/** Conventional file name of the lockfile. */
export const LOCKFILE_NAME = 'promptops.lock.json';

/** What the lockfile holds for one name. */
export interface LockedPrompt {
  /** The selector that was resolved when locking (from `pins`, or `'latest'`). */
  selector: string;
  /** The exact version a bare name loads. */
  version: string;
  /** The `'sha256-<hex>'` hash the loaded record must have. */
  hash: string;
}

/** Contents of `promptops.lock.json`. */
export interface Lockfile {
  /** Format version; always `1`. */
  lockfileVersion: 1;
  /** Locked prompts by name, sorted by name when written by {@link createLockfile}. */
  prompts: Record<string, LockedPrompt>;
}

const lockfileRule = object({
  lockfileVersion: rule((v) => v === 1, 'must be 1 (the only lockfile format there is)'),
  prompts: record(
    nameKeyRule,
    object({
      selector: selectorRule,
      version: rule(
        (s: unknown) => typeof s === 'string' && selectorKind(s) === 'exact',
        'must be an exact semver version such as "1.2.3"',
      ),
      hash: rule((s: string) => HASH_PATTERN.test(s), 'must be "sha256-" followed by 64 lowercase hex digits'),
    }),
  ),
});

/**
 * Validate parsed JSON as a lockfile.
 *
 * @param file - where the JSON came from, named in errors.
 * @throws {@link ConfigError} naming the file and field, e.g. `prompts["a"].hash`.
 */
export function parseLockfile(value: unknown, file?: string): Lockfile {
  validateOrThrow(lockfileRule, value, {
    root: file === undefined ? 'lockfile' : '',
    file,
    hints: { '': 'run "promptops lock" to write a fresh lockfile' },
  });
  // A copy: later changes to the caller's object do not reach the client.
  return structuredClone(value) as Lockfile;
}

/** Options of {@link createLockfile}. */
export interface CreateLockfileOptions {
  /**
   * Selector for names that have no pin.
   * @default 'latest'
   */
  defaultSelector?: string;
  /**
   * Also lock the partials the locked prompts include (their pin or `'latest'`), recursively, so
   * that a locked prompt renders the same text everywhere.
   * @default true
   */
  includePartials?: boolean;
}

/**
 * Resolve every name against the store and write down the version and hash it picks: what
 * `promptops lock` saves as `promptops.lock.json`.
 *
 * @param store - the store to resolve against.
 * @param pins - selectors by name (`{ 'support/greeting': '^1.2.0' }`); names without a pin use
 *   `options.defaultSelector`.
 * @param names - names (or `name@selector` specs) to lock. Default: every name of `store.list()`
 *   plus the pinned names; a store without `list()` locks the pinned names only.
 * @throws the store's errors (`PromptNotFoundError`, `VersionNotFoundError`, `StoreError`,
 *   `IntegrityError` for a record whose hash does not match its content), a `ConfigError` when
 *   there is nothing to lock, or a `PromptFormatError` for a partial tag whose name is not a prompt
 *   name (`{{> Header}}`). A missing partial's error names the prompt (`name@version`) including it.
 * @example
 * ```ts
 * const lock = await createLockfile(store, { 'support/greeting': '^1.2.0' });
 * await writeFile('promptops.lock.json', `${JSON.stringify(lock, null, 2)}\n`);
 * ```
 */
export async function createLockfile(
  store: PromptStore,
  pins: Readonly<Record<string, string>> = {},
  names?: readonly string[],
  options: CreateLockfileOptions = {},
): Promise<Lockfile> {
  const defaultSelector = options.defaultSelector ?? 'latest';
  const includePartials = options.includePartials ?? true;
  const specs = names === undefined ? await defaultNames(store, pins) : [...names];
  const wanted = new Map<string, string>();
  for (const spec of specs) {
    const { name, selector } = parseSpec(spec);
    wanted.set(name, selector ?? ownValue(pins, name) ?? defaultSelector);
  }
  const locked = new Map<string, LockedPrompt>();
  // The prompt (name@version) that first included each partial, for its errors.
  const includedBy = new Map<string, string>();
  let queue = [...wanted.entries()];
  while (queue.length > 0) {
    const results = await Promise.all(
      queue.map(async ([name, selector]) => {
        const includer = includedBy.get(name);
        const record = await (includer !== undefined
          ? fetchPartial(store, name, selector, includer)
          : Object.hasOwn(pins, name)
            ? fetchPinned(store, name, selector)
            : fetchRecord(store, name, selector));
        const hash = await checkIntegrity(record);
        return { name, selector, record, hash };
      }),
    );
    const next = new Map<string, string>();
    for (const { name, selector, record, hash } of results) {
      locked.set(name, { selector, version: record.version, hash });
      if (!includePartials) continue;
      for (const partial of partialNamesOf(record)) {
        if (locked.has(partial) || wanted.has(partial)) continue;
        next.set(partial, ownValue(pins, partial) ?? 'latest');
        includedBy.set(partial, `${record.name}@${record.version}`);
      }
    }
    for (const [name, selector] of next) wanted.set(name, selector);
    queue = [...next.entries()];
  }
  const prompts: Record<string, LockedPrompt> = {};
  for (const name of [...locked.keys()].sort()) {
    const entry = locked.get(name);
    if (entry !== undefined) prompts[name] = entry;
  }
  return { lockfileVersion: 1, prompts };
}

/** A pinned prompt's record; a name the store lacks is reported as the pin's mistake, with did-you-mean. */
async function fetchPinned(store: PromptStore, name: string, selector: string) {
  try {
    return await fetchRecord(store, name, selector);
  } catch (error) {
    if (!isPromptOpsError(error, 'PROMPT_NOT_FOUND')) throw error;
    const where = `the ${error.store ?? 'configured'} store`;
    const { fix } = unknownNameText('pins', where, error.suggestions);
    throw new PromptNotFoundError(
      name,
      {
        suggestions: error.suggestions,
        ...(error.store === undefined ? {} : { store: error.store }),
        message: `pins["${name}"] pins a prompt that ${where} does not have, so there is nothing to lock. ${fix[0]?.toUpperCase()}${fix.slice(1)}.`,
      },
      { cause: error },
    );
  }
}

/** A partial's record; its errors name the prompt including it (`includer`, as `name@version`). */
async function fetchPartial(store: PromptStore, name: string, selector: string, includer: string) {
  if (explainInvalidName(name) !== undefined) {
    throw new PromptFormatError(unresolvedPartialMessage(name, `included by ${includer}`), {
      promptName: includer.slice(0, includer.lastIndexOf('@')),
    });
  }
  try {
    return await fetchRecord(store, name, selector);
  } catch (error) {
    if (isPromptOpsError(error, 'VERSION_NOT_FOUND')) throw pinnedPartialError(error, name, `included by ${includer}`);
    if (!isPromptOpsError(error, 'PROMPT_NOT_FOUND')) throw error;
    const hint =
      error.suggestions.length > 0 ? ` Did you mean ${error.suggestions.map((s) => `"${s}"`).join(', ')}?` : '';
    throw new PromptNotFoundError(
      name,
      {
        suggestions: error.suggestions,
        ...(error.store === undefined ? {} : { store: error.store }),
        message: `Partial "${name}" (included by ${includer}) was not found${error.store ? ` in the ${error.store} store` : ''}.${hint} Create it or fix the name in "{{> ${name}}}".`,
      },
      { cause: error },
    );
  }
}

async function defaultNames(store: PromptStore, pins: Readonly<Record<string, string>>): Promise<string[]> {
  const names = new Set(Object.keys(pins));
  if (typeof store.list === 'function') for (const name of await store.list()) names.add(name);
  if (names.size === 0) {
    throw new ConfigError(
      `nothing to lock: the ${store.name} store ${typeof store.list === 'function' ? 'is empty' : 'cannot list its names'} and no pins are given; ` +
        'pass the names to lock, or add pins',
      { option: 'names' },
    );
  }
  return [...names].sort();
}

/** The locked hash for `name@version`, when the lockfile locks that very version. */
export function lockedHash(lockfile: Lockfile | undefined, name: string, version: string): string | undefined {
  const entry = lockfile === undefined ? undefined : ownValue(lockfile.prompts, name);
  return entry !== undefined && entry.version === version ? entry.hash : undefined;
}

/**
 * `record[key]` when `key` is the record's own property: prompt names such as `constructor` must
 * never read `Object.prototype`.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
