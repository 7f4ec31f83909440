/**
 * The default client of the Node entry: as the core one, but when `configure()` was not called it
 * reads `promptops.config.json` from the working directory (or the file `PROMPTOPS_CONFIG` names),
 * and `configure` takes the Node option forms (lockfile path, snapshot `{ path }`); either way calls are
 * priced from `genaiPrices` unless `prices` says otherwise.
 * @module
 */
import type { GetPromptOptions, PromptClient } from './client.js';
import type { NodePromptClientOptions } from './client.node.js';
import { toCoreOptions, withNodePrices } from './client.node.js';
import { loadConfigFile } from './config-file.node.js';
import { createDefaultClient } from './default-client.js';
import type { PromptOf, PromptSpecString } from './registry-types.js';

const node = /* @__PURE__ */ createDefaultClient(async () => {
  const loaded = await loadConfigFile();
  return loaded === undefined ? undefined : { ...loaded, options: withNodePrices(loaded.options) };
}, 'call configure({ store }) first, or add promptops.config.json to the working directory (or set PROMPTOPS_CONFIG to its path)');

/**
 * Configure the default client used by the top-level {@link getPrompt}.
 * @example
 * ```ts
 * import { configure } from 'promptops';
 * import { fileStore } from 'promptops/fs';
 * configure({ store: fileStore({ dir: './prompts' }), lockfile: './promptops.lock.json' });
 * ```
 */
export function configure(options: NodePromptClientOptions): PromptClient {
  return node.configure(toCoreOptions(options));
}

/**
 * `getPrompt` of the default client: the configured one, else one built from
 * `promptops.config.json` on first use.
 */
export function getPrompt<S extends PromptSpecString>(spec: S, options?: GetPromptOptions): Promise<PromptOf<S>> {
  return node.getPrompt(spec, options);
}

/** The default client (configured, or read from `promptops.config.json`). */
export function getDefaultClient(): Promise<PromptClient> {
  return node.getDefaultClient();
}

/** Close and forget the default client; the next use configures again. */
export function resetDefaultClient(): Promise<void> {
  return node.resetDefaultClient();
}
