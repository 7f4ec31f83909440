/**
 * The template compiler: parses a template once (with `mustache`'s parser) and turns the tree into nested
 * closures that do their own context lookup. Rendering does no parsing and no global state is touched;
 * no code is generated at run time (`new Function` is banned on some edge runtimes).
 *
 * @example
 * ```ts
 * const t = compileTemplate('Hello {{user.name}}{{#tags}}, {{.}}{{/tags}}');
 * t.render({ user: { name: 'Ada' }, tags: ['a', 'b'] }); // 'Hello Ada, a, b'
 * ```
 * @module
 */
import {
  ConfigError,
  isPromptOpsError,
  PromptFormatError,
  type PromptFormatLocation,
  PromptInputError,
} from '../../errors.js';
import { isPlainObject } from '../plain.js';
import { analyzeNodes, type TemplateAnalysis } from './analyze.js';
import { lookupName, lookupPath, readOwn, readOwnPath } from './lookup.js';
import { parseTemplate, type TemplateNode } from './parse.js';
import {
  includerLabel,
  mergePartialAnalysis,
  type PartialGraph,
  type PartialResolver,
  resolvePartialGraph,
} from './partials.js';
import { InputTooDeep, isEmptyValue, toText } from './value.js';

/** Deepest nesting of partials while rendering; deeper recursion is an error, never a stack overflow. */
const MAX_PARTIAL_DEPTH = 64;

/** Most partial inclusions in one render; more is an error, never a hang (e.g. a wide recursive partial). */
const MAX_PARTIAL_RENDERS = 100_000;

/** Default of `maxOutputChars`: the longest output one render may produce. */
export const DEFAULT_MAX_OUTPUT_CHARS = 10_000_000;

/** Default of `maxSteps`: the most section items (and partial inclusions) one render may step through. */
const DEFAULT_MAX_STEPS = 1_000_000;

/** Options of {@link compileTemplate}. */
export interface CompileTemplateOptions {
  /**
   * The longest output a render may produce, in UTF-16 code units. A render that would produce more stops with
   * a `PromptInputError` whose `code` is `'RENDER_LIMIT'`.
   * @default 10_000_000
   */
  maxOutputChars?: number;
  /**
   * The most steps a render may take: one per section item (each array element, or the one value of a
   * non-array section) and one per partial inclusion. More stops with a `PromptInputError` (`'RENDER_LIMIT'`):
   * nested sections over arrays multiply, and 30 nested `{{#a}}` over `a: [1, 2]` would run 2^30 times.
   * @default 1_000_000
   */
  maxSteps?: number;
  /**
   * Returns the template text of a partial by name, or `undefined` when there is none. Called at compile time
   * only, once per name reachable from the template.
   */
  partial?: PartialResolver;
  /**
   * Escapes the text of `{{name}}` tags (never of `{{{name}}}` or `{{&name}}`). Unset by default: prompts are
   * not HTML. Pass `escapeHtml` for the Mustache spec's behaviour.
   */
  escape?: (text: string) => string;
  /**
   * When true (the default) a missing partial is a {@link PromptFormatError} at compile time; when false it
   * renders as empty, as the Mustache spec says.
   * @default true
   */
  strict?: boolean;
  /**
   * What becomes of the line ending of a standalone partial tag (a `{{> name}}` alone on its line).
   * `'keep'`: the tag stands for whole lines, so when the partial renders text that does not end with a line
   * ending (a `.prompt.md` body is trimmed, so it never does), the tag's line ending follows it:
   * `"Intro.\n{{> p}}\n\nT"` with `p` = `"Be polite."` renders `"Intro.\nBe polite.\n\nT"`. A partial that
   * renders nothing, or text that already ends with a line ending, leaves the line out as the spec does.
   * `'spec'`: the tag's line ending is always removed, as the Mustache spec says ("Standalone Line Endings").
   * @default 'keep'
   */
  partialLineEndings?: 'keep' | 'spec';
  /**
   * How partial errors name the template that includes the partials (e.g. `"support/reply@1.2.0"`).
   * @default `location.promptName`, else `"the template"`
   */
  includer?: string;
  /** Where the template comes from (file, prompt name, field, start line), for error messages. */
  location?: PromptFormatLocation;
  /** The template already parsed (by `parseTemplate` of the same `source`): skips parsing it again. */
  parsed?: readonly TemplateNode[];
}

