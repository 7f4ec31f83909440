/**
 * Partials at compile time: fetch every partial reachable from a template through the caller's resolver, parse
 * each once, report missing ones, reject include cycles that can never end, and fold the partials' variables
 * into the including template's analysis.
 * @module
 */
import { isPromptOpsError, PromptFormatError, type PromptFormatLocation } from '../../errors.js';
import { unresolvedPartialMessage } from '../partial-messages.js';
import { analyzeNodes, type LocalAnalysis, type TagScope, type TemplateAnalysis } from './analyze.js';
import { parseTemplate, type TemplateNode } from './parse.js';

/**
 * Returns the template text of the partial of that name (or its text and its nodes, already parsed), or
 * `undefined` when there is none.
 */
export type PartialResolver = (
  name: string,
) => string | { readonly source: string; readonly nodes: readonly TemplateNode[] } | undefined;

/** A partial found and parsed at compile time. */
export interface ResolvedPartial {
  readonly name: string;
  readonly source: string;
  readonly nodes: readonly TemplateNode[];
  readonly analysis: LocalAnalysis;
}

/** Every partial reachable from one template. */
export interface PartialGraph {
  /** The partials found, by name. */
  readonly found: ReadonlyMap<string, ResolvedPartial>;
  /** Names included somewhere but not found (only possible when not strict). */
  readonly missing: readonly string[];
}

/** Options of {@link resolvePartialGraph}. */
export interface ResolvePartialsOptions {
  readonly resolve: PartialResolver | undefined;
  /** Missing partials are errors when true. */
  readonly strict: boolean;
  /** Location of the including template, for errors. */
  readonly location: PromptFormatLocation;
  /**
   * How errors name the including template (e.g. `"support/reply@1.2.0"`).
   * @default `location.promptName`, else `"the template"`
   */
  readonly includer?: string | undefined;
}

/**
 * Fetch and parse every partial reachable from `root`, then check for endless include cycles.
 *
 * @throws {PromptFormatError} when a partial is missing (strict), does not parse, or a cycle of includes sits
 *   outside any section (it could never end)
 */
export function resolvePartialGraph(root: LocalAnalysis, options: ResolvePartialsOptions): PartialGraph {
  const found = new Map<string, ResolvedPartial>();
  const missing: string[] = [];
  const seen = new Set<string>();
  const label = includerLabel(options.includer, options.location);
  const where = { ...options.location, field: options.location.field ?? 'template' };
  // `parent`: the partial whose template holds the tag (undefined: the including template itself).
  const queue: Array<{ name: string; parent: string | undefined }> = root.partials.map((name) => ({
    name,
    parent: undefined,
  }));
  for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
    const { name, parent } = item;
    if (seen.has(name)) continue;
    seen.add(name);
    const resolved = options.resolve?.(name);
    if (resolved === undefined) {
      if (options.strict) {
        throw new PromptFormatError(unresolvedPartialMessage(name, includedBy(parent, label)), where);
      }
      missing.push(name);
      continue;
    }
    const source = typeof resolved === 'string' ? resolved : resolved.source;
    const nodes = typeof resolved === 'string' ? parsePartial(name, source, parent, label, where) : resolved.nodes;
    const analysis = analyzeNodes(nodes);
    found.set(name, { name, source, nodes, analysis });
    for (const next of analysis.partials) queue.push({ name: next, parent: name });
  }
  const cycle = findEndlessCycle(root, found);
  if (cycle !== undefined) {
    const last = cycle[cycle.length - 1] as string;
    throw new PromptFormatError(
      `partial include cycle ${cycle.map((n) => `"${n}"`).join(' → ')} (included by ${label}) is outside any ` +
        `section, so rendering it could never end; put the recursive "{{> ${last}}}" inside a section that ends ` +
        `(e.g. "{{#children}}{{> ${last}}}{{/children}}") or remove it`,
      where,
    );
  }
  return { found, missing };
}

