/**
 * The compiled prompt: a {@link PromptRecord} whose templates are compiled once, whose input schema is compiled
 * (or inferred from the templates) once, and which then renders text or chat messages on the request path
 * without parsing anything.
 *
 * @example
 * ```ts
 * const prompt = compilePrompt({
 *   name: 'support/greeting', version: '1.0.0', type: 'text',
 *   template: 'Hello {{customer}} from {{company}}',
 *   input: { schema: { customer: 'string', company: 'string' } },
 * });
 * prompt.render({ customer: 'Ada', company: 'Acme' }); // 'Hello Ada from Acme'
 * ```
 * @module
 */
import {
  isPromptOpsError,
  PromptFormatError,
  type PromptFormatLocation,
  PromptInputError,
  type PromptInputIssue,
  PromptOpsError,
} from '../errors.js';
import { compileFusedRender, type FusedRender } from './fused-render.js';
import { CHAT_ROLES, type ChatMessage, type ChatRole, type ContentPart, type PromptRecord } from './record.js';
import { compileInputSchema, compileInputSchemaLean, type InputSchema, schemaFromVariables } from './schema/index.js';
import {
  analyzeNodes,
  asRenderLimit,
  type CompiledTemplate,
  compileTemplate,
  DEFAULT_MAX_OUTPUT_CHARS,
  type PartialResolver,
  renderLimitError,
} from './template/index.js';
import { parseAndKeep, takeParsed } from './template/parsed.js';

/** Options of {@link compilePrompt}. */
export interface CompilePromptOptions {
  /**
   * `true`: every render validates the input (defaults + variables) against the input schema, and a missing
   * partial is a {@link PromptFormatError} at compile time. `false`: no validation, missing variables and
   * missing partials render empty. A render call may override the first part with its own `strict`.
   * @default true
   */
  strict?: boolean;
  /**
   * Sync lookup of a partial's record by name (the caller preloaded the latest version of each name that
   * {@link partialNamesOf} lists, recursively). Only text prompts can be partials.
   */
  partials?: (name: string) => PromptRecord | undefined;
  /** The file the record came from, for error locations. */
  file?: string;
  /** 1-based line of `file` on which the text template starts (the body of a `.prompt.md`), for exact error lines. */
  templateLine?: number;
  /**
   * The longest output one render may produce (for a chat prompt: all message contents together). A render
   * that would produce more throws a {@link PromptInputError} with `code: 'RENDER_LIMIT'` naming the prompt.
   * @default 10_000_000
   */
  maxOutputChars?: number;
  /**
   * The most section items and partial inclusions one render may step through; more is a `RENDER_LIMIT`
   * {@link PromptInputError}. Nested sections over arrays multiply, so this bounds the time a render takes.
   * @default 1_000_000
   */
  maxSteps?: number;
}

/** Options of one render call. */
export interface RenderOptions {
  /** Overrides the prompt's `strict`: `false` skips validation and renders missing variables as empty. */
  strict?: boolean;
}

/** A prompt compiled once per version, ready to render. */
export interface CompiledPrompt {
  /** The record it was compiled from (never mutated). */
  readonly record: PromptRecord;
  /**
   * Input names: the declared schema's properties or, without one, the names the templates read at the input
   * level (outside `{{#sections}}`; the inferred schema also accepts names read inside sections).
   */
  readonly variables: readonly string[];
  /** Names of the partials the prompt includes directly. */
  readonly partials: readonly string[];
  /** The input schema: the declared one, or one inferred from the templates. */
  readonly inputSchema: InputSchema;
  /** The strictness it was compiled with: the default of `render`'s and `renderMessages`'s `strict` option. */
  readonly strict: boolean;
  /**
   * Render a text prompt. Input is `{ ...record.input.default, ...vars }` (a variable passed as `undefined` keeps
   * its default), validated when strict.
   * @throws {PromptInputError} when strict and the input does not fit the schema (every problem at once)
   * @throws {PromptOpsError} when the prompt is a chat prompt (call `renderMessages`)
   */
  render(vars?: Record<string, unknown>, options?: RenderOptions): string;
  /**
   * Render a chat prompt: one `{ role, content }` per message, each content rendered on its own (a variable's
   * value can never create, end or re-role a message); each `{ placeholder }` is replaced by the messages passed
   * for it in `placeholders`.
   * @throws {PromptInputError} when strict and the input does not fit the schema or a placeholder is missing, and
   *   always when a placeholder's value is not an array of `{ role: string, content: string }`
   * @throws {PromptOpsError} when the prompt is a text prompt (call `render`)
   */
  renderMessages(
    vars?: Record<string, unknown>,
    placeholders?: Record<string, readonly PlaceholderMessage[]>,
    options?: RenderOptions,
  ): ChatMessage[];
  /**
   * Render for a model call (what the provider adapters use): the prompt's own messages rendered (a text
   * prompt is one user message), and each placeholder's messages as passed, unchecked but for being an
   * array of objects, so that an adapter can take messages in its SDK's shape.
   * @throws {PromptInputError} as `renderMessages` does, and when a placeholder's value is not an array of objects
   */
  renderChat(
    vars?: Record<string, unknown>,
    placeholders?: Record<string, readonly unknown[]>,
    options?: RenderOptions,
  ): RenderedChatItem[];
}