/** A template compiled once into a render function. */
export interface CompiledTemplate {
  /** The template text. */
  readonly source: string;
  /** What the template reads, including what its partials read (see {@link TemplateAnalysis}). */
  readonly analysis: TemplateAnalysis;
  /** Partials included somewhere but not found (only when compiled with `strict: false`); they render empty. */
  readonly missingPartials: readonly string[];
  /**
   * Render with `view` as the root context. Never calls functions found in the view. Throws nothing but
   * `PromptOpsError`s.
   * @throws {PromptFormatError} when partials nest deeper than {@link MAX_PARTIAL_DEPTH} or are included more
   *   than {@link MAX_PARTIAL_RENDERS} times
   * @throws {PromptInputError} with `code: 'RENDER_LIMIT'` when the output would pass `maxOutputChars`, the render
   *   would take more than `maxSteps` steps, or the view is too deep or too large to render (the engine ran out
   *   of stack or string length)
   */
  render(view: unknown): string;
  /**
   * {@link CompiledTemplate.render} for a view the caller has checked to be a plain object (prototype
   * `Object.prototype` or `null`): skips that check. Passing anything else may read inherited members.
   */
  renderPlain(view: Record<string, unknown>): string;
  /**
   * Present when the template is only text and unescaped single-name variables that `Object.prototype` does not
   * have: `texts[0] + view[keys[0]] + texts[1] + … + texts[n]`, where every value is rendered with `toText`.
   * Lets a caller that has checked the values are strings fuse that check with the render (see `fused.ts`).
   */
  readonly flat?: FlatTemplate;
}

/** The shape of a flat template (see {@link CompiledTemplate.flat}): `texts.length === keys.length + 1`. */
export interface FlatTemplate {
  readonly texts: readonly string[];
  readonly keys: readonly string[];
}

/** Mutable state of one render call. */
interface RenderState {
  /** The context stack, root first. */
  readonly frames: unknown[];
  /** Current partial nesting depth. */
  depth: number;
  /** Partial inclusions so far. */
  includes: number;
  /** Section items and partial inclusions so far (bounded by `maxSteps`). */
  steps: number;
}

/** The limits of one compiled template, with what its errors say. */
interface Limits {
  readonly maxOutputChars: number;
  readonly maxSteps: number;
  readonly promptName: string;
}

type RenderFn = (state: RenderState) => string;

/** How partials render and how their errors name the including template. */
interface PartialOptions {
  /** Keep a standalone tag's line ending after partial output that does not end a line (`'keep'`). */
  readonly keepLineEndings: boolean;
  readonly includer: string;
}

/**
 * Compile a template into a render function.
 *
 * @throws {PromptFormatError} when the template or a partial does not parse, a partial is missing (strict), or
 *   partials include each other in a cycle outside any section
 */
export function compileTemplate(source: string, options: CompileTemplateOptions = {}): CompiledTemplate {
  const location = options.location ?? {};
  const nodes = options.parsed ?? parseTemplate(source, location);
  const local = analyzeNodes(nodes);
  const graph = resolvePartialGraph(local, {
    resolve: options.partial,
    strict: options.strict ?? true,
    location,
    includer: options.includer,
  });
  const analysis = mergePartialAnalysis(local, graph);
  const limits: Limits = {
    maxOutputChars: limitOption(options.maxOutputChars, 'maxOutputChars', DEFAULT_MAX_OUTPUT_CHARS),
    maxSteps: limitOption(options.maxSteps, 'maxSteps', DEFAULT_MAX_STEPS),
    promptName: location.promptName ?? '(template)',
  };
  const flat = compileFlat(nodes, options.escape);
  if (flat !== undefined) {
    // Output of a flat template is its text plus the values, so only their size can pass the limit.
    const { render, renderPlain } = flat;
    return {
      source,
      analysis,
      missingPartials: graph.missing,
      ...flat,
      render: (view) => checkedOutput(guarded(render, view, limits), limits),
      renderPlain: (view) => checkedOutput(guarded(renderPlain, view, limits), limits),
    };
  }
  const partials: PartialOptions = {
    keepLineEndings: (options.partialLineEndings ?? 'keep') === 'keep',
    includer: includerLabel(options.includer, location),
  };
  const root = new NodeCompiler(graph, options.escape, location, limits, partials).compile(nodes);
  const run = (view: unknown): string => root({ frames: [view], depth: 0, includes: 0, steps: 0 });
  const render = (view: unknown): string => checkedOutput(guarded(run, view, limits), limits);
  return { source, analysis, missingPartials: graph.missing, render, renderPlain: render };
}

