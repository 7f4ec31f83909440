/**
 * `definePrompt`: prompts written in TypeScript, with a zod (or any Standard Schema) input schema
 * whose input type types `render()`; and `typedClient`, which carries those types through a
 * client's `getPrompt`.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { createPromptClient, definePrompt, memoryStore, typedClient } from 'promptops';
 *
 * const greeting = definePrompt({
 *   name: 'support/greeting',
 *   version: '1.0.0',
 *   input: z.object({ customer: z.string(), tone: z.enum(['formal', 'friendly']) }),
 *   default: { tone: 'friendly' },
 *   template: 'Greet {{customer}} in a {{tone}} tone.',
 * });
 * greeting.render({ customer: 'Ada' }); // tone is optional: it has a default
 *
 * const defs = [greeting] as const;
 * const prompts = typedClient(createPromptClient({ store: memoryStore(defs) }), defs);
 * (await prompts.getPrompt('support/greeting')).render({ customer: 'Ada' }); // typed
 * ```
 * @module
 */
import { parseOutput } from '../engine/output.js';
import type { PlaceholderMessage, RenderOptions } from '../engine/prompt.js';
import { compilePrompt, partialNamesOf, RENDER_CHAT } from '../engine/prompt.js';
import type {
  ChatMessage,
  ChatMessageTemplate,
  ModelConfig,
  PromptMetadata,
  PromptRecord,
  ToolDefinition,
} from '../engine/record.js';
import { parseRecord } from '../engine/record-schema.js';
import { PromptOpsError } from '../errors.js';
import type { GetPromptOptions, PromptClient } from './client.js';
import type { PromptVariables, RenderArgs } from './prompt.js';
import type {
  AnyPromptModel,
  PromptIn,
  PromptKind,
  PromptSignature,
  PromptSpecIn,
  TypedRenderMessagesArgs,
} from './registry-types.js';

/**
 * The part of the Standard Schema v1 interface (https://standardschema.dev) that types a prompt:
 * zod, valibot, arktype and others implement it. Declared here (as the spec recommends) so that no
 * package is needed for it.
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => unknown;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

/** The input type of a Standard Schema validator; {@link PromptVariables} for anything else. */
export type InferInput<S> = S extends { readonly '~standard': { readonly types?: infer T } }
  ? NonNullable<T> extends { readonly input: infer I }
    ? I extends object
      ? I
      : PromptVariables
    : PromptVariables
  : PromptVariables;

/** The output type of a Standard Schema validator; `unknown` for anything else (Picoschema, JSON Schema). */
export type InferOutput<S> = S extends { readonly '~standard': { readonly types?: infer T } }
  ? NonNullable<T> extends { readonly output: infer O }
    ? O
    : unknown
  : unknown;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** Variables `V` where the fields with a default (the keys of `D`) are optional. */
export type WithDefaults<V, D> = [keyof D] extends [never]
  ? V
  : Simplify<Omit<V, keyof D> & Partial<Pick<V, Extract<keyof D, keyof V>>>>;

/** The placeholder names of chat messages `M`. */
export type PlaceholderNamesOf<M> = M extends readonly (infer E)[]
  ? E extends { readonly placeholder: infer P extends string }
    ? P
    : never
  : never;

/** What {@link definePrompt} takes. Give `template` (a text prompt) or `messages` (a chat prompt). */
export interface DefinePromptOptions<
  N extends string = string,
  Ver extends string = string,
  S = unknown,
  D = unknown,
  M extends readonly ChatMessageTemplate[] = readonly ChatMessageTemplate[],
  OS = unknown,
  Mo extends string | ModelConfig | undefined = string | ModelConfig | undefined,
