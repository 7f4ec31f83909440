/**
 * promptops — run prompts like code.
 *
 * The core entry: the client, the memory / HTTP / Langfuse stores, rendering, errors and types.
 * It imports nothing from Node, so it bundles for browsers, Deno, Bun and Cloudflare Workers.
 * Node-only pieces live in `promptops/fs`; under Node, this entry also reads `promptops.config.json`.
 *
 * @example
 * ```ts
 * import { createPromptClient, httpStore } from 'promptops';
 *
 * const prompts = createPromptClient({
 *   store: httpStore({ url: 'https://prompts.internal', token: process.env.PROMPTS_TOKEN }),
 *   pins: { 'support/greeting': '^1.2.0' },
 * });
 * const p = await prompts.getPrompt('support/greeting');
 * const text = p.render({ company: 'Acme', customer: 'Ada' });
 * ```
 * @module
 */

export type {
  GetPromptOptions,
  PrefetchFailure,
  PrefetchReport,
  PromptClient,
} from './client/client.js';
export { createPromptClient } from './client/client.js';
export type { ConfigFile, FileStoreConfig, HttpStoreConfig } from './client/config-file.js';
export { CONFIG_ENV_VAR, CONFIG_FILE_NAME, parseConfigFile } from './client/config-file.js';
export type { ConfigLoader, DefaultClient, LoadedConfig } from './client/default-client.js';
export { configure, getDefaultClient, getPrompt, resetDefaultClient } from './client/default-client.js';
export type {
  DefinedPrompt,
  DefinePromptOptions,
  InferInput,
  PlaceholderNamesOf,
  RegistryOf,
  StandardSchemaV1,
  TypedPromptClient,
  WithDefaults,
} from './client/define.js';
export { definePrompt, typedClient } from './client/define.js';
export type { ExperimentConfig, ExperimentsOptions } from './client/experiments.js';
export type { PromptFallback } from './client/fallback.js';
export type { CreateLockfileOptions, LockedPrompt, Lockfile } from './client/lockfile.js';
export { createLockfile, LOCKFILE_NAME, parseLockfile } from './client/lockfile.js';
export type {
  CacheOptions,
  ClientHooks,
  Clock,
  ExperimentsOption,
  PromptClientOptions,
  TelemetryOptions,
  Timers,
} from './client/options.js';
export { DEFAULT_CACHE } from './client/options.js';
export type { PricedCall, PriceSource } from './client/price-source.js';
export type { Placeholders, Prompt, PromptRegistry, PromptVariables } from './client/prompt.js';
export type {
  AnyPromptModel,
  ModelIn,
  ModelOf,
  NameKeyedIn,
  OutputIn,
  OutputOf,
  PinsOption,
  PlaceholderMessages,
  PlaceholdersIn,
  PlaceholdersOf,
  PromptIn,
  PromptKind,
  PromptOf,
  PromptRegistryEntry,
  PromptRegistryOptions,
  PromptSignature,
  PromptSpecIn,
  PromptSpecString,
  RegisteredPromptName,
  TypedChatPrompt,
  TypedPrompt,
  TypedRenderMessagesArgs,
  TypedTextPrompt,
  VariablesIn,
  VariablesOf,
} from './client/registry-types.js';
export type { MemorySnapshot, SnapshotAdapter, SnapshotData } from './client/snapshot.js';
export { memorySnapshot, parseSnapshot } from './client/snapshot.js';
export type { UnknownName } from './client/unknown-names.js';
export { computeHash, verifyRecordHash } from './engine/hash.js';
export { isValidName } from './engine/name.js';
export type { CompiledPrompt, CompilePromptOptions, RenderOptions } from './engine/prompt.js';
export { compilePrompt } from './engine/prompt.js';
export type { ChatMessage, ChatMessageTemplate, PromptMetadata, PromptRecord } from './engine/record.js';
export { parseRecord } from './engine/record-schema.js';
export type { InputSchema } from './engine/schema/index.js';
export { compileInputSchema } from './engine/schema/index.js';
export type { PromptSpec, SelectorKind } from './engine/selector.js';
export { parseSpec, resolveSelector, selectorKind } from './engine/selector.js';
export * from './errors.js';
export type { HttpStore, HttpStoreOptions, RetryOptions } from './stores/http.js';
export { httpStore } from './stores/http.js';
export type { LangfusePromptListing, LangfuseStore, LangfuseStoreOptions } from './stores/langfuse.js';
export { langfuseStore } from './stores/langfuse.js';
export type { MemoryStore, MemoryStoreOptions } from './stores/memory.js';
export { memoryStore } from './stores/memory.js';
export type {
  CompletePromptStore,
  LabelMove,
  LabelMoveMeta,
  MaybePromise,
  PromptStore,
  VersionInfo,
} from './stores/types.js';
export type * from './telemetry/events.js';