/** A `RENDER_LIMIT` error for the prompt of `limits`. */
export function renderLimitError(promptName: string, message: string, code: string, cause?: unknown): PromptInputError {
  return new PromptInputError(
    promptName,
    undefined,
    [{ path: [], code, message }],
    cause === undefined ? { code: 'RENDER_LIMIT' } : { code: 'RENDER_LIMIT', cause },
  );
}

/**
 * `fn(view)`, where anything but a `PromptOpsError` (a `RangeError` from a stack overflow on very deep input, or
 * from a string longer than the engine allows) becomes a `RENDER_LIMIT` error.
 */
function guarded<V>(fn: (view: V) => string, view: V, limits: Limits): string {
  try {
    return fn(view);
  } catch (error) {
    throw asRenderLimit(error, limits.promptName);
  }
}

/** Pass `PromptOpsError`s through; turn anything else thrown while rendering into a `RENDER_LIMIT` error. */
export function asRenderLimit(error: unknown, promptName: string): Error {
  if (isPromptOpsError(error)) return error;
  if (error instanceof InputTooDeep) {
    return renderLimitError(promptName, `${error.message}; pass flatter input`, 'max_input_depth');
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return renderLimitError(
    promptName,
    `the render could not complete (${detail}): the input is too deep or too large to render; pass smaller ` +
      'or flatter input',
    'render_failed',
    error,
  );
}

function checkedOutput(out: string, limits: Limits): string {
  if (out.length > limits.maxOutputChars) throw outputLimitError(limits);
  return out;
}

function outputLimitError(limits: Limits): PromptInputError {
  return renderLimitError(
    limits.promptName,
    `the output would be longer than maxOutputChars (${limits.maxOutputChars} characters); pass smaller input ` +
      'or raise maxOutputChars',
    'max_output_chars',
  );
}

function stepLimitError(limits: Limits): PromptInputError {
  return renderLimitError(
    limits.promptName,
    `the render would take more than maxSteps (${limits.maxSteps}) section items and partial inclusions ` +
      '(nested sections over arrays multiply); pass smaller input, flatten the template, or raise maxSteps',
    'max_steps',
  );
}

function limitOption(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value >= 1) || (!Number.isInteger(value) && value !== Infinity)) {
    throw new ConfigError(`must be a positive integer (or Infinity), got ${String(value)}`, { option: name });
  }
  return value;
}

/**
 * The fast path of the common prompt: a template of text and variables only (no sections, no partials) reads
 * every name from the input itself, so it needs no context stack and allocates nothing but its output.
 * `undefined` when the template has sections or partials.
 *
 * Two variants are compiled: one that checks every read with `Object.hasOwn`, and one for plain objects (whose
 * prototype is `Object.prototype` or `null`) that reads names directly. For a plain object, a name that
 * `Object.prototype` does not have can only be an own property, so the direct read is just as safe; names that
 * `Object.prototype` has (`constructor`, `toString`, `__proto__`...) are always read with the check. One
 * prototype test per render replaces a `hasOwn` call per variable.
 */
function compileFlat(
  nodes: readonly TemplateNode[],
  escapeText: ((text: string) => string) | undefined,
): Pick<CompiledTemplate, 'render' | 'renderPlain' | 'flat'> | undefined {
  const texts: string[] = [''];
  const checked: Array<(view: unknown) => string> = [];
  const direct: Array<(view: unknown) => string> = [];
  const keys: string[] = [];
  let simple = true;
  for (const node of nodes) {
    if (node.kind === 'text') {
      texts[texts.length - 1] += node.text;
    } else if (node.kind === 'variable') {
      const escapeFn = node.escaped ? escapeText : undefined;
      const key = node.path[0];
      if (node.path.length !== 1 || key === undefined || escapeFn !== undefined || key in Object.prototype)
        simple = false;
      else keys.push(key);
      checked.push(flatVariable(node.path, escapeFn));
      direct.push(directVariable(node.path, escapeFn));
      texts.push('');
    } else {
      return undefined;
    }
  }
  const renderChecked = sequence(texts, checked);
  const renderDirect = sequence(texts, direct);
  const render = (view: unknown): string => (isPlainObject(view) ? renderDirect(view) : renderChecked(view));
  return simple ? { render, renderPlain: renderDirect, flat: { texts, keys } } : { render, renderPlain: renderDirect };
}

function flatVariable(
  path: readonly string[],
  escapeText: ((text: string) => string) | undefined,
): (view: unknown) => string {
  const key = path[0];
  if (path.length === 1 && key !== undefined) {
    return escapeText === undefined
      ? (view) => toText(readOwn(view, key))
      : (view) => escapeText(toText(readOwn(view, key)));
  }
  return escapeText === undefined
    ? (view) => toText(readOwnPath(view, path))
    : (view) => escapeText(toText(readOwnPath(view, path)));
}