/**
 * The key of the method by which the provider adapters render a prompt object for a model call
 * (`Symbol.for`, so that it works across bundled copies of promptops). Internal.
 */
export const RENDER_CHAT: unique symbol = Symbol.for('promptops.renderChat') as never;

/** The signature of the {@link RENDER_CHAT} method. Internal. */
export type RenderChatMethod = (
  vars: Record<string, unknown> | undefined,
  placeholders: Record<string, readonly unknown[]> | undefined,
) => RenderedChatItem[];

/** A plain message passed for a placeholder of `renderMessages`: every adapter accepts these too. */
export interface PlaceholderMessage {
  /** `'system'`, `'developer'`, `'user'` or `'assistant'`. */
  readonly role: string;
  /** Text, or (user messages) text and image parts. */
  readonly content: string | readonly ContentPart[];
}

/** One item of {@link CompiledPrompt.renderChat}: a rendered message of the prompt, or a placeholder's messages. */
export type RenderedChatItem =
  | { readonly kind: 'message'; readonly message: ChatMessage; readonly index: number }
  | { readonly kind: 'placeholder'; readonly name: string; readonly messages: readonly object[] };

type CompiledPart = { readonly type: 'text' | 'image'; readonly template: CompiledTemplate };

type CompiledMessage =
  | { readonly kind: 'message'; readonly role: ChatRole; readonly template: CompiledTemplate }
  | { readonly kind: 'parts'; readonly role: 'user'; readonly parts: readonly CompiledPart[] }
  | { readonly kind: 'placeholder'; readonly name: string };

const NO_VARIABLES: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * Compile a prompt record: parse its templates and partials, compile its input schema (or infer one from the
 * templates), and check the templates against a declared schema.
 *
 * @throws {PromptFormatError} when a template does not parse, a partial is missing (strict) or cycles outside any
 *   section, the schema is invalid, or a template reads a variable the declared schema does not declare
 */
export function compilePrompt(record: PromptRecord, options: CompilePromptOptions = {}): CompiledPrompt {
  return compileRecord(record, options, compileInputSchema);
}

/**
 * {@link compilePrompt} for a record from a store, on the client's runtime path: the input schema is compiled with
 * the lean check (`compileInputSchemaLean`), which compiles it alike and refuses a malformed one at the same field,
 * in plain words (the rich wording is for where records are written: `parseRecord`, `promptops validate`). Internal.
 */
export function compileStoredPrompt(record: PromptRecord, options: CompilePromptOptions = {}): CompiledPrompt {
  return compileRecord(record, options, compileInputSchemaLean);
}

type SchemaCompiler = (schema: unknown, location: PromptFormatLocation) => InputSchema;