> {
  /** The prompt name, e.g. `'support/greeting'`. */
  name: N;
  /** Its semver version, e.g. `'1.0.0'`. */
  version: Ver;
  /**
   * The input schema: a zod schema or any Standard Schema validator (types `render()`), or a
   * Picoschema / JSON Schema object (validated at run time, typed loosely).
   */
  input?: S;
  /** Default values of variables; a defaulted variable is optional in `render()`. */
  default?: D;
  /** The mustache template of a text prompt. */
  template?: string;
  /** The messages of a chat prompt: `{ role, content }` templates and `{ placeholder }` entries. */
  messages?: M;
  /**
   * Output schema: a zod schema or any Standard Schema validator (types `parseOutput()`), or Picoschema /
   * JSON Schema (checked where the prompt is defined, typed loosely).
   */
  output?: { schema?: OS };
  /** Model name or configuration (its literal type becomes the type of `prompt.model`). */
  model?: Mo;
  /** Tools the model may call. */
  tools?: readonly ToolDefinition[];
  /** Description, owner, tags, … */
  metadata?: PromptMetadata;
  /** Labels of this version, e.g. `['production']`. */
  labels?: readonly string[];
}

/**
 * What every prompt made by {@link definePrompt} has: a plain {@link PromptRecord} (serve it with
 * `memoryStore([...])`) with its types and `parseOutput()`. See {@link DefinedPrompt}.
 */
export interface DefinedPromptBase<
  N extends string = string,
  Ver extends string = string,
  V extends object = PromptVariables,
  P extends string = string,
  O = unknown,
  T extends PromptKind = PromptKind,
  Mo = AnyPromptModel,
> extends PromptRecord {
  readonly name: N;
  readonly version: Ver;
  readonly type: T;
  readonly model?: Extract<Mo, string | ModelConfig>;
  /** Types only (never set at run time): variables, placeholder names, output, kind and model of this version. */
  readonly '~types'?: {
    readonly input: V;
    readonly placeholders: P;
    readonly output: O;
    readonly type: T;
    readonly model: Mo;
  };
  /**
   * Check a model's output against `output.schema` (a string is parsed as JSON first), typed by the
   * schema when it is a Standard Schema validator.
   * @throws {PromptOutputError} when it is not JSON or does not fit
   */
  parseOutput(output: unknown): O;
}

/** A text prompt made by {@link definePrompt}: it has `render()` and no `renderMessages()`. */
export interface DefinedTextPrompt<
  N extends string = string,
  Ver extends string = string,
  V extends object = PromptVariables,
  O = unknown,
  Mo = AnyPromptModel,
> extends DefinedPromptBase<N, Ver, V, never, O, 'text', Mo> {
  /**
   * Render this text prompt standalone: defaults + `vars`, validated against the schema (one
   * `PromptInputError` listing every problem). A prompt that includes partials must be rendered
   * through a client, whose store holds the partials.
   */
  render(...args: RenderArgs<V>): string;
}

/** A chat prompt made by {@link definePrompt}: it has `renderMessages()` and no `render()`. */
export interface DefinedChatPrompt<
  N extends string = string,
  Ver extends string = string,
  V extends object = PromptVariables,
  P extends string = string,
  O = unknown,
  Mo = AnyPromptModel,
> extends DefinedPromptBase<N, Ver, V, P, O, 'chat', Mo> {
  /** Render this chat prompt standalone; every placeholder takes an array of `{ role, content }` messages. */
  renderMessages(...args: TypedRenderMessagesArgs<V, P>): ChatMessage[];
}

/**
 * A prompt record made by {@link definePrompt}, typed by its schema: a {@link DefinedTextPrompt}
 * (made with `template`) or a {@link DefinedChatPrompt} (made with `messages`). Calling `render()` on
 * a chat prompt or `renderMessages()` on a text prompt is a compile error.
 */
export type DefinedPrompt<
  N extends string = string,
  Ver extends string = string,
  V extends object = PromptVariables,
  P extends string = string,
  O = unknown,
  T extends PromptKind = PromptKind,
  Mo = AnyPromptModel,
> = T extends 'chat' ? DefinedChatPrompt<N, Ver, V, P, O, Mo> : DefinedTextPrompt<N, Ver, V, O, Mo>;

