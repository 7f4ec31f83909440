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
  PromptFormatError,
  type PromptFormatLocation,
  PromptInputError,
  type PromptInputIssue,
  PromptOpsError,
} from '../errors.js';
import { compileFusedRender, type FusedRender } from './fused-render.js';
import type { ChatMessage, PromptRecord } from './record.js';
import { compileInputSchema, type InputSchema, schemaFromVariables } from './schema/index.js';
import { analyzeTemplate, type CompiledTemplate, compileTemplate, type PartialResolver } from './template/index.js';

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
    placeholders?: Record<string, readonly ChatMessage[]>,
    options?: RenderOptions,
  ): ChatMessage[];
}

type CompiledMessage =
  | { readonly kind: 'message'; readonly role: string; readonly template: CompiledTemplate }
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
  const strict = options.strict ?? true;
  const base: PromptFormatLocation = { promptName: record.name };
  if (options.file !== undefined) base.file = options.file;
  const resolve = partialResolver(options.partials, base);
  const compile = (source: string, field: string, line?: number): CompiledTemplate => {
    const location: PromptFormatLocation = { ...base, field };
    if (line !== undefined) location.line = line;
    return compileTemplate(source, { partial: resolve, strict, location });
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
  const inputSchema = inputSchemaOf(record, used, base);
  const variables = declared && listsProperties(inputSchema) ? inputSchema.properties : used.all;
  const defaults = defaultsOf(record, base);
  return new Prompt(record, inputSchema, variables, used.partials, strict, defaults, text, messages);
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
    for (const name of analyzeTemplate(source, { promptName: record.name, field }).partials) names.add(name);
  };
  add(record.template, 'template');
  if (Array.isArray(record.messages)) {
    record.messages.forEach((message, i) => {
      if (typeof message === 'object' && message !== null && 'content' in message) {
        add(message.content, `messages[${i}].content`);
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
    placeholders?: Record<string, readonly ChatMessage[]>,
    options?: RenderOptions,
  ): ChatMessage[] {
    const messages = this.messages;
    if (messages === undefined) {
      throw new PromptOpsError(
        `prompt "${this.label()}" is a text prompt: call render(vars) instead of renderMessages()`,
      );
    }
    const strict = options?.strict ?? this.strict;
    const issues: PromptInputIssue[] = [];
    const inserted = placeholderValues(messages, placeholders, strict, issues);
    const input = this.input(vars, strict, issues);
    const out: ChatMessage[] = [];
    for (const message of messages) {
      if (message.kind === 'message') {
        out.push({ role: message.role, content: message.template.render(input) });
      } else {
        for (const m of inserted.get(message.name) ?? []) out.push({ role: m.role, content: m.content });
      }
    }
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
): PartialResolver | undefined {
  if (lookup === undefined) return undefined;
  return (name) => {
    const partial = lookup(name);
    if (partial === undefined) return undefined;
    if (partial.type !== 'text' || typeof partial.template !== 'string') {
      throw new PromptFormatError(
        `partial "${name}" is a ${String(partial.type)} prompt without a template; only text prompts can be ` +
          `included with "{{> ${name}}}": include a text prompt or remove the tag`,
        { ...base, field: 'template' },
      );
    }
    return partial.template;
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
      if (typeof m.role === 'string' && m.role !== '' && typeof m.content === 'string') {
        return { kind: 'message', role: m.role, template: compile(m.content, `${field}.content`) };
      }
    }
    throw new PromptFormatError(
      `a message must be { role: string, content: string } or { placeholder: string }, got ${describe(entry)}; ` +
        'fix the entry',
      { ...base, field },
    );
  });
}

function templatesOf(messages: readonly CompiledMessage[]): CompiledTemplate[] {
  const templates: CompiledTemplate[] = [];
  for (const m of messages) if (m.kind === 'message') templates.push(m.template);
  return templates;
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
function inputSchemaOf(record: PromptRecord, used: UsedVariables, base: PromptFormatLocation): InputSchema {
  const declared = record.input?.schema;
  if (declared === undefined || declared === null) return schemaFromVariables(used.required, used.optional);
  const schema = compileInputSchema(declared, { ...base, field: 'input.schema' });
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

/** Messages passed for each placeholder, checked; problems are added to `issues`. */
function placeholderValues(
  messages: readonly CompiledMessage[],
  placeholders: Record<string, readonly ChatMessage[]> | undefined,
  strict: boolean,
  issues: PromptInputIssue[],
): Map<string, readonly ChatMessage[]> {
  const values = new Map<string, readonly ChatMessage[]>();
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
    let valid = true;
    value.forEach((m: unknown, i) => {
      if (typeof m !== 'object' || m === null) {
        valid = false;
        issues.push({
          path: [name, i],
          code: 'invalid_type',
          message: `must be { role, content }, got ${describe(m)}`,
        });
        return;
      }
      const { role, content } = m as Record<string, unknown>;
      if (typeof role !== 'string' || role === '') {
        valid = false;
        issues.push({ path: [name, i, 'role'], code: 'invalid_type', message: `must be a non-empty string` });
      }
      if (typeof content !== 'string') {
        valid = false;
        issues.push({ path: [name, i, 'content'], code: 'invalid_type', message: `must be a string` });
      }
    });
    if (valid) values.set(name, value as readonly ChatMessage[]);
  }
  return values;
}

/** The kind of a value, for messages (never the value itself: inputs may be private). */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
