/**
 * A prompt's partials, loaded and compiled in: the one way the client (when a version loads) and the registry
 * page (for a preview) find every prompt a template includes, recursively and bounded, and compile the prompt
 * with them. A partial that does not exist, or whose name is not a prompt name (`{{> Header}}`), renders empty
 * when compiling loosely (as the Mustache spec says) and is a {@link PromptFormatError} when strict; every
 * error names the including prompt (`name@version`) and the partial.
 * @module
 */
import { isValidName } from '../engine/name.js';
import { unresolvedPartialMessage } from '../engine/partial-messages.js';
import {
  type CompiledPrompt,
  type CompilePromptOptions,
  compileStoredPrompt,
  partialNamesOf,
} from '../engine/prompt.js';
import type { PromptRecord } from '../engine/record.js';
import { isPromptOpsError, PromptFormatError, type PromptFormatLocation, VersionNotFoundError } from '../errors.js';

/** Most distinct partials one prompt may include (transitively). */
export const MAX_PARTIALS = 100;

/**
 * Loads the version of a partial that a prompt includes (its latest, pinned or locked version): the record,
 * or `undefined` (or a rejection with a `PROMPT_NOT_FOUND` error, whose suggestions are kept) when there is
 * no prompt of that name. Any other rejection fails the load. Never called with the including prompt's own
 * name (a self-inclusion uses the including version) nor with a name that is not a prompt name.
 */
export type PartialLoader = (name: string) => Promise<PromptRecord | undefined>;

/** A `{{> name}}` that includes nothing. */
export interface MissingPartial {
  /** The name in the tag. */
  readonly name: string;
  /** The partial whose template holds the tag; `undefined` when it is the including prompt's own. */
  readonly parent: string | undefined;
  /** Why nothing is included: the name is not a prompt name, or no prompt has it. */
  readonly reason: 'invalid-name' | 'not-found';
  /** Existing names close to it (may be empty). */
  readonly suggestions: readonly string[];
}

/** What {@link loadPartials} found for one prompt. */
export interface LoadedPartials {
  /** The record of each partial found, by name. */
  readonly records: ReadonlyMap<string, PromptRecord>;
  /** The version loaded of each partial found, by name: a later load that differs means "compile again". */
  readonly deps: ReadonlyMap<string, string>;
  /** The tags that include nothing, in the order met. */
  readonly missing: readonly MissingPartial[];
}

/** Options of {@link loadPartials}. */
export interface LoadPartialsOptions {
  /**
   * Look for a "did you mean" of a name that is not a prompt name (`Header` → `header`): one more load, made
   * only where the answer is shown (a strict compile).
   * @default false
   */
  readonly suggest?: boolean;
}

/**
 * Load every partial `root` includes, recursively, level by level (the names of one level in parallel).
 *
 * @throws {PromptFormatError} when a partial's template does not parse or `root` includes more than
 *   {@link MAX_PARTIALS} distinct partials; whatever `load` rejects with, but `PROMPT_NOT_FOUND`
 */
export async function loadPartials(
  root: PromptRecord,
  load: PartialLoader,
  options: LoadPartialsOptions = {},
): Promise<LoadedPartials> {
  const records = new Map<string, PromptRecord>();
  const deps = new Map<string, string>();
  const missing: MissingPartial[] = [];
  const seen = new Set<string>();
  let level = partialNamesOf(root).map((name) => ({ name, parent: undefined as string | undefined }));
  while (level.length > 0) {
    const items = level.filter(({ name }) => !seen.has(name) && Boolean(seen.add(name)));
    if (seen.size > MAX_PARTIALS) {
      throw new PromptFormatError(
        `${labelOf(root)} includes more than ${MAX_PARTIALS} distinct partials (recursively); split the prompt or ` +
          'flatten its partials',
        locationOf(root),
      );
    }
    const loaded = await Promise.all(items.map((item) => loadOne(root, item, load, options)));
    level = [];
    loaded.forEach((outcome, i) => {
      const { name, parent } = items[i] as { name: string; parent: string | undefined };
      if ('reason' in outcome) {
        missing.push(outcome);
        return;
      }
      records.set(name, outcome.record);
      deps.set(name, outcome.record.version);
      if (outcome.record === root) return;
      for (const next of namesIn(root, outcome.record, parent)) level.push({ name: next, parent: name });
    });
  }
  return { records, deps, missing };
}