function compileRecord(
  record: PromptRecord,
  options: CompilePromptOptions,
  compileSchema: SchemaCompiler,
): CompiledPrompt {
  const strict = options.strict ?? true;
  const base: PromptFormatLocation = { promptName: record.name };
  if (options.file !== undefined) base.file = options.file;
  const includer = `${record.name}@${record.version}`; // how partial errors name this prompt
  const resolve = partialResolver(options.partials, base, includer);
  const compile = (source: string, field: string, line?: number): CompiledTemplate => {
    const location: PromptFormatLocation = { ...base, field };
    if (line !== undefined) location.line = line;
    const parsed = takeParsed(record, field, source); // parsed by partialNamesOf: parse once per load
    const limits = limitsOf(options);
    const templateOptions = { partial: resolve, strict, location, includer, ...limits };
    return compileTemplate(source, { ...templateOptions, ...(parsed && { parsed }) });
  };

  let text: CompiledTemplate | undefined;
  let messages: CompiledMessage[] | undefined;
  if (record.type === 'text') {
    if (typeof record.template !== 'string') {
      throw new PromptFormatError('a text prompt needs a "template" string; add the template text', {
        ...base,
        field: 'template',
      });
    }
    text = compile(record.template, 'template', options.templateLine);
  } else if (record.type === 'chat') {
    messages = compileMessages(record.messages, base, compile);
  } else {
    throw new PromptFormatError(`unknown prompt type ${JSON.stringify(record.type)}; use "text" or "chat"`, {
      ...base,
      field: 'type',
    });
  }

  const templates = text !== undefined ? [text] : templatesOf(messages ?? []);
  const used = unionAnalysis(templates);
  const declared = record.input?.schema !== undefined && record.input?.schema !== null;
  const inputSchema = inputSchemaOf(record, used, base, compileSchema);
  const variables = declared && listsProperties(inputSchema) ? inputSchema.properties : used.all;
  const defaults = defaultsOf(record, base);
  const maxOutputChars = options.maxOutputChars ?? DEFAULT_MAX_OUTPUT_CHARS;
  return new Prompt(record, inputSchema, variables, used.partials, strict, defaults, text, messages, maxOutputChars);
}

function limitsOf(options: CompilePromptOptions): { maxOutputChars?: number; maxSteps?: number } {
  const limits: { maxOutputChars?: number; maxSteps?: number } = {};
  if (options.maxOutputChars !== undefined) limits.maxOutputChars = options.maxOutputChars;
  if (options.maxSteps !== undefined) limits.maxSteps = options.maxSteps;
  return limits;
}

/**
 * The partial names a record's templates include directly, so that a loader can fetch them (and theirs,
 * recursively) before calling {@link compilePrompt}. Malformed message entries are skipped (compilePrompt reports
 * them).
 * @throws {PromptFormatError} when a template does not parse
 */
export function partialNamesOf(record: PromptRecord): string[] {
  const names = new Set<string>();
  const add = (source: unknown, field: string): void => {
    if (typeof source !== 'string') return;
    const nodes = parseAndKeep(record, field, source, { promptName: record.name, field });
    for (const name of analyzeNodes(nodes).partials) names.add(name);
  };
  add(record.template, 'template');
  if (Array.isArray(record.messages)) {
    record.messages.forEach((message, i) => {
      if (typeof message === 'object' && message !== null && 'content' in message) {
        const content: unknown = message.content;
        if (!Array.isArray(content)) add(content, `messages[${i}].content`);
        else {
          content.forEach((part: Partial<Record<string, unknown>> | null, j) => {
            add(part?.text ?? part?.url, `messages[${i}].content[${j}]`);
          });
        }
      }
    });
  }
  return [...names];
}

class Prompt implements CompiledPrompt {
  constructor(
    readonly record: PromptRecord,
    readonly inputSchema: InputSchema,
    readonly variables: readonly string[],
    readonly partials: readonly string[],
    readonly strict: boolean,
    private readonly defaults: Readonly<Record<string, unknown>> | undefined,
    private readonly text: CompiledTemplate | undefined,
    private readonly messages: readonly CompiledMessage[] | undefined,
    private readonly maxOutputChars: number,
  ) {
    this.accepts = inputSchema.accepts;
    const flat = text?.flat;
    const strings = inputSchema.requiredStrings;
    this.fused = flat !== undefined && strings !== undefined ? compileFusedRender(flat, strings) : undefined;
  }

  /** The input schema's fast acceptance check, if any (see `InputSchema.accepts`). */
  private readonly accepts: ((value: unknown) => boolean) | undefined;
  /** The fused check-and-render of a flat template over required strings, if this prompt is one. */
  private readonly fused: FusedRender | undefined;