/** `'chat'` when `messages` were given (`M` is not the default `never[]`), else `'text'`. */
export type KindOfMessages<M> = [M] extends [readonly never[]] ? 'text' : 'chat';

/**
 * Define a prompt in code. The record is checked at once (name, version, schema, defaults, and the
 * template against the schema): a mistake throws a `PromptFormatError` where the prompt is defined.
 * The schema object itself is kept in `input.schema` and validates every render.
 *
 * Types: `render()`'s argument is the schema's input type (`StandardSchemaV1` `types.input`),
 * with the fields of `default` optional; chat placeholders are the `placeholder` names of
 * `messages`. Without a Standard Schema, variables are typed loosely.
 *
 * @throws {PromptFormatError} for a malformed record, naming the field and the fix.
 * @example
 * ```ts
 * const triage = definePrompt({
 *   name: 'support/triage',
 *   version: '2.0.0',
 *   input: z.object({ ticket: z.string() }),
 *   messages: [
 *     { role: 'system', content: 'You triage support tickets.' },
 *     { placeholder: 'history' },
 *     { role: 'user', content: '{{ticket}}' },
 *   ],
 * });
 * triage.renderMessages({ ticket: 'Refund?' }, { history: [] });
 * ```
 */
export function definePrompt<
  const N extends string,
  const Ver extends string,
  S = undefined,
  const D extends Partial<InferInput<S>> = Record<never, never>,
  const M extends readonly ChatMessageTemplate[] = readonly never[],
  OS = undefined,
  const Mo extends string | ModelConfig | undefined = undefined,
>(
  options: DefinePromptOptions<N, Ver, S, D, M, OS, Mo>,
): DefinedPrompt<
  N,
  Ver,
  WithDefaults<InferInput<S>, D>,
  PlaceholderNamesOf<M>,
  InferOutput<OS>,
  KindOfMessages<M>,
  Mo
> {
  if (typeof options !== 'object' || options === null) {
    throw new PromptOpsError('definePrompt needs an object: definePrompt({ name, version, input, template })');
  }
  const candidate: Record<string, unknown> = { name: options.name, version: options.version };
  if (options.labels !== undefined) candidate.labels = [...options.labels];
  if (options.template !== undefined) candidate.template = options.template;
  if (options.messages !== undefined) candidate.messages = options.messages.map((message) => ({ ...message }));
  if (options.input !== undefined || options.default !== undefined) {
    const input: Record<string, unknown> = {};
    if (options.input !== undefined) input.schema = options.input;
    if (options.default !== undefined) input.default = { ...options.default };
    candidate.input = input;
  }
  if (options.output !== undefined) candidate.output = options.output;
  if (options.model !== undefined) candidate.model = options.model;
  if (options.tools !== undefined) candidate.tools = [...options.tools];
  if (options.metadata !== undefined) candidate.metadata = options.metadata;
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) candidate[key] = (options as unknown as Record<string, unknown>)[key];
  }
  const where = `definePrompt(${typeof options.name === 'string' ? JSON.stringify(options.name) : '…'})`;
  const record = parseRecord(candidate, where);
  // Template ⇄ schema now, where the prompt is written (partials are checked by the client that loads them).
  compilePrompt(record, { strict: true, partials: () => PARTIAL_STUB });

  let compiled: ReturnType<typeof compilePrompt> | undefined;
  const compiledPrompt = () => {
    if (compiled !== undefined) return compiled;
    const partials = partialNamesOf(record);
    if (partials.length > 0) {
      throw new PromptOpsError(
        `prompt "${record.name}@${record.version}" includes the partial${partials.length === 1 ? '' : 's'} ` +
          `${partials.map((p) => `"${p}"`).join(', ')}, which a defined prompt cannot render on its own: ` +
          'render it through a client whose store holds the partials, e.g. ' +
          'createPromptClient({ store: memoryStore([prompt, ...partials]) })',
      );
    }
    compiled = compilePrompt(record, { strict: true });
    return compiled;
  };
  Object.defineProperties(record, {
    render: {
      value: (vars?: PromptVariables, renderOptions?: RenderOptions): string =>
        compiledPrompt().render(vars, renderOptions),
    },
    renderMessages: {
      value: (
        vars?: PromptVariables,
        placeholders?: Record<string, readonly PlaceholderMessage[]>,
        renderOptions?: RenderOptions,
      ): ChatMessage[] => compiledPrompt().renderMessages(vars, placeholders, renderOptions),
    },
    parseOutput: { value: (output: unknown): unknown => parseOutput(record, output) },
    [RENDER_CHAT]: {
      value: (vars?: PromptVariables, placeholders?: Record<string, readonly unknown[]>) =>
        compiledPrompt().renderChat(vars, placeholders),
    },
  });
  return Object.freeze(record) as unknown as DefinedPrompt<
    N,
    Ver,
    WithDefaults<InferInput<S>, D>,
    PlaceholderNamesOf<M>,
    InferOutput<OS>,
    KindOfMessages<M>,
    Mo
  >;
}