/** A variable read from a view known to be a plain object (see {@link compileFlat}). */
function directVariable(
  path: readonly string[],
  escapeText: ((text: string) => string) | undefined,
): (view: unknown) => string {
  const key = path[0];
  if (key === undefined || key in Object.prototype) return flatVariable(path, escapeText);
  const rest = path.slice(1);
  const read =
    rest.length === 0
      ? (view: unknown) => (view as Record<string, unknown>)[key]
      : (view: unknown) => readOwnPath((view as Record<string, unknown>)[key], rest);
  if (escapeText !== undefined) return (view) => escapeText(toText(read(view)));
  return rest.length === 0
    ? (view) => toText((view as Record<string, unknown>)[key])
    : (view) => toText(readOwnPath((view as Record<string, unknown>)[key], rest));
}

/** Compiles nodes into closures; owns the cache of partials compiled per (name, indentation). */
class NodeCompiler {
  private readonly partialCache = new Map<string, RenderFn | null>();

  constructor(
    private readonly graph: PartialGraph,
    private readonly escapeText: ((text: string) => string) | undefined,
    private readonly location: PromptFormatLocation,
    private readonly limits: Limits,
    private readonly partials: PartialOptions,
  ) {}

  compile(nodes: readonly TemplateNode[]): RenderFn {
    // Shape: texts[0] + parts[0](s) + texts[1] + parts[1](s) + … + texts[n], like a template literal.
    const texts: string[] = [''];
    const parts: RenderFn[] = [];
    for (const node of nodes) {
      if (node.kind === 'text') {
        texts[texts.length - 1] += node.text;
      } else {
        parts.push(this.compileNode(node));
        texts.push('');
      }
    }
    if (parts.length <= 6) return sequence(texts, parts);
    // A long sequence checks the output as it grows: each part is bounded, but thousands of them add up.
    const limits = this.limits;
    const count = parts.length;
    const t0 = texts[0] ?? '';
    return (s) => {
      let out = t0;
      for (let i = 0; i < count; i++) {
        out += (parts[i] as RenderFn)(s) + texts[i + 1];
        if (out.length > limits.maxOutputChars) throw outputLimitError(limits);
      }
      return out;
    };
  }

  private compileNode(node: Exclude<TemplateNode, { kind: 'text' }>): RenderFn {
    switch (node.kind) {
      case 'variable':
        return this.variable(node.path, node.escaped ? this.escapeText : undefined);
      case 'section':
        return node.inverted ? this.inverted(node.path, this.compile(node.children)) : this.section(node.path, node);
      case 'partial':
        return this.partial(node.name, node.indentation, this.partials.keepLineEndings ? node.lineEnding : '');
    }
  }

  private variable(path: readonly string[], escapeText: ((text: string) => string) | undefined): RenderFn {
    const key = path[0];
    if (path.length === 1 && key !== undefined) {
      return escapeText === undefined
        ? (s) => toText(lookupName(s.frames, key))
        : (s) => escapeText(toText(lookupName(s.frames, key)));
    }
    return escapeText === undefined
      ? (s) => toText(lookupPath(s.frames, path))
      : (s) => escapeText(toText(lookupPath(s.frames, path)));
  }

  private inverted(path: readonly string[], body: RenderFn): RenderFn {
    return (s) => (isEmptyValue(lookupPath(s.frames, path)) ? body(s) : '');
  }

  private section(path: readonly string[], node: { readonly children: readonly TemplateNode[] }): RenderFn {
    const body = this.compile(node.children);
    const limits = this.limits;
    const { maxOutputChars, maxSteps } = limits;
    return (s) => {
      const value = lookupPath(s.frames, path);
      if (isEmptyValue(value)) return '';
      const frames = s.frames;
      if (Array.isArray(value)) {
        let out = '';
        for (let i = 0; i < value.length; i++) {
          if (++s.steps > maxSteps) throw stepLimitError(limits);
          frames.push(value[i]);
          out += body(s);
          frames.pop();
          if (out.length > maxOutputChars) throw outputLimitError(limits);
        }
        return out;
      }
      if (++s.steps > maxSteps) throw stepLimitError(limits);
      frames.push(value);
      const out = body(s);
      frames.pop();
      return out;
    };
  }