/**
 * Compile `root` with the partials {@link loadPartials} found. When strict (the default), a missing partial is
 * an error that says which tag includes nothing and why; when not, it renders empty.
 *
 * @throws {PromptFormatError} when strict and a partial is missing, or when the prompt does not compile
 */
export function compileWithPartials(
  root: PromptRecord,
  partials: LoadedPartials,
  options: Omit<CompilePromptOptions, 'partials'> = {},
): CompiledPrompt {
  const first = partials.missing[0];
  if ((options.strict ?? true) && first !== undefined) throw missingPartialError(root, first);
  return compileStoredPrompt(root, { ...options, partials: (name) => partials.records.get(name) });
}

type Outcome = { readonly record: PromptRecord } | MissingPartial;

async function loadOne(
  root: PromptRecord,
  { name, parent }: { name: string; parent: string | undefined },
  load: PartialLoader,
  options: LoadPartialsOptions,
): Promise<Outcome> {
  if (name === root.name) return { record: root };
  if (!isValidName(name)) {
    const suggestions = options.suggest ? await closeValidName(name, load) : [];
    return { name, parent, reason: 'invalid-name', suggestions };
  }
  try {
    const record = await load(name);
    if (record !== undefined) return { record };
    return { name, parent, reason: 'not-found', suggestions: [] };
  } catch (error) {
    if (isPromptOpsError(error, 'VERSION_NOT_FOUND')) throw pinnedPartialError(error, name, includedBy(root, parent));
    if (!isPromptOpsError(error, 'PROMPT_NOT_FOUND')) throw error;
    return { name, parent, reason: 'not-found', suggestions: error.suggestions };
  }
}

/**
 * A partial pinned to a selector that matches none of its versions: the same error, saying which prompt
 * includes the partial.
 */
export function pinnedPartialError(error: VersionNotFoundError, name: string, includer: string): VersionNotFoundError {
  const { promptName, selector, versions, labels } = error;
  return new VersionNotFoundError(
    promptName,
    selector,
    { versions, labels, context: `partial "${name}" (${includer})` },
    { cause: error },
  );
}

/** The prompt name an invalid partial name most likely meant (`Header` → `header`), when one exists. */
async function closeValidName(name: string, load: PartialLoader): Promise<string[]> {
  const candidate = name.trim().toLowerCase().replace(/\s+/g, '-').replace(/^\/+/, '');
  if (candidate === name || !isValidName(candidate)) return [];
  try {
    return (await load(candidate)) === undefined ? [] : [candidate];
  } catch {
    return []; // a suggestion is a courtesy: its failure must not hide the real answer
  }
}

/** The partial names `partial` includes; a template that does not parse names the prompt including it. */
function namesIn(root: PromptRecord, partial: PromptRecord, parent: string | undefined): string[] {
  try {
    return partialNamesOf(partial);
  } catch (error) {
    if (!isPromptOpsError(error, 'PROMPT_FORMAT')) throw error;
    throw new PromptFormatError(
      `partial "${partial.name}" (${includedBy(root, parent)}) does not parse: ${error.message}`,
      locationOf(root),
      { cause: error },
    );
  }
}

function missingPartialError(root: PromptRecord, missing: MissingPartial): PromptFormatError {
  const detail = unresolvedPartialMessage(missing.name, includedBy(root, missing.parent), missing.suggestions);
  return new PromptFormatError(detail, locationOf(root));
}

function includedBy(root: PromptRecord, parent: string | undefined): string {
  return parent === undefined ? `included by ${labelOf(root)}` : `included by partial "${parent}" of ${labelOf(root)}`;
}

function labelOf(record: PromptRecord): string {
  return `${record.name}@${record.version}`;
}

function locationOf(root: PromptRecord): PromptFormatLocation {
  return root.type === 'text' ? { promptName: root.name, field: 'template' } : { promptName: root.name };
}
