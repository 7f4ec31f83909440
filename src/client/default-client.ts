/**
 * The default client behind the top-level `configure()` and `getPrompt()`.
 *
 * `createDefaultClient(loader?)` makes one set of these functions around one lazily created client.
 * The core entry uses it without a loader (calling `getPrompt` before `configure` is a
 * `ConfigError`); the Node entry passes the `promptops.config.json` loader.
 * @module
 */
import { ConfigError } from '../errors.js';
import { createPromptClient, type GetPromptOptions, type PromptClient } from './client.js';
import type { PromptClientOptions } from './options.js';
import type { PromptOf, PromptSpecString } from './registry-types.js';

/** What a config loader found: client options, and what to release when the client is replaced. */
export interface LoadedConfig {
  /** Options for `createPromptClient`. */
  options: PromptClientOptions;
  /** Where they came from, for messages. */
  source?: string;
  /** Release what the loader created (e.g. close the store it built). */
  dispose?: () => Promise<void>;
}

/** Finds the default client's options when `configure` was not called; `undefined` when there are none. */
export type ConfigLoader = () => Promise<LoadedConfig | undefined>;

/** The functions around one default client. */
export interface DefaultClient {
  /**
   * Set the default client's options. Replaces (and closes) a previous default client.
   * @returns the new client.
   * @throws `ConfigError` for invalid options.
   */
  configure(options: PromptClientOptions): PromptClient;
  /** `getPrompt` of the default client (configured, or found by the loader). */
  getPrompt<S extends PromptSpecString>(spec: S, options?: GetPromptOptions): Promise<PromptOf<S>>;
  /** The default client, created on first use. */
  getDefaultClient(): Promise<PromptClient>;
  /** Close and forget the default client (tests, hot reload). The next use configures again. */
  resetDefaultClient(): Promise<void>;
}

interface Current {
  client: PromptClient;
  dispose: (() => Promise<void>) | undefined;
}

/**
 * Make the default-client functions.
 *
 * @param loader - called once, on the first use before any `configure()`.
 * @param hint - how to configure, appended to the "not configured" error.
 */
export function createDefaultClient(
  loader?: ConfigLoader,
  hint = 'call configure({ store }) first (import { configure } from "promptops")',
): DefaultClient {
  let current: Current | undefined;
  let loading: Promise<Current> | undefined;
  let generation = 0;

  const release = (old: Current | undefined): void => {
    if (old === undefined) return;
    void old.client
      .close()
      .then(old.dispose, () => old.dispose?.())
      .catch(() => undefined);
  };

  const load = async (): Promise<Current> => {
    const started = generation;
    const loaded = loader === undefined ? undefined : await loader();
    if (loaded === undefined) {
      throw new ConfigError(`No default prompt client is configured: ${hint}.`);
    }
    const next: Current = { client: createPromptClient(loaded.options), dispose: loaded.dispose };
    if (generation !== started) {
      // configure() ran meanwhile: its client wins.
      release(next);
      if (current === undefined) throw new ConfigError(`No default prompt client is configured: ${hint}.`);
      return current;
    }
    current = next;
    return next;
  };

  const api: DefaultClient = {
    configure(options) {
      const client = createPromptClient(options);
      generation++;
      loading = undefined;
      const old = current;
      current = { client, dispose: undefined };
      release(old);
      return client;
    },
    async getDefaultClient() {
      if (current !== undefined) return current.client;
      loading ??= load().finally(() => {
        loading = undefined;
      });
      return (await loading).client;
    },
    async getPrompt(spec, options) {
      const client = current?.client ?? (await api.getDefaultClient());
      return client.getPrompt(spec, options);
    },
    async resetDefaultClient() {
      generation++;
      loading = undefined;
      const old = current;
      current = undefined;
      if (old !== undefined) {
        await old.client.close();
        await old.dispose?.();
      }
    },
  };
  return api;
}

const core = /* @__PURE__ */ createDefaultClient();

/**
 * Configure the default client used by the top-level {@link getPrompt}.
 * @example
 * ```ts
 * import { configure, getPrompt, memoryStore } from 'promptops';
 * configure({ store: memoryStore([greeting]) });
 * const p = await getPrompt('support/greeting');
 * ```
 */
export function configure(options: PromptClientOptions): PromptClient {
  return core.configure(options);
}

/**
 * `getPrompt` of the default client. Outside Node, {@link configure} must be called first (a
 * `ConfigError` says so); on Node, `promptops.config.json` is read when it was not.
 */
export function getPrompt<S extends PromptSpecString>(spec: S, options?: GetPromptOptions): Promise<PromptOf<S>> {
  return core.getPrompt(spec, options);
}

/** The default client (after {@link configure}). */
export function getDefaultClient(): Promise<PromptClient> {
  return core.getDefaultClient();
}

/** Close and forget the default client. */
export function resetDefaultClient(): Promise<void> {
  return core.resetDefaultClient();
}
