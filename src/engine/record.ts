/**
 * The prompt record: one immutable version of one prompt, as it travels over HTTP, sits in the
 * memory store and comes out of `toJSON()`. See DESIGN.md section 2.
 * @module
 */

/** A chat message after rendering. */
export interface ChatMessage {
  /** `'system'`, `'user'`, `'assistant'` or any role the model accepts. */
  role: string;
  /** The rendered text. */
  content: string;
}

/** A message template of a chat prompt: a role with a mustache template, or a placeholder. */
export type ChatMessageTemplate = { role: string; content: string } | { placeholder: string };

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
  /** Output schema, free-form (Picoschema or JSON Schema). */
  output?: { schema?: unknown };
  /** Model name or configuration; free-form. */
  model?: unknown;
  /** Description, owner, tags and any other metadata. */
  metadata?: PromptMetadata;
  /** `'sha256-<hex>'` of the canonical content (everything but `labels` and `hash`). */
  hash?: string;
}
