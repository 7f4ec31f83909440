/**
 * The contract of an eval provider: it builds the request for a prompt (with DESIGN section 11's
 * adapter for its API) and sends it through the provider's own client library.
 * @module
 */

import type { Prompt } from '../../client/prompt.js';
import type { ChatMessage } from '../../engine/record.js';
import type { ModelTarget } from '../models.js';

/** A model's answer to one request. */
export interface ModelAnswer {
  text: string;
  inputTokens?: number;
  outputTokens?: number;
  cachedInputTokens?: number;
}

/** A provider bound to one model. */
export interface EvalProvider {
  /**
   * The request for `prompt` rendered with `vars` (and `placeholders`), as this provider's API takes it.
   * @throws {PromptInputError} when the variables do not fit the prompt's input schema
   */
  buildRequest(prompt: Prompt, vars: Record<string, unknown>, placeholders: Record<string, ChatMessage[]>): unknown;
  /** Send a request; retries (honouring `Retry-After`) happen inside. Every request sent counts in `calls.made`. */
  send(request: unknown, signal: AbortSignal): Promise<ModelAnswer>;
}

/** What a provider factory gets. */
export interface ProviderContext {
  /** Environment for keys and base URLs. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Folder relative module paths (custom providers) start from. */
  readonly dir: string;
  /** Called once for every HTTP request sent to a model (retries included). */
  readonly countRequest: () => void;
  /** Retries after a failed call (429, 408, 409, 5xx, network errors). */
  readonly maxRetries: number;
  /** Timeout of one request in ms. */
  readonly timeoutMs: number;
  /** The fetch the SDK clients use. */
  readonly fetch?: typeof globalThis.fetch;
  /** Imports an optional peer SDK (injectable for tests). */
  readonly importModule: (id: string) => Promise<unknown>;
}

/** Makes the provider of one model. Resolves to a message (what is wrong and how to fix it) when it cannot. */
export type ProviderFactory = (target: ModelTarget, context: ProviderContext) => Promise<EvalProvider | string>;

/** A section 11 request adapter (`toOpenAIChat`, `toAnthropic`): validates the variables and builds the request. */
export type RequestAdapter = (
  prompt: Prompt,
  vars: Record<string, unknown>,
  options: { placeholders: Record<string, ChatMessage[]>; overrides: Record<string, unknown> },
) => unknown;
