/**
 * Compile-time typing of prompt names, variables and placeholders: the machinery behind
 * `interface PromptRegistry` (augmented by `promptops typegen` declarations) and behind
 * `definePrompt` registries. Types only: this module has no runtime code.
 *
 * A registry is an object type from prompt names to entries. An entry is either
 *
 * - structured (what `promptops typegen` writes and what `RegistryOf<typeof defs>` computes):
 *
 *   ```ts
 *   'support/greeting': {
 *     input: { company: string; customer: string; tone?: 'formal' | 'friendly' | null }; // the latest version
 *     placeholders: never;                                  // chat placeholder names ('history' | …)
 *     versions: {                                           // the latest version of each major
 *       '1': { input: { customer: string }; placeholders: never };
 *       '2': { input: { company: string; customer: string; tone?: … }; placeholders: never };
 *     };
 *     releases: '1.0.0' | '1.1.0' | '2.0.0';                // exact versions, for autocompletion
 *     labels: { production: '2' };                          // label → major when generated
 *   };
 *   ```
 *   (`versions`, `releases` and `labels` are optional), or
 * - flat: the variables object itself (`'support/greeting': { customer: string }`), with loosely
 *   typed placeholders. An entry is structured when it has both an `input` and a `placeholders` key.
 *
 * How a spec is typed:
 * - `'name'`, `'name@latest'`: the entry's `input`/`placeholders` (the latest version when generated;
 *   at run time a bare name may resolve through the lockfile or pins to another version: write
 *   `'name@^1'` to type a call by major 1).
 * - `'name@2.1.0'`, `'name@^2'`, `'name@~2.1'`, `'name@2.x'`, `'name@2'`: the entry of major `2` in
 *   `versions`; when the registry does not know that major, variables are typed loosely.
 * - `'name@production'` (a label): the major the generated file recorded for it, else the entry's
 *   `input`. Other ranges (`>=1 <3`, `^1 || ^2`, `*`): loosely.
 * - A name not in the registry: loosely (`Record<string, unknown>`), unless the registry is strict
 *   (`interface PromptRegistryOptions { strict: true }`), where it is a compile error.
 * @module
 */

import type { RenderOptions } from '../engine/prompt.js';
import type { ChatMessage, ModelConfig } from '../engine/record.js';
import type { Placeholders, Prompt, PromptRegistry, PromptVariables, RenderArgs } from './prompt.js';

/**
 * Switches of the global {@link PromptRegistry}, set by augmentation. With `strict: true`, a prompt
 * name that is not in the registry is a compile error in `getPrompt` and as a key of the `pins` and
 * `experiments` client options (typegen writes this with `--strict`).
 *
 * @example
 * ```ts
 * declare module 'promptops' {
 *   interface PromptRegistryOptions {
 *     strict: true;
 *   }
 * }
 * ```
 */
// biome-ignore lint/suspicious/noEmptyInterface: augmented by users and by `promptops typegen --strict`.
export interface PromptRegistryOptions {}

/** `'text'` (rendered with `render()`) or `'chat'` (rendered with `renderMessages()`). */
export type PromptKind = 'text' | 'chat';

/** The model of a prompt whose model is not known at compile time. */
export type AnyPromptModel = string | ModelConfig | undefined;

/**
 * The types of one prompt version: its variables, its chat placeholder names and, when known, its
 * kind, the result of `parseOutput()` and its model config.
 */
export interface PromptSignature {
  /** What `render()`/`renderMessages()` take as variables (defaulted fields optional). */
  input: object;
  /** Names of the chat placeholders (`never` for none, `string` when unknown). */
  placeholders: string;
  /**
   * `'text'` or `'chat'`: `render()` on a chat prompt and `renderMessages()` on a text prompt are then
   * compile errors. Absent: both methods are typed.
   */
  type?: PromptKind;
  /** What `parseOutput()` returns (the type of `output.schema`). Absent: `unknown`. */
  output?: unknown;
  /** The type of `prompt.model` (the record's model id or config). Absent: {@link AnyPromptModel}. */
  model?: unknown;
}