  render(vars?: Record<string, unknown>, options?: RenderOptions): string {
    try {
      return this.renderText(vars, options);
    } catch (error) {
      throw this.renderError(error);
    }
  }

  /**
   * Only `PromptOpsError`s leave a render: anything else (a `RangeError` from very deep or very large input in
   * validation or rendering) becomes a `RENDER_LIMIT` error, and a `RENDER_LIMIT` error gets the prompt's version.
   */
  private renderError(error: unknown): Error {
    const limit = asRenderLimit(error, this.record.name);
    if (!isPromptOpsError(limit, 'RENDER_LIMIT') || limit.version !== undefined) {
      return limit;
    }
    return new PromptInputError(this.record.name, this.record.version, limit.issues, {
      code: 'RENDER_LIMIT',
      cause: limit.cause,
    });
  }

  private renderText(vars: Record<string, unknown> | undefined, options: RenderOptions | undefined): string {
    const text = this.text;
    if (text === undefined) {
      throw new PromptOpsError(
        `prompt "${this.label()}" is a chat prompt: call renderMessages(vars, placeholders) instead of render()`,
      );
    }
    const strict = options?.strict ?? this.strict;
    // Hot path: no defaults to merge and input the schema's fast check certainly accepts as it is.
    if (strict && this.defaults === undefined) {
      const fused = this.fused;
      if (fused !== undefined) {
        const out = fused(vars);
        if (out !== undefined) return out;
      } else if (this.accepts?.(vars) === true) {
        return text.renderPlain(vars as Record<string, unknown>);
      }
    }
    return text.render(this.input(vars, strict, undefined));
  }

  renderMessages(
    vars?: Record<string, unknown>,
    placeholders?: Record<string, readonly PlaceholderMessage[]>,
    options?: RenderOptions,
  ): ChatMessage[] {
    if (this.messages === undefined) {
      throw new PromptOpsError(
        `prompt "${this.label()}" is a text prompt: call render(vars) instead of renderMessages()`,
      );
    }
    const out: ChatMessage[] = [];
    for (const item of this.chat(vars, placeholders, options, plainMessage)) {
      if (item.kind === 'message') out.push(item.message);
      else for (const m of item.messages) out.push(m as ChatMessage);
    }
    return out;
  }

  renderChat(
    vars?: Record<string, unknown>,
    placeholders?: Record<string, readonly unknown[]>,
    options?: RenderOptions,
  ): RenderedChatItem[] {
    return this.chat(vars, placeholders, options, undefined);
  }

  /** Render a chat; `convert` (renderMessages) turns each placeholder message into a plain one, adding its problems. */
  private chat(
    vars: Record<string, unknown> | undefined,
    placeholders: Record<string, readonly unknown[]> | undefined,
    options: RenderOptions | undefined,
    convert: ConvertPlaceholderMessage | undefined,
  ): RenderedChatItem[] {
    try {
      return this.chatUnguarded(vars, placeholders, options, convert);
    } catch (error) {
      throw this.renderError(error);
    }
  }

  private chatUnguarded(
    vars: Record<string, unknown> | undefined,
    placeholders: Record<string, readonly unknown[]> | undefined,
    options: RenderOptions | undefined,
    convert: ConvertPlaceholderMessage | undefined,
  ): RenderedChatItem[] {
    const messages = this.messages;
    if (messages === undefined) {
      return [{ kind: 'message', message: { role: 'user', content: this.render(vars, options) }, index: 0 }];
    }
    const strict = options?.strict ?? this.strict;
    const issues: PromptInputIssue[] = [];
    const inserted = placeholderValues(messages, placeholders, strict, issues, convert);
    const input = this.input(vars, strict, issues);
    const out: RenderedChatItem[] = [];
    let chars = 0;
    const counted = (text: string): string => {
      chars += text.length;
      if (chars > this.maxOutputChars) {
        throw renderLimitError(
          this.record.name,
          `the messages would be longer than maxOutputChars (${this.maxOutputChars} characters together); pass ` +
            'smaller input or raise maxOutputChars',
          'max_output_chars',
        );
      }
      return text;
    };
    messages.forEach((message, index) => {
      if (message.kind === 'message') {
        const content = counted(message.template.render(input));
        out.push({ kind: 'message', message: { role: message.role, content }, index });
      } else if (message.kind === 'parts') {
        const content = message.parts.map((part, j): ContentPart => {
          const text = counted(part.template.render(input));
          if (part.type === 'text') return { type: 'text', text };
          checkImageUrl(text, [`messages[${index}].content[${j}].url`], issues);
          return { type: 'image', url: text };
        });
        out.push({ kind: 'message', message: { role: 'user', content }, index });
      } else {
        out.push({ kind: 'placeholder', name: message.name, messages: inserted.get(message.name) ?? [] });
      }
    });
    if (issues.length > 0) throw new PromptInputError(this.record.name, this.record.version, issues);
    return out;
  }

