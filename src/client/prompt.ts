/**
 * The public `Prompt` object `getPrompt` returns: one compiled prompt version plus how it was
 * served, with a sync, validated `render`.
 * @module
 */
import { parseOutput } from '../engine/output.js';
import {
  type CompiledPrompt,
  type PlaceholderMessage,
  RENDER_CHAT,
  type RenderedChatItem,
  type RenderOptions,
} from '../engine/prompt.js';
import type { ChatMessage, ModelConfig, PromptMetadata, PromptRecord } from '../engine/record.js';
import type { PromptEmitter } from '../telemetry/emitter.js';
import type { ErrorEvent, PromptSource, RenderEvent } from '../telemetry/events.js';
import type { CompiledEntry } from './compiled-entry.js';

/** Variables of a prompt whose type is not known (not in {@link PromptRegistry}). */
export type PromptVariables = Record<string, unknown>;

/**
 * Registry of known prompts: `promptops typegen` augments it so that `getPrompt('support/greeting')`
 * autocompletes names and types `render()`/`renderMessages()` per name (and per major with
 * `'support/greeting@^1'`). See `registry-types.ts` for the entry shape; a flat entry (the variables
 * object itself) works too.
 *
 * @example
 * ```ts
 * declare module 'promptops' {
 *   interface PromptRegistry {
 *     'support/greeting': {
 *       input: { company: string; customer: string; tone?: 'formal' | 'friendly' | null };
 *       placeholders: never;
 *       versions: { '1': { input: { customer: string }; placeholders: never } };
 *     };
 *   }
 * }
 * ```
 */
// biome-ignore lint/suspicious/noEmptyInterface: augmented by `promptops typegen` declarations.
export interface PromptRegistry {}

/** Messages passed for the placeholders of a chat prompt, by placeholder name. */
export type Placeholders = Record<string, readonly PlaceholderMessage[]>;

/** Arguments of `render`: `vars` is optional when every variable is. */
export type RenderArgs<V> =
  Partial<V> extends V ? [vars?: V, options?: RenderOptions] : [vars: V, options?: RenderOptions];

/** Arguments of `renderMessages`: `vars` is optional when every variable is. */
export type RenderMessagesArgs<V> =
  Partial<V> extends V
    ? [vars?: V, placeholders?: Placeholders, options?: RenderOptions]
    : [vars: V, placeholders?: Placeholders, options?: RenderOptions];

/**
 * One version of a prompt, ready to render. Returned by `getPrompt`; cheap to create, safe to keep.
 *
 * @example
 * ```ts
 * const p = await prompts.getPrompt('support/greeting');
 * p.version; // '1.2.3'
 * p.source;  // 'store' | 'cache' | 'stale' | 'snapshot' | 'fallback'
 * const text = p.render({ company: 'Acme', customer: 'Ada' });
 * ```
 */
export interface Prompt<V extends object = PromptVariables, O = unknown, M = string | ModelConfig | undefined> {
  /** The prompt name, e.g. `'support/greeting'`. */
  readonly name: string;
  /** The exact version served, e.g. `'1.2.3'` (`'0.0.0'` for a template-string fallback). */
  readonly version: string;
  /** `'sha256-<hex>'` of the content. */
  readonly hash: string;
  /** Labels the version carried when it was loaded. */
  readonly labels: readonly string[];
  /** `'text'` (use `render`) or `'chat'` (use `renderMessages`). */
  readonly type: 'text' | 'chat';
  /**
   * The model of the record: a model id, or `{ name, temperature, maxTokens, … }` (typed per prompt by
   * `typegen` and `definePrompt`).
   */
  readonly model: M;
  /** Description, owner, tags… of the record. */
  readonly metadata: PromptMetadata | undefined;
  /** What served this call: the store, the cache, a stale cache entry, the snapshot or the fallback. */
  readonly source: PromptSource;
  /** Input variable names (declared, or inferred from the template). */
  readonly variables: readonly string[];
  /** The experiment variant, when an experiment picked this version. */
  readonly variant?: string;
  /** The selector that was resolved (after lockfile and pins), e.g. `'^1.2.0'`. */
  readonly selector: string;
  /**
   * Render a text prompt: defaults + `vars`, validated against the input schema when strict (one
   * `PromptInputError` listing every problem). Sync; emits a `render` event.
   */
  render(...args: RenderArgs<V>): string;
  /** Render a chat prompt to `{ role, content }` messages; placeholders take the messages passed for them. */
  renderMessages(...args: RenderMessagesArgs<V>): ChatMessage[];
  /**
   * Check a model's output against the prompt's `output.schema`: a string is parsed as JSON (a fenced
   * ```json block is accepted) first. Typed by `typegen` / `definePrompt`.
   * @throws {PromptOutputError} when it is not JSON or does not fit the schema (`issues`, the start of the text)
   */
  parseOutput(output: unknown): O;
  /** The record (with its `hash`), for `JSON.stringify`. */
  toJSON(): PromptRecord;
}

/** What a {@link PromptHandle} needs from its client. Internal. */
export interface PromptContext {
  readonly emitter: PromptEmitter;
  readonly includeInputs: boolean;
  /** Monotonic-ish ms, for durations. */
  readonly elapsed: () => number;
}