/** How errors name the including template: `includer`, else the prompt name of `location`. */
export function includerLabel(includer: string | undefined, location: PromptFormatLocation): string {
  return includer ?? (location.promptName === undefined ? 'the template' : `"${location.promptName}"`);
}

/** Who includes a partial, for errors: the including template, or one of its partials. */
function includedBy(parent: string | undefined, label: string): string {
  return parent === undefined ? `included by ${label}` : `included by partial "${parent}" of ${label}`;
}

/** Parse a partial's text; a syntax error names the partial and the template including it. */
function parsePartial(
  name: string,
  source: string,
  parent: string | undefined,
  label: string,
  where: PromptFormatLocation,
): TemplateNode[] {
  try {
    return parseTemplate(source, { promptName: name, field: 'template' });
  } catch (error) {
    if (!isPromptOpsError(error, 'PROMPT_FORMAT')) throw error;
    throw new PromptFormatError(
      `partial "${name}" (${includedBy(parent, label)}) does not parse: ${error.message}`,
      where,
      {
        cause: error,
      },
    );
  }
}

/**
 * A cycle made only of includes that sit outside any section (scope `'root'`) renders forever once entered.
 * Returns the names along the first such cycle found (first name repeated at the end), or `undefined`.
 */
function findEndlessCycle(root: LocalAnalysis, found: ReadonlyMap<string, ResolvedPartial>): string[] | undefined {
  const unconditional = (analysis: LocalAnalysis): string[] =>
    analysis.references.filter((r) => r.scope === 'root').map((r) => r.name);
  const done = new Set<string>();
  const onPath: string[] = [];

  const visit = (name: string): string[] | undefined => {
    const at = onPath.indexOf(name);
    if (at >= 0) return [...onPath.slice(at), name];
    if (done.has(name)) return undefined;
    const partial = found.get(name);
    if (partial === undefined) return undefined;
    onPath.push(name);
    for (const next of unconditional(partial.analysis)) {
      const cycle = visit(next);
      if (cycle !== undefined) return cycle;
    }
    onPath.pop();
    done.add(name);
    return undefined;
  };

  for (const name of [...unconditional(root), ...found.keys()]) {
    const cycle = visit(name);
    if (cycle !== undefined) return cycle;
  }
  return undefined;
}

/** How a partial's names count for the template including it. */
type Inclusion = 'required' | 'conditional' | 'nested';

/**
 * The analysis of a template together with the partials it includes: a partial included outside any section
 * adds its required names to `required`; one inside inverted sections only adds them to `all`; one inside a
 * `{{#section}}` adds all its names to `nested`. `partials` stays the direct includes of the template.
 */
export function mergePartialAnalysis(root: LocalAnalysis, graph: PartialGraph): TemplateAnalysis {
  const required = new Set<string>();
  const all = new Set<string>();
  const nested = new Set<string>();
  // Each (partial, inclusion) pair is folded in once: handles recursive partials and diamonds.
  const added = new Set<string>();

  const add = (analysis: LocalAnalysis, inclusion: Inclusion): void => {
    if (inclusion === 'required') for (const name of analysis.required) required.add(name);
    for (const name of analysis.all) (inclusion === 'nested' ? nested : all).add(name);
    for (const name of analysis.nested) nested.add(name);
    for (const ref of analysis.references) {
      const partial = graph.found.get(ref.name);
      const inner = combine(inclusion, ref.scope);
      const key = `${inner}:${ref.name}`;
      if (partial === undefined || added.has(key)) continue;
      added.add(key);
      add(partial.analysis, inner);
    }
  };
  add(root, 'required');
  return {
    required: [...required],
    all: [...all],
    nested: [...nested].filter((name) => !all.has(name)),
    partials: root.partials,
  };
}

function combine(outer: Inclusion, scope: TagScope): Inclusion {
  if (outer === 'nested' || scope === 'nested') return 'nested';
  if (outer === 'conditional' || scope === 'conditional') return 'conditional';
  return 'required';
}
