/**
 * What every provider adapter shares: the prompt object it is given (a `Prompt` of a client, a
 * `definePrompt` record, or a plain record), the rendered chat, the model settings with overrides,
 * and the errors for what a target cannot take.
 * @module
 */

import { outputJsonSchema } from '../engine/output.js';
import { compilePrompt, RENDER_CHAT, type RenderChatMethod, type RenderedChatItem } from '../engine/prompt.js';
import type {
  ChatMessage,
  ChatRole,
  ContentPart,
  ModelConfig,
  PromptRecord,
  ToolDefinition,
} from '../engine/record.js';
import { toolInputSchema } from '../engine/record-schema.js';
import type { JsonSchema } from '../engine/schema/types.js';
import { ConfigError, PromptInputError, type PromptInputIssue } from '../errors.js';

/**
 * A prompt an adapter takes: what `getPrompt` returns, a `definePrompt` record, or a plain
 * {@link PromptRecord} (compiled on the spot; partials are not resolved then).
 */
export type AdaptablePrompt =
  | PromptRecord
  | { readonly name: string; readonly version: string; toJSON(): PromptRecord };

/** Options of every adapter. */
export interface AdapterOptions<M = unknown> {
  /**
   * Messages for the chat placeholders, by name: plain `{ role, content }` messages, or messages in
   * the shape of the adapter's SDK (tool calls, tool results, content parts, names), passed through
   * intact.
   * @default {}
   */
  placeholders?: Readonly<Record<string, readonly M[]>>;
  /**
   * Model settings applied over the record's, e.g. `{ name: 'gpt-4.1', temperature: 0 }`; `params`
   * are merged with the record's.
   * @default {}
   */
  overrides?: Partial<ModelConfig>;
}

/** The prompt rendered for one model call. */
export interface RenderedRequest {
  readonly record: PromptRecord;
  readonly items: readonly RenderedChatItem[];
  readonly model: ModelConfig;
}

/** The record of an adaptable prompt. */
function recordOf(prompt: AdaptablePrompt): PromptRecord {
  const candidate = prompt as { toJSON?: unknown };
  if (typeof candidate.toJSON === 'function') return (candidate.toJSON as () => PromptRecord)();
  return prompt as PromptRecord;
}

/**
 * Render a prompt for a model call and resolve its model settings.
 * @param provider The adapter's provider id (`'openai'`, `'anthropic'`), or `undefined` for any.
 * @throws {PromptInputError} when the variables or placeholders do not fit
 * @throws {ConfigError} when there is no model, or the model names another provider
 */
export function renderRequest(
  prompt: AdaptablePrompt,
  vars: object | undefined,
  options: AdapterOptions | undefined,
  adapter: string,
  provider: string | undefined,
): RenderedRequest {
  const record = recordOf(prompt);
  const model = resolveModel(record, options?.overrides, adapter, provider);
  const method = (prompt as unknown as Record<symbol, RenderChatMethod | undefined>)[RENDER_CHAT];
  const variables = vars as Record<string, unknown> | undefined;
  const placeholders = options?.placeholders as Record<string, readonly unknown[]> | undefined;
  const items =
    typeof method === 'function'
      ? method.call(prompt, variables, placeholders)
      : compilePrompt(record).renderChat(variables, placeholders);
  return { record, items, model };
}

function resolveModel(
  record: PromptRecord,
  overrides: Partial<ModelConfig> | undefined,
  adapter: string,
  provider: string | undefined,
): ModelConfig {
  const base: Partial<ModelConfig> = typeof record.model === 'string' ? { name: record.model } : { ...record.model };
  const merged: Partial<ModelConfig> = { ...base, ...overrides };
  if (base.params !== undefined || overrides?.params !== undefined) {
    merged.params = { ...base.params, ...overrides?.params };
  }
  const label = `${record.name}@${record.version}`;
  if (typeof merged.name !== 'string' || merged.name === '') {
    throw new ConfigError(
      `prompt "${label}" has no model: set \`model\` in the prompt (e.g. model: gpt-4o-mini) or pass ${adapter}(prompt, vars, { overrides: { name: '…' } })`,
      { option: 'model' },
    );
  }
  if (provider !== undefined && merged.provider !== undefined && merged.provider !== provider) {
    throw new ConfigError(
      `prompt "${label}" is set up for provider "${merged.provider}" (model.provider), not ${provider}: use that provider's adapter, ` +
        `or pass { overrides: { provider: '${provider}', name: '…' } }`,
      { option: 'model.provider' },
    );
  }
  return merged as ModelConfig;
}