/** The {@link Prompt} implementation. Internal: build it with `new PromptHandle(...)` in the client. */
export class PromptHandle<V extends object = PromptVariables, O = unknown> implements Prompt<V, O> {
  declare readonly name: string;
  declare readonly version: string;
  declare readonly hash: string;
  declare readonly labels: readonly string[];
  declare readonly type: 'text' | 'chat';
  declare readonly model: string | ModelConfig | undefined;
  declare readonly metadata: PromptMetadata | undefined;
  declare readonly source: PromptSource;
  declare readonly variables: readonly string[];
  declare readonly selector: string;
  declare readonly variant?: string;
  readonly #entry: CompiledEntry;
  readonly #compiled: CompiledPrompt;
  readonly #emitter: PromptEmitter;
  readonly #ctx: PromptContext;
  /** `{ strict }` when this prompt's strictness differs from the compiled prompt's default, else `undefined`. */
  readonly #options: RenderOptions | undefined;

  constructor(
    entry: CompiledEntry,
    source: PromptSource,
    selector: string,
    strict: boolean,
    ctx: PromptContext,
    variant?: string,
  ) {
    const record = entry.record;
    this.name = record.name;
    this.version = record.version;
    this.hash = entry.hash;
    this.labels = record.labels ?? [];
    this.type = record.type;
    this.model = record.model;
    this.metadata = record.metadata;
    this.source = source;
    this.variables = entry.compiled.variables;
    this.selector = selector;
    if (variant !== undefined) this.variant = variant;
    this.#entry = entry;
    this.#compiled = entry.compiled;
    this.#emitter = ctx.emitter;
    this.#ctx = ctx;
    this.#options = strict === entry.compiled.strict ? undefined : { strict };
  }

  render(vars?: V, options?: RenderOptions): string;
  render(input?: object, options?: RenderOptions): string {
    const vars = input as PromptVariables | undefined;
    const renderOptions = options?.strict === undefined ? this.#options : options;
    if (!this.#emitter.active) return this.#compiled.render(vars, renderOptions);
    return this.#observe(
      vars,
      () => this.#compiled.render(vars, renderOptions),
      (text) => text.length,
    );
  }

  renderMessages(vars?: V, placeholders?: Placeholders, options?: RenderOptions): ChatMessage[];
  renderMessages(input?: object, placeholders?: Placeholders, options?: RenderOptions): ChatMessage[] {
    const vars = input as PromptVariables | undefined;
    const renderOptions = options?.strict === undefined ? this.#options : options;
    if (!this.#emitter.active) return this.#compiled.renderMessages(vars, placeholders, renderOptions);
    return this.#observe(
      vars,
      () => this.#compiled.renderMessages(vars, placeholders, renderOptions),
      (messages) => chatChars(messages.map((message, index) => ({ kind: 'message', message, index }))),
    );
  }

  /** Render for a provider adapter (`promptops/openai`, …), observed like `renderMessages`. Internal. */
  [RENDER_CHAT](vars?: PromptVariables, placeholders?: Record<string, readonly unknown[]>): RenderedChatItem[] {
    const run = () => this.#compiled.renderChat(vars, placeholders, this.#options);
    if (!this.#emitter.active) return run();
    return this.#observe(vars, run, chatChars);
  }

  parseOutput(output: unknown): O {
    return parseOutput(this.#entry.record, output) as O;
  }

  toJSON(): PromptRecord {
    const record = this.#entry.record;
    return record.hash === this.hash ? { ...record } : { ...record, hash: this.hash };
  }

  #observe<T>(vars: PromptVariables | undefined, run: () => T, chars: (out: T) => number): T {
    const { emitter, elapsed, includeInputs } = this.#ctx;
    const started = elapsed();
    let out: T;
    try {
      out = run();
    } catch (error) {
      if (emitter.wants('error')) {
        const event: ErrorEvent = {
          type: 'error',
          name: this.name,
          selector: this.selector,
          error: asError(error),
          stage: 'render',
        };
        if (this.variant !== undefined) event.variant = this.variant;
        emitter.emit(event);
      }
      throw error;
    }
    if (emitter.wants('render')) {
      const event: RenderEvent = {
        type: 'render',
        name: this.name,
        version: this.version,
        hash: this.hash,
        durationMs: elapsed() - started,
        chars: chars(out),
        inputKeys: vars === undefined || vars === null ? [] : Object.keys(vars),
      };
      if (this.variant !== undefined) event.variant = this.variant;
      if (includeInputs && vars !== undefined) event.inputs = { ...vars };
      emitter.emit(event);
    }
    return out;
  }
}

/** Characters of a rendered chat (text and image URLs of the prompt's own messages). */
function chatChars(items: readonly RenderedChatItem[]): number {
  let chars = 0;
  for (const item of items) {
    if (item.kind !== 'message') continue;
    const { content } = item.message;
    if (typeof content === 'string') chars += content.length;
    else for (const part of content) chars += part.type === 'text' ? part.text.length : part.url.length;
  }
  return chars;
}

/** `error` as an `Error` (wrapping anything else thrown). */
export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
