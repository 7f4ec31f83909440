/**
 * YAML text → plain data, with errors at file lines and a lookup from field paths to lines.
 * Safe on hostile input: alias bombs, unknown tags and collection keys are errors.
 * @module
 */
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { PromptFormatError } from '../../errors.js';
import type { FieldSegment } from '../schema/field-path.js';

/** Most alias expansions accepted in one YAML document (a guard against "billion laughs"). */
export const MAX_YAML_ALIASES = 100;

/**
 * Largest size, in characters of text (keys and values), a YAML document may have once its aliases are
 * expanded: the 10 MB an HTTP body may carry. A 1 MB value aliased 99 times stays under the alias count but
 * would make a 100 MB record.
 */
export const MAX_EXPANDED_CHARS = 10 * 1024 * 1024;

/** A position in a file: 1-based line and column. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Parsed source text: its data and where each field sits. */
export interface ParsedSource {
  /** The plain data (objects, arrays, strings, numbers, booleans, null). */
  readonly data: unknown;
  /** The position of the key (or list item) at `path`, or of its deepest existing ancestor. */
  locate(path: readonly FieldSegment[]): SourcePosition | undefined;
}

/** Options of {@link parseYamlSource}. */
export interface YamlSourceOptions {
  /** The file, for error locations. */
  file: string;
  /** Lines before the YAML text in the file (1 for front matter after a `---` line). */
  lineOffset?: number;
  /** What the text is, for messages: `'front matter'` or `'YAML'`. */
  what?: string;
}

/**
 * Parse one YAML document.
 *
 * @throws {PromptFormatError} with the file line of the first syntax error, duplicate key, unknown
 *   tag or collection used as a key, and for too many aliases.
 */
export function parseYamlSource(text: string, options: YamlSourceOptions): ParsedSource {
  const offset = options.lineOffset ?? 0;
  const what = options.what ?? 'YAML';
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter, strict: true });
  const locateOffset = (pos: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(pos);
    return { line: line + offset, column: col };
  };
  const locate = (path: readonly FieldSegment[]): SourcePosition | undefined => {
    const pos = offsetOf(doc, path);
    return pos === undefined ? undefined : locateOffset(pos);
  };

  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem !== undefined) {
    const at = locateOffset(problem.pos[0]);
    const { reason, frame } = splitYamlMessage(problem.message);
    const duplicate = problem.code === 'DUPLICATE_KEY' ? keyPathAt(doc, problem.pos[0]) : undefined;
    const field = duplicate === undefined ? undefined : duplicate.map(String).join('.');
    const detail =
      problem.code === 'DUPLICATE_KEY'
        ? `the key "${field ?? '?'}" appears twice in the ${what}: keep one`
        : /call stack/i.test(reason)
          ? `the ${what} nests too deeply to read: flatten it`
          : problem.code === 'TAG_RESOLVE_FAILED'
            ? `unknown YAML tag in the ${what} (${reason}): remove the tag, or quote the value`
            : `invalid ${what}: ${reason}; fix the YAML syntax`;
    throw new PromptFormatError(`${detail}${frame === '' ? '' : `\n\n${frame}`}`, {
      file: options.file,
      ...at,
      field,
    });
  }

  const badKey = findCollectionKey(doc.contents);
  if (badKey !== undefined) {
    throw new PromptFormatError(`a key in the ${what} is a list or map; keys must be plain text`, {
      file: options.file,
      ...locateOffset(badKey),
    });
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    const excessive = /alias/i.test(String((error as Error)?.message));
    throw new PromptFormatError(
      excessive
        ? `the ${what} expands aliases (*name) more than ${MAX_YAML_ALIASES} times: write the values out instead`
        : `the ${what} cannot be read: ${(error as Error)?.message ?? String(error)}`,
      { file: options.file, line: offset + 1 },
      { cause: error },
    );
  }
  if (hasAlias(doc.contents) && expandedSizeOver(data, MAX_EXPANDED_CHARS)) {
    throw new PromptFormatError(
      `the ${what} is larger than ${MAX_EXPANDED_CHARS} characters once its aliases (*name) are expanded (the ` +
        'most a record may hold): alias small values only, or write the values out',
      { file: options.file, line: offset + 1 },
    );
  }
  return { data, locate };
}