  /**
   * Merge defaults and variables, validate when strict, and throw every problem found (together with the
   * `extraIssues` found before, e.g. placeholder problems) in one {@link PromptInputError}.
   */
  private input(
    vars: Record<string, unknown> | undefined,
    strict: boolean,
    extraIssues: PromptInputIssue[] | undefined,
  ): Record<string, unknown> {
    if (vars !== undefined && (typeof vars !== 'object' || vars === null || Array.isArray(vars))) {
      const issue = { path: [], code: 'invalid_type', message: `variables must be an object, got ${describe(vars)}` };
      throw new PromptInputError(this.record.name, this.record.version, [...(extraIssues ?? []), issue]);
    }
    const input = this.defaults === undefined ? (vars ?? NO_VARIABLES) : withDefaults(this.defaults, vars);
    let value = input;
    let issues = extraIssues;
    if (strict) {
      const result = this.inputSchema.validate(input);
      if (result.ok) value = result.value;
      else issues = issues === undefined ? result.issues : [...result.issues, ...issues];
    }
    if (issues !== undefined && issues.length > 0) {
      throw new PromptInputError(this.record.name, this.record.version, issues);
    }
    return value;
  }

  private label(): string {
    return `${this.record.name}@${this.record.version}`;
  }
}

function partialResolver(
  lookup: CompilePromptOptions['partials'],
  base: PromptFormatLocation,
  includer: string,
): PartialResolver | undefined {
  if (lookup === undefined) return undefined;
  return (name) => {
    const partial = lookup(name);
    if (partial === undefined) return undefined;
    if (partial.type !== 'text' || typeof partial.template !== 'string') {
      throw new PromptFormatError(
        `partial "${name}" (included by ${includer}) is a ${String(partial.type)} prompt without a template; ` +
          `only text prompts can be included with "{{> ${name}}}": include a text prompt or remove the tag`,
        { ...base, field: 'template' },
      );
    }
    const nodes = takeParsed(partial, 'template', partial.template);
    return nodes === undefined ? partial.template : { source: partial.template, nodes };
  };
}

function compileMessages(
  messages: unknown,
  base: PromptFormatLocation,
  compile: (source: string, field: string) => CompiledTemplate,
): CompiledMessage[] {
  if (!Array.isArray(messages)) {
    throw new PromptFormatError(
      'a chat prompt needs a "messages" list of { role, content } or { placeholder } entries; add one',
      { ...base, field: 'messages' },
    );
  }
  return messages.map((entry: unknown, i): CompiledMessage => {
    const field = `messages[${i}]`;
    if (typeof entry === 'object' && entry !== null) {
      const m = entry as Record<string, unknown>;
      if (typeof m.placeholder === 'string' && m.content === undefined && m.role === undefined) {
        return { kind: 'placeholder', name: m.placeholder };
      }
      const role = m.role as ChatRole;
      if ((CHAT_ROLES as readonly unknown[]).includes(role)) {
        if (typeof m.content === 'string') {
          return { kind: 'message', role, template: compile(m.content, `${field}.content`) };
        }
        if (role === 'user' && Array.isArray(m.content) && m.content.every(isPartTemplate)) {
          const parts = m.content.map((part: ContentPart, j): CompiledPart => {
            const source = part.type === 'text' ? part.text : part.url;
            return { type: part.type, template: compile(source, `${field}.content[${j}]`) };
          });
          return { kind: 'parts', role, parts };
        }
      }
    }
    throw new PromptFormatError(
      `a message must be { role: ${CHAT_ROLES.join(' | ')}, content } or { placeholder: string }, got ${describe(entry)}; ` +
        'fix the entry',
      { ...base, field },
    );
  });
}

