/**
 * Static analysis of a template: which top-level variables it reads, which it always reads, and which
 * partials it includes. Feeds the inferred input schema and the template ⇄ schema check.
 * @module
 */
import type { PromptFormatLocation } from '../../errors.js';
import { parseTemplate, type TemplateNode } from './parse.js';

/**
 * Where a tag sits, which decides which context it reads:
 * - `'root'`: outside any section, read from the input itself on every render;
 * - `'conditional'`: inside inverted sections only (they push no context), read from the input when rendered;
 * - `'nested'`: inside a `{{#section}}`, which may resolve it from the section's value instead.
 */
export type TagScope = 'root' | 'conditional' | 'nested';

/** A `{{> name}}` include and the scope it sits in. */
export interface PartialReference {
  readonly name: string;
  readonly scope: TagScope;
}

/** What a template reads. Names are the FIRST segment of dotted names (`{{user.name}}` → `user`). */
export interface TemplateAnalysis {
  /** Names read on every render at the input level (outside any section): the inferred required inputs. */
  readonly required: readonly string[];
  /**
   * Every name read at the input level: `required`, section names at the input level, and names inside
   * inverted sections. Names inside `{{#section}}` are left out: they may come from the section's value.
   */
  readonly all: readonly string[];
  /**
   * Names read only inside `{{#section}}`s (not in `all`): each may come from the section's value or, through
   * the context stack, from the input. An inferred schema accepts them as optional inputs; the template ⇄
   * schema check ignores them.
   */
  readonly nested: readonly string[];
  /** Names of the partials included (directly), in order of first use. */
  readonly partials: readonly string[];
}

/** The analysis of one template's own nodes, before its partials are taken into account. */
export interface LocalAnalysis extends TemplateAnalysis {
  /** Every include with its scope (one entry per tag). */
  readonly references: readonly PartialReference[];
}

/** Analyse parsed nodes (partials are listed, not followed). */
export function analyzeNodes(nodes: readonly TemplateNode[]): LocalAnalysis {
  const required = new Set<string>();
  const all = new Set<string>();
  const nested = new Set<string>();
  const references: PartialReference[] = [];
  walk(nodes, 'root', { required, all, nested }, references);
  return {
    required: [...required],
    all: [...all],
    nested: [...nested].filter((name) => !all.has(name)),
    partials: [...new Set(references.map((r) => r.name))],
    references,
  };
}

/**
 * Analyse a template source on its own (partials are listed, not followed).
 *
 * @example
 * ```ts
 * analyzeTemplate('Hi {{user.name}}{{#vip}} ({{tier}}){{/vip}}{{^vip}}{{> upsell}}{{/vip}}');
 * // { required: ['user'], all: ['user', 'vip'], nested: ['tier'], partials: ['upsell'] }
 * ```
 * @throws {PromptFormatError} when the template does not parse
 */
export function analyzeTemplate(source: string, location?: PromptFormatLocation): TemplateAnalysis {
  const { required, all, nested, partials } = analyzeNodes(parseTemplate(source, location));
  return { required, all, nested, partials };
}

interface NameSets {
  readonly required: Set<string>;
  readonly all: Set<string>;
  readonly nested: Set<string>;
}

function walk(nodes: readonly TemplateNode[], scope: TagScope, names: NameSets, references: PartialReference[]): void {
  for (const node of nodes) {
    switch (node.kind) {
      case 'variable':
        addName(node.path[0], scope, false, names);
        break;
      case 'section': {
        addName(node.path[0], scope, true, names);
        const inner: TagScope = node.inverted && scope !== 'nested' ? 'conditional' : 'nested';
        walk(node.children, inner, names, references);
        break;
      }
      case 'partial':
        references.push({ name: node.name, scope });
        break;
      default:
        break;
    }
  }
}

function addName(first: string | undefined, scope: TagScope, isSection: boolean, names: NameSets): void {
  if (first === undefined) return;
  if (scope === 'nested') {
    names.nested.add(first);
    return;
  }
  names.all.add(first);
  if (scope === 'root' && !isSection) names.required.add(first);
}