/** True when the tree under `node` holds an alias (`*name`). */
function hasAlias(node: unknown): boolean {
  const stack: unknown[] = [node];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (isAlias(item)) return true;
    if (isMap(item) || isSeq(item)) for (const child of item.items) stack.push(child);
    else if (isPair(item)) stack.push(item.key, item.value);
  }
  return false;
}

/**
 * True when the text in `data` (strings, keys, numbers), counted once per occurrence as JSON would write it,
 * passes `limit`. Iterative, and stops as soon as the limit is passed.
 */
function expandedSizeOver(data: unknown, limit: number): boolean {
  let size = 0;
  const stack: unknown[] = [data];
  for (let item = stack.pop(); item !== undefined || stack.length > 0; item = stack.pop()) {
    if (typeof item === 'string') size += item.length + 2;
    else if (typeof item === 'object' && item !== null) {
      if (Array.isArray(item)) for (const child of item) stack.push(child);
      else {
        for (const [key, child] of Object.entries(item)) {
          size += key.length + 4;
          stack.push(child);
        }
      }
    } else size += 8;
    if (size > limit) return true;
  }
  return false;
}

/** `'Map keys must be unique at line 2, column 1:\n\n<frame>'` → reason and frame. */
function splitYamlMessage(message: string): { reason: string; frame: string } {
  const match = /^([\s\S]*?) at line \d+, column \d+:\n?\n?([\s\S]*)$/.exec(message);
  if (match === null) return { reason: message.trim(), frame: '' };
  return { reason: match[1]!.trim(), frame: match[2]!.replace(/\n+$/, '') };
}

function keyText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  return value === null ? '' : String(value);
}

/** The offset of the key at `path`, or of the deepest ancestor that exists. */
function offsetOf(doc: Document, path: readonly FieldSegment[]): number | undefined {
  let node: unknown = doc.contents;
  let found: number | undefined;
  let i = 0;
  while (i < path.length) {
    const segment = path[i]!;
    if (isMap(node)) {
      // A key may itself contain "." (split by splitFieldPath): try joining the next segments.
      const map = node;
      let matched = false;
      for (let j = path.length; j > i && !matched; j--) {
        const name = path.slice(i, j).map(String).join('.');
        const pair = map.items.find((item) => keyText(item.key) === name);
        if (pair === undefined) continue;
        found = (pair.key as Node).range?.[0] ?? found;
        node = pair.value;
        i = j;
        matched = true;
      }
      if (!matched) return found;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return found;
      found = (item as Node).range?.[0] ?? found;
      node = item;
      i++;
    } else {
      return found;
    }
  }
  return found;
}

/** The path of keys leading to the key that starts at `offset`. */
function keyPathAt(doc: Document, offset: number): FieldSegment[] | undefined {
  const search = (node: unknown, path: FieldSegment[]): FieldSegment[] | undefined => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = keyText(pair.key);
        const keyNode = pair.key as Node | null;
        if (key !== undefined && keyNode?.range?.[0] === offset) return [...path, key];
        const inner = search(pair.value, [...path, key ?? '?']);
        if (inner !== undefined) return inner;
      }
    } else if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) {
        const inner = search(item, [...path, index]);
        if (inner !== undefined) return inner;
      }
    }
    return undefined;
  };
  return search(doc.contents, []);
}

/** The offset of the first key that is a map, a list or an alias, if any. */
function findCollectionKey(node: unknown, depth = 0): number | undefined {
  if (depth > 200) return undefined;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      if (pair.key !== null && (isMap(pair.key) || isSeq(pair.key) || isAlias(pair.key))) {
        return (pair.key as Node).range?.[0] ?? 0;
      }
      const inner = findCollectionKey(pair.value, depth + 1);
      if (inner !== undefined) return inner;
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      const inner = findCollectionKey(item, depth + 1);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}