function isPartTemplate(part: unknown): part is ContentPart {
  if (typeof part !== 'object' || part === null) return false;
  const p = part as Record<string, unknown>;
  return (p.type === 'text' && typeof p.text === 'string') || (p.type === 'image' && typeof p.url === 'string');
}

function templatesOf(messages: readonly CompiledMessage[]): CompiledTemplate[] {
  const templates: CompiledTemplate[] = [];
  for (const m of messages) {
    if (m.kind === 'message') templates.push(m.template);
    else if (m.kind === 'parts') for (const part of m.parts) templates.push(part.template);
  }
  return templates;
}

/** An image URL must be `https:` or `data:` (never `http:`, `file:` or a relative path). */
export function checkImageUrl(url: string, path: readonly (string | number)[], issues: PromptInputIssue[]): void {
  if (/^(https:\/\/|data:)/i.test(url)) return;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  issues.push({
    path,
    code: 'invalid_image_url',
    message: `an image URL must start with https: or data:, got ${scheme === undefined ? 'no scheme' : `a ${scheme}: URL`}`,
  });
}

/** A placeholder message of `renderMessages`: plain `{ role, content }` with a known role; extra fields are left out. */
function plainMessage(value: object, path: (string | number)[], issues: PromptInputIssue[]): ChatMessage {
  const { role, content } = value as Record<string, unknown>;
  const hint =
    'pass messages with tool calls, tool results or SDK-specific fields through an adapter (promptops/openai, promptops/anthropic, promptops/ai-sdk)';
  if (typeof role !== 'string' || !(CHAT_ROLES as readonly string[]).includes(role)) {
    issues.push({
      path: [...path, 'role'],
      code: 'invalid_role',
      message: `must be one of ${CHAT_ROLES.join(', ')}, got ${typeof role === 'string' ? JSON.stringify(role) : describe(role)}; ${hint}`,
    });
    return { role: 'user', content: '' };
  }
  if (typeof content === 'string') return { role: role as ChatRole, content };
  if (role === 'user' && Array.isArray(content) && content.length > 0 && content.every(isPartTemplate)) {
    const parts = content.map((part: ContentPart, j) => {
      if (part.type === 'image') checkImageUrl(part.url, [...path, 'content', j, 'url'], issues);
      return { ...part };
    });
    return { role, content: parts };
  }
  issues.push({
    path: [...path, 'content'],
    code: 'invalid_type',
    message: `must be a string (or, in a user message, a list of { type: text, text } and { type: image, url } parts); ${hint}`,
  });
  return { role: 'user', content: '' };
}

interface UsedVariables {
  readonly required: readonly string[];
  /** Names an inferred schema accepts but does not require: input-level optional ones and section-nested ones. */
  readonly optional: readonly string[];
  readonly all: readonly string[];
  readonly partials: readonly string[];
}

function unionAnalysis(templates: readonly CompiledTemplate[]): UsedVariables {
  const required = new Set<string>();
  const all = new Set<string>();
  const nested = new Set<string>();
  const partials = new Set<string>();
  for (const t of templates) {
    for (const name of t.analysis.required) required.add(name);
    for (const name of t.analysis.all) all.add(name);
    for (const name of t.analysis.nested) nested.add(name);
    for (const name of t.analysis.partials) partials.add(name);
  }
  // Names inside {{#sections}} may resolve from the input through the context stack, so an inferred schema
  // (which rejects unknown variables) must accept them.
  const optional = [...new Set([...all, ...nested])].filter((name) => !required.has(name));
  return { required: [...required], optional, all: [...all], partials: [...partials] };
}

