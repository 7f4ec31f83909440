/**
 * Pins and experiments keyed on a name the store does not have. Such a pin applies to nothing and such
 * an experiment never runs, so they are reported instead of ignored: once per client, after the client
 * first reached the store, as one `ConfigError` per name that says which pin or experiment, where it was
 * set, the closest name the store has, and the fix. `promptops validate` words its findings the same way.
 * @module
 */
import { ConfigError } from '../errors.js';
import { suggestNames } from '../stores/suggest.js';
import type { PromptStore } from '../stores/types.js';

/** Where the pins or experiments of a client were set. */
export type ConfigSource = 'option' | { file: string };

/** A pin or experiment keyed on a name the store does not have. */
export interface UnknownName {
  /** The client option: `'pins'` or `'experiments'`. */
  option: 'pins' | 'experiments';
  /** The prompt name it is keyed on. */
  name: string;
  /** Where it was set: `'option'` (the `createPromptClient` options) or the path of `promptops.config.json`. */
  source: string;
  /** Names the store has that are close to `name`, closest first (may be empty). */
  suggestions: string[];
  /** The error reported for it (the `error` of its `error` event). */
  error: ConfigError;
}

/** A configured name to check: the option it is a key of, and where that option was set. */
export interface ConfiguredName {
  option: 'pins' | 'experiments';
  name: string;
  source: ConfigSource;
}

/**
 * The problem and the fix for a pin or experiment on a name that `where` (e.g. `'the memory store'`)
 * does not have. `fix` starts lower-case.
 */
export function unknownNameText(
  option: 'pins' | 'experiments',
  where: string,
  suggestions: readonly string[],
  defaultSelector = 'latest',
): { problem: string; fix: string } {
  const pin = option === 'pins';
  const thing = pin ? 'pin' : 'experiment';
  const problem = pin
    ? `pins a prompt that ${where} does not have, so the pin applies to nothing ` +
      `(bare getPrompt() calls of the name you meant get "${defaultSelector}")`
    : `is an experiment on a prompt that ${where} does not have, so it never runs (no request is assigned a variant)`;
  const best = suggestions[0];
  const fix =
    best === undefined
      ? `check the name (\`promptops list\` prints the names there), or remove the ${thing}`
      : `did you mean "${best}"? Rename the key to "${best}", or remove the ${thing}`;
  return { problem, fix };
}

/** The `ConfigError` of one unknown name. */
export function unknownNameError(
  configured: ConfiguredName,
  storeName: string,
  suggestions: readonly string[],
  defaultSelector: string,
): ConfigError {
  const { option, name, source } = configured;
  const { problem, fix } = unknownNameText(option, `the ${storeName} store`, suggestions, defaultSelector);
  const from =
    source === 'option' ? `the createPromptClient option "${option}"` : `"${option}" of promptops.config.json`;
  return new ConfigError(`${problem}. It is set in ${from}. ${fix[0]?.toUpperCase()}${fix.slice(1)}.`, {
    option: `${option}[${JSON.stringify(name)}]`,
    ...(source === 'option' ? {} : { file: source.file }),
  });
}

/** Most names remembered for suggestions when the store cannot list its names. */
const SEEN_MAX = 1_000;

/**
 * Checks a client's pinned and experiment names against its store, once, when the client first reached
 * the store. A store with `list()` is listed once; a store without it is asked
 * `listVersions(name)` for each configured name (`[]`: unknown), and suggestions then come from the names
 * the client has loaded so far. A check that fails (the store went away) runs again at the next contact.
 */
export class UnknownNameCheck {
  readonly #store: PromptStore;
  readonly #configured: readonly ConfiguredName[];
  readonly #report: (unknown: UnknownName) => void;
  readonly #defaultSelector: string;
  readonly #seen = new Set<string>();
  #result: Promise<UnknownName[] | undefined> | undefined;

  constructor(
    store: PromptStore,
    configured: readonly ConfiguredName[],
    defaultSelector: string,
    report: (unknown: UnknownName) => void,
  ) {
    this.#store = store;
    this.#configured = configured;
    this.#defaultSelector = defaultSelector;
    this.#report = report;
  }

  /** The store answered the client about `name` (a record, or "no such prompt"): check, unless done. */
  reached(name: string): void {
    if (typeof this.#store.list !== 'function' && this.#seen.size < SEEN_MAX) this.#seen.add(name);
    this.#result ??= this.#run();
  }

  /**
   * The unknown names once the check ran; `undefined` when it has not run (the client never reached the
   * store) or could not list the names.
   */
  result(): Promise<UnknownName[] | undefined> {
    return this.#result ?? Promise.resolve(undefined);
  }

  async #run(): Promise<UnknownName[] | undefined> {
    const store = this.#store;
    let known: (name: string) => boolean;
    let candidates: Iterable<string>;
    try {
      if (typeof store.list === 'function') {
        const names = new Set(await store.list());
        known = (name) => names.has(name);
        candidates = names;
      } else {
        const names = [...new Set(this.#configured.map((c) => c.name))];
        const counts = await Promise.all(names.map(async (name) => (await store.listVersions(name)).length));
        const present = new Set(names.filter((_, i) => (counts[i] ?? 0) > 0));
        known = (name) => present.has(name);
        candidates = [...this.#seen, ...present];
      }
    } catch {
      // The store went away meanwhile: check again at the next contact.
      this.#result = undefined;
      return undefined;
    }
    const unknown: UnknownName[] = [];
    for (const configured of this.#configured) {
      if (known(configured.name)) continue;
      const suggestions = suggestNames(configured.name, candidates);
      const { option, name, source } = configured;
      unknown.push({
        option,
        name,
        source: source === 'option' ? 'option' : source.file,
        suggestions,
        error: unknownNameError(configured, store.name, suggestions, this.#defaultSelector),
      });
    }
    for (const entry of unknown) this.#report(entry);
    return unknown;
  }
}
