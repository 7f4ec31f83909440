/**
 * The prompt record: one immutable version of one prompt, as it travels over HTTP, sits in the
 * memory store and comes out of `toJSON()`. See DESIGN.md section 2.
 * @module
 */

/** The roles a chat message of a prompt may have. */
export type ChatRole = 'system' | 'developer' | 'user' | 'assistant';

/** Every {@link ChatRole}, in the order messages usually use them. */
export const CHAT_ROLES: readonly ChatRole[] = ['system', 'developer', 'user', 'assistant'];

/** A text part of a user message: `text` is a mustache template in a record, plain text once rendered. */
export interface TextPart {
  type: 'text';
  text: string;
}

/**
 * An image part of a user message: `url` is a mustache template in a record that must render to an
 * `https:` or a `data:` URL (anything else is a `PromptInputError` at render time).
 */
export interface ImagePart {
  type: 'image';
  url: string;
}

/** A content part of a user message. */
export type ContentPart = TextPart | ImagePart;

/**
 * A chat message after rendering: the role is one of {@link ChatRole}; the content is text, or (user
 * messages only) a list of text and image parts.
 */
export type ChatMessage = { role: ChatRole; content: string } | { role: 'user'; content: ContentPart[] };

/**
 * A message template of a chat prompt: a role with a mustache template (or, for `user`, a list of
 * parts whose text and URL are templates), or a placeholder.
 */
export type ChatMessageTemplate =
  | { role: ChatRole; content: string }
  | { role: 'user'; content: ContentPart[] }
  | { placeholder: string };

/** Prices in USD per million tokens, for the cost in `usage` events. */
export interface ModelPricing {
  /** USD per 1M input tokens. */
  inputPerMTok: number;
  /** USD per 1M output tokens. */
  outputPerMTok: number;
  /** USD per 1M cached input tokens. @default the input price */
  cachedInputPerMTok?: number;
}

/**
 * The model settings of a prompt version. The adapters (`promptops/openai`, `promptops/anthropic`,
 * `promptops/ai-sdk`) map each field to the provider's parameter and spread `params` last.
 *
 * @example
 * ```ts
 * const model: ModelConfig = { name: 'gpt-4o-mini', provider: 'openai', temperature: 0.2, maxTokens: 400 };
 * ```
 */
export interface ModelConfig {
  /** The provider's model id, e.g. `'gpt-4o-mini'`. */
  name: string;
  /** `'openai'`, `'anthropic'`, `'google'`, …: an adapter for another provider refuses the prompt. */
  provider?: string;
  /** Sampling temperature. */
  temperature?: number;
  /** Most tokens to generate (`max_completion_tokens`, `max_tokens`, `maxOutputTokens`). */
  maxTokens?: number;
  /** Nucleus sampling. */
  topP?: number;
  /** Stop sequences. */
  stop?: string[];
  /** Seed for deterministic sampling, where the provider has one. */
  seed?: number;
  /** Provider-specific parameters, passed through verbatim (spread last into the request). */
  params?: Record<string, unknown>;
  /** Prices for the cost in `usage` events; without them, the price table is used. */
  pricing?: ModelPricing;
}

/** A tool (function) the model may call. */
export interface ToolDefinition {
  /** The function name, `[a-zA-Z0-9_-]{1,64}`. */
  name: string;
  /** What the tool does, for the model. */
  description?: string;
  /** Its arguments: Picoschema or JSON Schema (an object). */
  input: unknown;
}

/** Free-form metadata of a prompt. */
export interface PromptMetadata {
  description?: string;
  owner?: string;
  tags?: string[];
  [key: string]: unknown;
}

/**
 * One immutable version of one prompt.
 *
 * @example
 * ```ts
 * const record: PromptRecord = {
 *   name: 'support/greeting',
 *   version: '1.0.0',
 *   type: 'text',
 *   template: 'Hello {{customer}}',
 *   input: { schema: { customer: 'string' } },
 * };
 * ```
 */
export interface PromptRecord {
  /** `'support/greeting'`: segments of `[a-z0-9][a-z0-9._-]*` joined by `/`. */
  name: string;
  /** Semver `MAJOR.MINOR.PATCH[-pre]`. */
  version: string;
  /** Movable pointers such as `'production'`; not part of the content or the hash. */
  labels?: string[];
  /** `'text'` prompts have a `template`, `'chat'` prompts have `messages`. */
  type: 'text' | 'chat';
  /** Mustache template of a text prompt. */
  template?: string;
  /** Message templates of a chat prompt. */
  messages?: ChatMessageTemplate[];
  /** Input schema (Picoschema or JSON Schema) and default values. */
  input?: { schema?: unknown; default?: Record<string, unknown> };
  /** Output schema (Picoschema or JSON Schema), enforced by `parseOutput` and sent as structured output. */
  output?: { schema?: unknown };
  /** Model name (`'gpt-4o-mini'`) or configuration. */
  model?: string | ModelConfig;
  /** Tools the model may call. */
  tools?: ToolDefinition[];
  /** Description, owner, tags and any other metadata. */
  metadata?: PromptMetadata;
  /** `'sha256-<hex>'` of the canonical content (everything but `labels` and `hash`). */
  hash?: string;
}