/** Option keys mapped above; any other key goes to `parseRecord` as is (which rejects it, with a hint). */
const OPTION_KEYS = new Set([
  'name',
  'version',
  'labels',
  'template',
  'messages',
  'input',
  'default',
  'output',
  'model',
  'tools',
  'metadata',
]);

const PARTIAL_STUB: PromptRecord = Object.freeze({ name: 'partial', version: '0.0.0', type: 'text', template: '' });

// ------------------------------------------------------------------------------------------------
// Registries of defined prompts

type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
type DigitsBelow = {
  '0': never;
  '1': '0';
  '2': '0' | '1';
  '3': '0' | '1' | '2';
  '4': '0' | '1' | '2' | '3';
  '5': '0' | '1' | '2' | '3' | '4';
  '6': '0' | '1' | '2' | '3' | '4' | '5';
  '7': '0' | '1' | '2' | '3' | '4' | '5' | '6';
  '8': '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7';
  '9': '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8';
};
type LengthCmp<A extends string, B extends string> = A extends `${infer _A}${infer AR}`
  ? B extends `${infer _B}${infer BR}`
    ? LengthCmp<AR, BR>
    : 'gt'
  : B extends ''
    ? 'eq'
    : 'lt';
type DigitsCmp<A extends string, B extends string> = A extends `${infer a}${infer AR}`
  ? B extends `${infer b}${infer BR}`
    ? a extends b
      ? DigitsCmp<AR, BR>
      : b extends DigitsBelow[a & Digit]
        ? 'gt'
        : 'lt'
    : 'eq'
  : 'eq';
/** Compare two non-negative integers written in decimal. */
type NumberCmp<A extends string, B extends string> = LengthCmp<A, B> extends 'eq' ? DigitsCmp<A, B> : LengthCmp<A, B>;
type Release<V extends string> = V extends `${infer R}-${string}` ? R : V extends `${infer R}+${string}` ? R : V;
type Parts<V extends string> =
  Release<V> extends `${infer Ma}.${infer Mi}.${infer Pa}` ? [Ma, Mi, Pa] : ['0', '0', '0'];
type PartsCmp<A extends string[], B extends string[]> = A extends [infer a extends string, ...infer AR extends string[]]
  ? B extends [infer b extends string, ...infer BR extends string[]]
    ? NumberCmp<a, b> extends 'eq'
      ? PartsCmp<AR, BR>
      : NumberCmp<a, b>
    : 'eq'
  : 'eq';
/** Compare two semver versions (a prerelease is below its release; prereleases among themselves tie). */
export type VersionCmp<A extends string, B extends string> =
  PartsCmp<Parts<A>, Parts<B>> extends 'eq'
    ? Release<A> extends A
      ? Release<B> extends B
        ? 'eq'
        : 'gt'
      : Release<B> extends B
        ? 'lt'
        : 'eq'
    : PartsCmp<Parts<A>, Parts<B>>;