/** How an adapter takes the items of a rendered chat, one callback per kind (see {@link convertChat}). */
export interface ChatConversion<M> {
  /**
   * A message of the prompt itself. Returns why the target cannot take it (an image it cannot send), or
   * nothing when taken.
   */
  message(message: ChatMessage): string | undefined;
  /**
   * A plain `{ role, content }` placeholder message, its image URLs already checked (`https:` / `data:`).
   * Returns why the target cannot take its content, or nothing when taken.
   */
  plain(message: ChatMessage): string | undefined;
  /** Why a placeholder message in the SDK's own shape cannot be taken, or `undefined` when it can. */
  problem(value: Record<string, unknown>): string | undefined;
  /** A placeholder message in the SDK's own shape that `problem` accepted (a shallow copy). */
  foreign(value: M): void;
}

/**
 * Walk a rendered chat: the prompt's messages and each placeholder's messages, plain ones converted and the
 * SDK's own checked, in order. Everything the target cannot take is collected first, then thrown at once.
 *
 * @throws {PromptInputError} listing every message the target cannot take (`unsupported_message` for a
 *   placeholder message, at `[placeholder, index]` or `[placeholder, index, 'content']`; `invalid_image_url`
 *   for a message of the prompt, at `messages[i]`)
 */
export function convertChat<M>(record: PromptRecord, items: readonly RenderedChatItem[], to: ChatConversion<M>): void {
  const issues: PromptInputIssue[] = [];
  const refuse = (placeholder: string, index: number, message: string, ...path: string[]): void => {
    issues.push({
      path: [placeholder, index, ...path],
      placeholder,
      code: 'unsupported_message',
      message: `placeholder "${placeholder}" message ${index}: ${message}`,
    });
  };
  for (const item of items) {
    if (item.kind === 'message') {
      const problem = to.message(item.message);
      if (problem !== undefined) {
        issues.push({ path: [`messages[${item.index}]`], code: 'invalid_image_url', message: problem });
      }
      continue;
    }
    item.messages.forEach((value, index) => {
      const plain = asPlainMessage(value);
      if (plain !== undefined) {
        const problem = plainImageProblem(plain) ?? to.plain(plain);
        if (problem !== undefined) refuse(item.name, index, problem, 'content');
        return;
      }
      const problem = to.problem(value as Record<string, unknown>);
      if (problem !== undefined) refuse(item.name, index, problem);
      else to.foreign({ ...value } as M);
    });
  }
  if (issues.length > 0) throw new PromptInputError(record.name, record.version, issues);
}

/**
 * A plain promptops message (`{ role, content }` with a known role and text or promptops parts), or
 * `undefined` when the value is not one.
 */
function asPlainMessage(value: object): ChatMessage | undefined {
  const m = value as Record<string, unknown>;
  const keys = Object.keys(m);
  if (keys.length !== 2 || !keys.includes('role') || !keys.includes('content')) return undefined;
  const role = m.role;
  if (role !== 'system' && role !== 'developer' && role !== 'user' && role !== 'assistant') return undefined;
  if (typeof m.content === 'string') return { role, content: m.content };
  if (role === 'user' && Array.isArray(m.content) && m.content.length > 0 && m.content.every(isPromptopsPart)) {
    return { role, content: m.content.map((part: ContentPart) => ({ ...part })) };
  }
  return undefined;
}

function isPromptopsPart(part: unknown): part is ContentPart {
  if (typeof part !== 'object' || part === null) return false;
  const p = part as Record<string, unknown>;
  const keys = Object.keys(p);
  return (
    (p.type === 'text' && typeof p.text === 'string' && keys.length === 2) ||
    (p.type === 'image' && typeof p.url === 'string' && keys.length === 2)
  );
}

/** The first image part of a plain message whose URL a provider must not be sent, or `undefined`. */
function plainImageProblem(message: ChatMessage): string | undefined {
  if (typeof message.content === 'string') return undefined;
  for (const part of message.content) {
    if (part.type === 'image') {
      const problem = imageUrlProblem(part.url);
      if (problem !== undefined) return problem;
    }
  }
  return undefined;
}

/** `https:` or `data:` URL check of a plain message's image parts. */
export function imageUrlProblem(url: string): string | undefined {
  return /^(https:\/\/|data:)/i.test(url) ? undefined : 'an image URL must start with https: or data:';
}

/** Is `role` a system-level role (`system`, `developer`)? */
export function isSystemRole(role: ChatRole | string): boolean {
  return role === 'system' || role === 'developer';
}

/** Text of a rendered prompt message (parts joined: only user messages have parts). */
export function textOf(message: ChatMessage): string {
  if (typeof message.content === 'string') return message.content;
  return message.content.map((part) => (part.type === 'text' ? part.text : '')).join('');
}