  /**
   * A partial inclusion. `lineEnding` (a standalone tag's, in `'keep'` mode) follows output that does not end
   * with a line ending, so the partial ends its line as the tag's line did.
   */
  private partial(name: string, indentation: string, lineEnding: string): RenderFn {
    // Resolved on first use, then kept in the closure: no map lookup on later renders.
    let compiled: RenderFn | null | undefined;
    return (s) => {
      if (compiled === undefined) compiled = this.partialFn(name, indentation);
      if (compiled === null) return '';
      if (s.depth >= MAX_PARTIAL_DEPTH) throw this.limitError(name, `nest deeper than ${MAX_PARTIAL_DEPTH} levels`);
      if (++s.includes > MAX_PARTIAL_RENDERS) {
        throw this.limitError(name, `are included more than ${MAX_PARTIAL_RENDERS} times in one render`);
      }
      if (++s.steps > this.limits.maxSteps) throw stepLimitError(this.limits);
      s.depth++;
      let out = compiled(s);
      s.depth--;
      if (lineEnding !== '' && out !== '' && out.charCodeAt(out.length - 1) !== 10) out += lineEnding;
      if (out.length > this.limits.maxOutputChars) throw outputLimitError(this.limits);
      return out;
    };
  }

  /** The render function of a partial with the given standalone indentation, compiled once, or null if missing. */
  private partialFn(name: string, indentation: string): RenderFn | null {
    const key = `${indentation}\u0000${name}`;
    const cached = this.partialCache.get(key);
    if (cached !== undefined) return cached;
    const resolved = this.graph.found.get(name);
    let fn: RenderFn | null = null;
    if (resolved !== undefined) {
      const nodes =
        indentation === ''
          ? resolved.nodes
          : parseTemplate(indentLines(resolved.source, indentation), { promptName: name, field: 'template' });
      fn = this.compile(nodes);
    }
    this.partialCache.set(key, fn);
    return fn;
  }

  private limitError(name: string, what: string): PromptFormatError {
    return new PromptFormatError(
      `partials ${what} (at "{{> ${name}}}", included by ${this.partials.includer}); a recursive partial must stop: include it inside a section ` +
        'over data that ends (e.g. "{{#children}}{{> node}}{{/children}}"), and check the data has no cycles',
      { ...this.location, field: this.location.field ?? 'template' },
    );
  }
}

/**
 * Build the render function of a sequence of texts and parts. Short sequences (the common prompt) are unrolled
 * into one concatenation expression, which V8 runs about a third faster than the loop.
 */
function sequence<A>(texts: readonly string[], parts: ReadonlyArray<(arg: A) => string>): (arg: A) => string {
  type Part = (arg: A) => string;
  const [t0 = '', t1 = '', t2 = '', t3 = '', t4 = '', t5 = '', t6 = ''] = texts;
  const [p0, p1, p2, p3, p4, p5] = parts;
  switch (parts.length) {
    case 0:
      return () => t0;
    case 1:
      return t0 === '' && t1 === '' ? (p0 as Part) : (s) => t0 + (p0 as Part)(s) + t1;
    case 2:
      return (s) => t0 + (p0 as Part)(s) + t1 + (p1 as Part)(s) + t2;
    case 3:
      return (s) => t0 + (p0 as Part)(s) + t1 + (p1 as Part)(s) + t2 + (p2 as Part)(s) + t3;
    case 4:
      return (s) => t0 + (p0 as Part)(s) + t1 + (p1 as Part)(s) + t2 + (p2 as Part)(s) + t3 + (p3 as Part)(s) + t4;
    case 5:
      return (s) =>
        t0 +
        (p0 as Part)(s) +
        t1 +
        (p1 as Part)(s) +
        t2 +
        (p2 as Part)(s) +
        t3 +
        (p3 as Part)(s) +
        t4 +
        (p4 as Part)(s) +
        t5;
    case 6:
      return (s) =>
        t0 +
        (p0 as Part)(s) +
        t1 +
        (p1 as Part)(s) +
        t2 +
        (p2 as Part)(s) +
        t3 +
        (p3 as Part)(s) +
        t4 +
        (p4 as Part)(s) +
        t5 +
        (p5 as Part)(s) +
        t6;
    default: {
      const count = parts.length;
      return (s) => {
        let out = t0;
        for (let i = 0; i < count; i++) out += (parts[i] as Part)(s) + texts[i + 1];
        return out;
      };
    }
  }
}

/** Prefix every non-empty line of a partial's source with the indentation of its standalone tag. */
function indentLines(source: string, indentation: string): string {
  return source
    .split('\n')
    .map((line) => (line.length > 0 ? indentation + line : line))
    .join('\n');
}