/** A structured registry entry (see the module documentation). */
export interface PromptRegistryEntry extends PromptSignature {
  /** The latest version of each major, by major (`'1'`, `'2'`, …). */
  versions?: Record<string, PromptSignature>;
  /** The exact versions known when the entry was generated (autocompleted after `name@`). */
  releases?: string;
  /** Labels known when the entry was generated, with the major each pointed to. */
  labels?: Record<string, string>;
}

/** The signature of a name the registry does not know: any variables, any placeholders. */
export interface LooseSignature {
  input: PromptVariables;
  placeholders: string;
  type: PromptKind;
  output: unknown;
  model: AnyPromptModel;
}

/** `true` when `Options` (a {@link PromptRegistryOptions}) asks for a strict registry. */
export type StrictOf<Options> = Options extends { strict: true } ? true : false;

/** `true` when the global registry is strict. */
export type IsStrictRegistry = StrictOf<PromptRegistryOptions>;

/** The names of registry `R`. */
export type NamesIn<R> = Extract<keyof R, string>;

/** Selectors autocompleted after `name@` for an entry: its releases, its labels and `latest`. */
type KnownSelectors<E> =
  | 'latest'
  | (E extends { releases: infer V extends string } ? V : never)
  | (E extends { labels: infer L } ? Extract<keyof L, string> : never);

/**
 * The specs accepted by a client over registry `R`: a registered name, `name@selector` (known
 * versions and labels are autocompleted, any selector is accepted), and, unless `Strict`, any string.
 */
export type PromptSpecIn<R, Strict extends boolean = false> =
  | NamesIn<R>
  | { [N in NamesIn<R>]: `${N}@${KnownSelectors<R[N]>}` | `${N}@${string}` }[NamesIn<R>]
  | (Strict extends true ? never : string & {});

/** The name part of a spec: `'a/b@^1'` → `'a/b'`. */
export type SpecName<S extends string> = S extends `${infer N}@${string}` ? N : S;

/** The selector part of a spec, or `undefined` for a bare name. */
export type SpecSelector<S extends string> = S extends `${string}@${infer Sel}` ? Sel : undefined;

/**
 * `Record<string, never>` (a prompt without variables, as typegen writes it) as
 * `Record<string, undefined>`, so that `render()` can be called without arguments (`RenderArgs`
 * tests `Partial<V> extends V`) while any variable is still a compile error.
 */
export type NoVariables<I> = string extends keyof I ? ([I[string]] extends [never] ? Record<string, undefined> : I) : I;

type Structured<E> = E extends { input: infer I extends object; placeholders: infer P extends string }
  ? {
      input: NoVariables<I>;
      placeholders: P;
      type: E extends { type: infer T extends PromptKind } ? T : PromptKind;
      output: E extends { output: infer O } ? O : unknown;
      model: E extends { model: infer M } ? M : AnyPromptModel;
    }
  : never;

/** Characters a semver range (as opposed to a label or `latest`) may start with. */
type RangeStart = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '^' | '~' | '=' | '<' | '>' | '*';

/** The major a selector names (`'2.1.0'`, `'^2'`, `'~2.1'`, `'2.x'`, `'2'` → `'2'`), else `never`. */
export type SelectorMajor<Sel extends string> = Sel extends `${string}${' ' | '|' | '<' | '>' | '*' | ','}${string}`
  ? never
  : StripOperator<Sel> extends `${infer M}.${string}`
    ? M extends `${bigint}`
      ? M
      : never
    : StripOperator<Sel> extends `${bigint}`
      ? StripOperator<Sel>
      : never;

type StripOperator<S extends string> = S extends `${'^' | '~' | '='}${infer R}` ? StripOperator<R> : S;

/** The signature of version major `M` of entry `E`, or loose when the entry does not know it. */
type MajorSignature<E, M extends string> = E extends { versions: infer V }
  ? M extends keyof V
    ? Structured<V[M]> extends never
      ? LooseSignature
      : Structured<V[M]>
    : LooseSignature
  : LooseSignature;