/** The declared schema, checked against the templates, or a schema inferred from the templates. */
function inputSchemaOf(
  record: PromptRecord,
  used: UsedVariables,
  base: PromptFormatLocation,
  compileSchema: SchemaCompiler,
): InputSchema {
  const declared = record.input?.schema;
  if (declared === undefined || declared === null) return schemaFromVariables(used.required, used.optional);
  const schema = compileSchema(declared, { ...base, field: 'input.schema' });
  // A Standard Schema validator that cannot be introspected has no `properties`: nothing to check against.
  if (!listsProperties(schema)) return schema;
  const known = new Set(schema.properties);
  const undeclared = used.all.filter((name) => !known.has(name));
  if (undeclared.length > 0) {
    const list = undeclared.map((n) => `"${n}"`).join(', ');
    const [it, them] = undeclared.length === 1 ? ['variable', 'it'] : ['variables', 'them'];
    throw new PromptFormatError(
      `the template uses ${it} ${list} that input.schema does not declare; declare ${them} under input.schema ` +
        `or remove ${them} from the template`,
      { ...base, field: 'input.schema' },
    );
  }
  return schema;
}

/**
 * `{ ...defaults, ...vars }`, where a variable passed as `undefined` keeps its default (as when it is left out).
 * Spreading defines own properties, so a `"__proto__"` key never reaches the prototype.
 */
function withDefaults(
  defaults: Readonly<Record<string, unknown>>,
  vars: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const input: Record<string, unknown> = { ...defaults, ...vars };
  if (vars !== undefined) {
    for (const key in defaults) {
      if (input[key] === undefined && Object.hasOwn(defaults, key)) input[key] = defaults[key];
    }
  }
  return input;
}

/** False for a schema whose properties are unknown (an opaque Standard Schema validator). */
function listsProperties(schema: InputSchema): boolean {
  const properties = schema.jsonSchema.properties;
  return typeof properties === 'object' && properties !== null;
}

function defaultsOf(record: PromptRecord, base: PromptFormatLocation): Readonly<Record<string, unknown>> | undefined {
  const defaults: unknown = record.input?.default;
  if (defaults === undefined || defaults === null) return undefined;
  if (typeof defaults !== 'object' || Array.isArray(defaults)) {
    throw new PromptFormatError(`input.default must be an object of variable values, got ${describe(defaults)}`, {
      ...base,
      field: 'input.default',
    });
  }
  return Object.keys(defaults).length === 0 ? undefined : (defaults as Record<string, unknown>);
}

type ConvertPlaceholderMessage = (value: object, path: (string | number)[], issues: PromptInputIssue[]) => object;

/**
 * Messages passed for each placeholder: arrays of objects (each converted by `convert` when given);
 * problems are added to `issues`.
 */
function placeholderValues(
  messages: readonly CompiledMessage[],
  placeholders: Record<string, readonly unknown[]> | undefined,
  strict: boolean,
  issues: PromptInputIssue[],
  convert: ConvertPlaceholderMessage | undefined,
): Map<string, readonly object[]> {
  const values = new Map<string, readonly object[]>();
  const first = issues.length;
  for (const message of messages) {
    if (message.kind !== 'placeholder' || values.has(message.name)) continue;
    const name = message.name;
    const value: unknown =
      placeholders !== undefined && placeholders !== null && Object.hasOwn(placeholders, name)
        ? placeholders[name]
        : undefined;
    if (value === undefined) {
      if (strict) {
        issues.push({
          path: [name],
          code: 'missing',
          message: `placeholder "${name}" needs an array of { role, content } messages (pass [] for none)`,
        });
      }
      continue;
    }
    if (!Array.isArray(value)) {
      issues.push({
        path: [name],
        code: 'invalid_type',
        message: `placeholder "${name}" must be an array of { role, content } messages, got ${describe(value)}`,
      });
      continue;
    }
    const before = issues.length;
    const out = value.map((m: unknown, i): object => {
      if (typeof m !== 'object' || m === null || Array.isArray(m)) {
        issues.push({
          path: [name, i],
          code: 'invalid_type',
          message: `must be { role, content }, got ${describe(m)}`,
        });
        return {};
      }
      return convert === undefined ? m : convert(m, [name, i], issues);
    });
    if (issues.length === before) values.set(name, out);
  }
  // Every issue found here is about a placeholder (its path starts with the placeholder's name): say so,
  // so that the error's fix talks about placeholders, not variables.
  for (let i = first; i < issues.length; i++) {
    const issue = issues[i] as PromptInputIssue;
    issues[i] = { ...issue, placeholder: String(issue.path[0]) };
  }
  return values;
}

/** The kind of a value, for messages (never the value itself: inputs may be private). */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
