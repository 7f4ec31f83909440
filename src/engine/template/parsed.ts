/**
 * Parse once per load: {@link partialNamesOf}-style discovery parses a record's templates to find the
 * partials to fetch, and keeps the parsed nodes here, keyed by the record object, until the compile of the
 * same record takes them. A large template is then parsed once, not twice. Weakly held: a record that is
 * never compiled does not keep its nodes alive.
 * @module
 */
import type { PromptFormatLocation } from '../../errors.js';
import { parseTemplate, type TemplateNode } from './parse.js';

interface Parsed {
  readonly source: string;
  readonly nodes: readonly TemplateNode[];
}

const kept = new WeakMap<object, Map<string, Parsed>>();

/** Parse `source` (the `field` of `owner`) and keep the nodes for one later {@link takeParsed}. */
export function parseAndKeep(
  owner: object,
  field: string,
  source: string,
  location: PromptFormatLocation,
): readonly TemplateNode[] {
  const nodes = parseTemplate(source, location);
  let fields = kept.get(owner);
  if (fields === undefined) {
    fields = new Map();
    kept.set(owner, fields);
  }
  fields.set(field, { source, nodes });
  return nodes;
}

/**
 * The nodes kept for `owner`'s `field` when they were parsed from exactly `source`, removed from the store
 * (they are used once: the compiled template does not need them any more); `undefined` when none are kept.
 */
export function takeParsed(owner: object, field: string, source: string): readonly TemplateNode[] | undefined {
  const fields = kept.get(owner);
  const parsed = fields?.get(field);
  if (parsed === undefined || parsed.source !== source) return undefined;
  fields?.delete(field);
  if (fields?.size === 0) kept.delete(owner);
  return parsed.nodes;
}