/** The signature a selector picks in a structured entry. */
type SelectedSignature<E, Sel extends string> = Sel extends 'latest'
  ? Structured<E>
  : [SelectorMajor<Sel>] extends [never]
    ? Sel extends `${RangeStart}${string}` | 'x' | 'X'
      ? LooseSignature
      : E extends { labels: infer L }
        ? Sel extends keyof L
          ? L[Sel] extends infer M extends string
            ? MajorSignature<E, M>
            : Structured<E>
          : Structured<E>
        : Structured<E>
    : MajorSignature<E, SelectorMajor<Sel>>;

/** The signature of entry `E` for selector `Sel` (`undefined`: a bare name). */
type EntrySignature<E, Sel> = [Structured<E>] extends [never]
  ? E extends object
    ? { input: E; placeholders: string; type: PromptKind; output: unknown; model: AnyPromptModel }
    : LooseSignature
  : Sel extends string
    ? SelectedSignature<E, Sel>
    : Structured<E>;

/** The {@link PromptSignature} that spec `S` has in registry `R` (loose for unknown names). */
export type SignatureIn<R, S extends string> = string extends S
  ? LooseSignature
  : SpecName<S> extends keyof R
    ? EntrySignature<R[SpecName<S>], SpecSelector<S>>
    : LooseSignature;

/** The variables type of spec `S` in registry `R`. */
export type VariablesIn<R, S extends string> = SignatureIn<R, S>['input'];

/** The placeholder names of spec `S` in registry `R` (`string` when unknown, `never` for none). */
export type PlaceholdersIn<R, S extends string> = SignatureIn<R, S>['placeholders'];

/** Names registered in the global {@link PromptRegistry}. */
export type RegisteredPromptName = NamesIn<PromptRegistry>;

/**
 * A client option keyed by prompt name (`pins`, `experiments`) over registry `R`: with `Strict`, only
 * registered names are keys, so a misspelt key is a compile error (an object literal may only specify
 * known properties); otherwise any name.
 */
export type NameKeyedIn<R, Strict extends boolean, V> = Strict extends true
  ? { [N in NamesIn<R>]?: V }
  : Record<string, V>;

/**
 * The type of the `pins` client option: `{ [name]: selector }`, keyed by registered names when the
 * global registry is strict.
 */
export type PinsOption = NameKeyedIn<PromptRegistry, IsStrictRegistry, string>;

/** The variables type of a spec in the global {@link PromptRegistry} (loose for unknown names). */
export type VariablesOf<S extends string> = VariablesIn<PromptRegistry, S>;

/** The placeholder names of a spec in the global {@link PromptRegistry}. */
export type PlaceholdersOf<S extends string> = PlaceholdersIn<PromptRegistry, S>;

/**
 * The specs `getPrompt` accepts with the global {@link PromptRegistry} and {@link PromptRegistryOptions}:
 * registered names (autocompleted), `name@selector`, and any other string unless the registry is strict.
 */
export type PromptSpecString = PromptSpecIn<PromptRegistry, IsStrictRegistry>;

/** The messages passed for placeholders `P`, by name. */
export type PlaceholderMessages<P extends string> = { readonly [K in P]: readonly ChatMessage[] };

/**
 * Arguments of `renderMessages` for variables `V` and placeholder names `P`: every known placeholder
 * must be given (strict rendering requires it; pass `[]` for none); a prompt without placeholders
 * takes none; unknown placeholders (`P = string`) are loose.
 */
export type TypedRenderMessagesArgs<V, P extends string> = string extends P
  ? Partial<V> extends V
    ? [vars?: V, placeholders?: Placeholders, options?: RenderOptions]
    : [vars: V, placeholders?: Placeholders, options?: RenderOptions]
  : [P] extends [never]
    ? Partial<V> extends V
      ? [vars?: V, placeholders?: Readonly<Record<string, never>>, options?: RenderOptions]
      : [vars: V, placeholders?: Readonly<Record<string, never>>, options?: RenderOptions]
    : Partial<V> extends V
      ? [vars: V | undefined, placeholders: PlaceholderMessages<P>, options?: RenderOptions]
      : [vars: V, placeholders: PlaceholderMessages<P>, options?: RenderOptions];

