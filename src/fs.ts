/**
 * `promptops/fs`: the Node-only pieces — the file store, prompt-file parsing, the file snapshot,
 * config-file and lockfile loading, and the reference HTTP server.
 *
 * @example
 * ```ts
 * import { createPromptClient } from 'promptops';
 * import { fileStore, fileSnapshot } from 'promptops/fs';
 *
 * const prompts = createPromptClient({
 *   store: fileStore({ dir: './prompts', watch: process.env.NODE_ENV !== 'production' }),
 *   snapshot: fileSnapshot({ path: '.cache/prompts.snapshot.json' }),
 * });
 * ```
 * @module
 */

export type { FolderRegistry, FolderRegistryOptions } from './authoring/folder-registry.js';
export { openFolderRegistry } from './authoring/folder-registry.js';
export type { LabelHistory } from './authoring/history.js';
export { readLabelHistory } from './authoring/history.js';
export type { PromoteResult } from './authoring/promote.js';
export { promoteLabel } from './authoring/promote.js';
export type { PublishEntry, PublishOptions, PublishReport } from './authoring/publish.js';
export { publishFolder } from './authoring/publish.js';
export type { RollbackOptions, RollbackResult } from './authoring/rollback.js';
export { rollbackLabel } from './authoring/rollback.js';
export type { Finding, ValidateReport } from './authoring/validate.js';
export { validateFolder, validateStore } from './authoring/validate.js';
export type { LoadConfigFileOptions } from './client/config-file.node.js';
export { loadConfigFile } from './client/config-file.node.js';
export { readLockfile, readLockfileSync } from './client/lockfile.node.js';
export type { FileSnapshotOptions } from './client/snapshot.node.js';
export { fileSnapshot } from './client/snapshot.node.js';
export { MAX_PROMPT_FILE_BYTES, parsePromptFile } from './engine/parse.js';
export { inputSchemaToTypeScript } from './engine/schema/typescript.js';
export type { ServerRoute, ServerRouteContext } from './server/handler.js';
export type { ListenOptions, PromptServer, PromptServerOptions } from './server/server.js';
export { createPromptRequestHandler, createPromptServer } from './server/server.js';
export type { AccessControl, AccessControlOptions, Caller, ServerToken, TokenScope } from './server/tokens.js';
export { createAccessControl, tokensFromFile } from './server/tokens.js';
export type { FileStore, FileStoreOptions, FileStoreProblem } from './stores/fs/file-store.js';
export { fileStore } from './stores/fs/file-store.js';
export type { JsonlSink, JsonlSinkOptions } from './telemetry/jsonl-sink.js';
export { jsonlSink } from './telemetry/jsonl-sink.js';
export type { GenerateRegistryOptions } from './typegen/generate.js';
export { generateRegistry } from './typegen/generate.js';