/** The JSON Schema of a tool's arguments. */
export function toolParameters(tool: ToolDefinition, record: PromptRecord, index: number): JsonSchema {
  return toolInputSchema(tool.input, { promptName: record.name, field: `tools[${index}].input` });
}

/** The output JSON Schema of a record, which must describe an object (what structured output takes). */
export function objectOutputSchema(record: PromptRecord, adapter: string): JsonSchema | undefined {
  const schema = outputJsonSchema(record);
  if (schema === undefined) return undefined;
  if (schema.type !== 'object') {
    throw new ConfigError(
      `prompt "${record.name}@${record.version}": ${adapter} sends output.schema as structured output, which must describe an object ` +
        '(type: object): wrap the value in an object field',
      { option: 'output.schema' },
    );
  }
  return schema;
}

/** The name OpenAI takes for a schema: the prompt name with `[^a-zA-Z0-9_-]` → `_`, at most 64 characters. */
export function schemaName(name: string): string {
  return name.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 64);
}

/**
 * A JSON Schema made strict as OpenAI's structured outputs require: every object closed
 * (`additionalProperties: false`) with every property in `required`; a property that was optional
 * becomes a union with `null`. `close` only closes objects (what Anthropic requires).
 */
export function strictSchema(schema: JsonSchema, mode: 'strict' | 'close' = 'strict'): JsonSchema {
  return strictNode(schema, mode, 0);
}

function strictNode(node: JsonSchema, mode: 'strict' | 'close', depth: number): JsonSchema {
  if (depth > 64) return node;
  const out: JsonSchema = { ...node };
  const sub = (value: unknown): unknown =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? strictNode(value as JsonSchema, mode, depth + 1)
      : value;
  for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems'] as const) {
    if (Array.isArray(out[key])) out[key] = (out[key] as unknown[]).map(sub);
  }
  if (out.items !== undefined) out.items = sub(out.items);
  for (const key of ['$defs', 'definitions'] as const) {
    const defs = out[key];
    if (typeof defs === 'object' && defs !== null) {
      out[key] = Object.fromEntries(Object.entries(defs).map(([k, v]) => [k, sub(v)]));
    }
  }
  const isObject = out.type === 'object' || (Array.isArray(out.type) && out.type.includes('object'));
  if (!isObject) return out;
  const properties = (out.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set(Array.isArray(out.required) ? (out.required as string[]) : []);
  const next: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    const strict = sub(value) as JsonSchema;
    next[key] = mode === 'strict' && !required.has(key) ? nullable(strict) : strict;
  }
  out.properties = next;
  out.additionalProperties = false;
  if (mode === 'strict') out.required = Object.keys(next);
  return out;
}

function nullable(schema: JsonSchema): JsonSchema {
  const type = schema.type;
  const out: JsonSchema = { ...schema };
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) out.enum = [...schema.enum, null];
  if (typeof type === 'string') {
    if (type !== 'null') out.type = [type, 'null'];
    return out;
  }
  if (Array.isArray(type)) {
    if (!type.includes('null')) out.type = [...type, 'null'];
    return out;
  }
  if (Array.isArray(schema.enum)) return out;
  if (Array.isArray(schema.anyOf)) {
    if (!schema.anyOf.some((s) => (s as JsonSchema)?.type === 'null')) out.anyOf = [...schema.anyOf, { type: 'null' }];
    return out;
  }
  return { anyOf: [schema, { type: 'null' }] };
}

/** Which SDK a foreign content part or message field belongs to, for error messages. */
export function foreignHint(type: unknown): string {
  if (typeof type !== 'string') return '';
  if (/^(tool_use|tool_result|thinking|redacted_thinking|document|search_result|server_tool_use)$/.test(type)) {
    return ' (an Anthropic content block)';
  }
  if (
    /^(tool-call|tool-result|reasoning|reasoning-file|tool-approval-request|tool-approval-response|custom)$/.test(type)
  ) {
    return ' (an AI SDK part)';
  }
  if (/^(image_url|input_audio|refusal)$/.test(type)) return ' (an OpenAI Chat Completions part)';
  if (/^(input_text|input_image|input_file|output_text|function_call|function_call_output)$/.test(type)) {
    return ' (an OpenAI Responses item or part)';
  }
  return '';
}

/** The type of a content part, or `undefined` when it has none. */
export function partType(part: unknown): unknown {
  return typeof part === 'object' && part !== null ? (part as { type?: unknown }).type : undefined;
}

/** Check that an object has only `allowed` keys; returns the first other key. */
export function extraKey(value: object, allowed: readonly string[]): string | undefined {
  return Object.keys(value).find((key) => !allowed.includes(key));
}