/**
 * A text {@link Prompt} of a registered name: `renderMessages()` is not there (a compile error), and
 * `parseOutput()` returns `O`, `model` is `M`.
 */
export interface TypedTextPrompt<V extends object, O = unknown, M = AnyPromptModel>
  extends Omit<Prompt<V, O, M>, 'renderMessages' | 'type'> {
  /** Always `'text'`: render it with `render()`. */
  readonly type: 'text';
}

/**
 * A chat {@link Prompt} of a registered name: `render()` is not there (a compile error), every
 * placeholder of `P` is typed, `parseOutput()` returns `O`, `model` is `M`.
 */
export interface TypedChatPrompt<V extends object, P extends string, O = unknown, M = AnyPromptModel>
  extends Omit<Prompt<V, O, M>, 'render' | 'renderMessages' | 'type'> {
  /** Always `'chat'`: render it with `renderMessages()`. */
  readonly type: 'chat';
  /** Render the chat prompt; every placeholder of `P` takes an array of `{ role, content }` messages. */
  renderMessages(...args: TypedRenderMessagesArgs<V, P>): ChatMessage[];
}

/** A {@link Prompt} of unknown kind whose chat placeholders are typed: `P` names them (`never`: none). */
export interface TypedAnyPrompt<V extends object, P extends string, O = unknown, M = AnyPromptModel>
  extends Omit<Prompt<V, O, M>, 'renderMessages'> {
  /** Render a chat prompt; every placeholder of `P` takes an array of `{ role, content }` messages. */
  renderMessages(...args: TypedRenderMessagesArgs<V, P>): ChatMessage[];
}

/**
 * The prompt type of a registered version: variables `V`, placeholder names `P`, `parseOutput()`
 * result `O`, kind `T` and model `M`. A chat prompt has no `render()` and a text prompt no
 * `renderMessages()`, so calling the wrong one is a compile error.
 */
export type TypedPrompt<
  V extends object,
  P extends string,
  O = unknown,
  T extends PromptKind = PromptKind,
  M = AnyPromptModel,
> = [PromptKind] extends [T]
  ? TypedAnyPrompt<V, P, O, M>
  : T extends 'chat'
    ? TypedChatPrompt<V, P, O, M>
    : TypedTextPrompt<V, O, M>;

/**
 * The prompt type `getPrompt(spec)` resolves to in registry `R`: `Prompt<V, O, M>` when the
 * placeholders are unknown (loose names, flat entries), else a {@link TypedPrompt}.
 */
export type PromptIn<R, S extends string> =
  SignatureIn<R, S> extends {
    input: infer V extends object;
    placeholders: infer P extends string;
    type: infer T extends PromptKind;
    output: infer O;
    model: infer M;
  }
    ? string extends P
      ? Prompt<V, O, M>
      : TypedPrompt<V, P, O, T, M>
    : Prompt<PromptVariables>;

/** What `parseOutput()` returns for a spec in registry `R` (`unknown` when not typed). */
export type OutputIn<R, S extends string> = SignatureIn<R, S>['output'];

/** The model type of a spec in registry `R` ({@link AnyPromptModel} when not typed). */
export type ModelIn<R, S extends string> = SignatureIn<R, S>['model'];

/** What `parseOutput()` returns for a spec in the global {@link PromptRegistry}. */
export type OutputOf<S extends string> = OutputIn<PromptRegistry, S>;

/** The model type of a spec in the global {@link PromptRegistry}. */
export type ModelOf<S extends string> = ModelIn<PromptRegistry, S>;

/** The prompt type of a spec in the global {@link PromptRegistry}. */
export type PromptOf<S extends string> = PromptIn<PromptRegistry, S>;

/** Arguments of `render` for variables `V` (re-exported for symmetry with {@link TypedRenderMessagesArgs}). */
export type TypedRenderArgs<V> = RenderArgs<V>;
