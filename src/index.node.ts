/**
 * The core entry as Node resolves it (the `node` export condition): everything of the default core
 * entry, with a client that also accepts file paths for `lockfile` and `snapshot`, and a default
 * client that reads `promptops.config.json` (or the file named by `PROMPTOPS_CONFIG`) when
 * `configure()` was not called.
 * @module
 */

export type { NodePromptClientOptions } from './client/client.node.js';
export { createPromptClient } from './client/client.node.js';
export { configure, getDefaultClient, getPrompt, resetDefaultClient } from './client/default-client.node.js';
export * from './index.js';