type AnyAbove<All extends string, V extends string> = All extends unknown ? VersionCmp<All, V> : never;
/** The highest of a union of versions. */
export type LatestOf<All extends string> = LatestAmong<All, All>;
type LatestAmong<V extends string, All extends string> = V extends unknown
  ? 'gt' extends AnyAbove<All, V>
    ? never
    : V
  : never;
type MajorOfVersion<V extends string> = V extends `${infer M}.${string}` ? M : never;

type SignatureOfDefined<E> = E extends { readonly '~types'?: infer T }
  ? NonNullable<T> extends {
      readonly input: infer I extends object;
      readonly placeholders: infer P extends string;
      readonly output: infer O;
      readonly type: infer K extends PromptKind;
      readonly model: infer Mo;
    }
    ? { input: I; placeholders: P; output: O; type: K; model: Mo }
    : never
  : never;

type EntryOfDefined<E extends DefinedPromptBase<string, string, object, string>> = SignatureOfDefined<
  Extract<E, { readonly version: LatestOf<E['version']> }>
> & {
  versions: {
    [M in MajorOfVersion<E['version']>]: SignatureOfDefined<
      Extract<E, { readonly version: LatestOf<Extract<E['version'], `${M}.${string}`>> }>
    >;
  };
  releases: E['version'];
};

/**
 * The registry of a list of defined prompts: one entry per name, typed by its latest version, with
 * the latest version of each major under `versions`. Use it with {@link typedClient}, or merge it
 * into the global registry:
 *
 * @example
 * ```ts
 * const defs = [greetingV1, greetingV2, triage] as const;
 * declare module 'promptops' {
 *   interface PromptRegistry extends RegistryOf<typeof defs> {}
 * }
 * ```
 */
export type RegistryOf<D extends readonly DefinedPromptBase<string, string, object, string>[]> = {
  [N in D[number]['name']]: Simplify<EntryOfDefined<Extract<D[number], { readonly name: N }>>>;
};

/**
 * A {@link PromptClient} whose `getPrompt` is typed by registry `R` instead of the global
 * {@link PromptRegistry}: what `typedClient(client, defs)` returns for `definePrompt` registries.
 * With `Strict`, names outside `R` are compile errors.
 */
export interface TypedPromptClient<R, Strict extends boolean = false> extends Omit<PromptClient, 'getPrompt'> {
  /** `getPrompt` of the client, typed by `R`. */
  getPrompt<S extends PromptSpecIn<R, Strict>>(spec: S, options?: GetPromptOptions): Promise<PromptIn<R, S>>;
}

/**
 * Type a client by a list of defined prompts (at run time, returns `client` itself): `getPrompt`
 * then autocompletes their names and types `render()`/`renderMessages()` per name and major
 * (`'support/greeting@^1'`). Other names stay loosely typed, unless `{ strict: true }`.
 *
 * @example
 * ```ts
 * const defs = [greeting, triage] as const;
 * const prompts = typedClient(createPromptClient({ store: memoryStore(defs) }), defs, { strict: true });
 * const p = await prompts.getPrompt('support/triage');
 * p.renderMessages({ ticket: 'Refund?' }, { history: [] });
 * ```
 */
export function typedClient<
  const D extends readonly DefinedPromptBase<string, string, object, string>[],
  Strict extends boolean = false,
>(client: PromptClient, _defs: D, _options?: { strict?: Strict }): TypedPromptClient<RegistryOf<D>, Strict> {
  return client as unknown as TypedPromptClient<RegistryOf<D>, Strict>;
}

/** The signature type of one defined prompt (its variables and placeholders). */
export type SignatureOf<E extends DefinedPromptBase<string, string, object, string>> = SignatureOfDefined<E> &
  PromptSignature;
