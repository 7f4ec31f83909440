/**
 * Reading an eval: a `*.eval.yaml` file (with the line of every field, for errors) or a definition
 * object, checked for shape. Every problem is collected, none thrown here.
 * @module
 */

import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isMap, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import { editDistance } from '../engine/schema/suggest.js';
import type { ProblemList } from './errors.js';
import type { EvalDefinition } from './types.js';

/** Where an eval came from, to name file and line in errors and to resolve relative paths. */
export interface EvalSource {
  /** The file as shown to the user, or `'<definition>'`. */
  readonly file: string;
  /** The folder relative paths of the eval start from. */
  readonly dir: string;
  /** 1-based line of a field, e.g. `['models', 1]`; `undefined` when unknown. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

const FIELDS = ['prompt', 'versions', 'models', 'cases', 'expect', 'judge', 'repeat'] as const;

/** Read and parse an eval file. Returns `undefined` (with problems added) when it cannot be read or parsed. */
export async function readEvalFile(
  absPath: string,
  shown: string,
  problems: ProblemList,
): Promise<{ raw: unknown; source: EvalSource } | undefined> {
  let text: string;
  try {
    text = await readFile(absPath, 'utf8');
  } catch (error) {
    problems.add(
      shown,
      undefined,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): check the path`,
    );
    return undefined;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      problems.add(shown, lineCounter.linePos(e.pos[0]).line, `is not valid YAML: ${e.message.split('\n')[0]}`);
    }
    return undefined;
  }
  const source: EvalSource = {
    file: shown,
    dir: dirname(absPath),
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
        if (node !== undefined && node !== null && typeof node === 'object' && node.range) {
          return lineCounter.linePos(node.range[0]).line;
        }
        if (n > 0 && isMap(doc.getIn(path.slice(0, n - 1), true))) {
          // The key's own line when the value is null (`models:` with nothing after it).
          const map = doc.getIn(path.slice(0, n - 1), true);
          if (isMap(map)) {
            const pair = map.items.find((item) => isScalar(item.key) && item.key.value === path[n - 1]);
            const key = pair?.key as Node | undefined;
            if (key?.range) return lineCounter.linePos(key.range[0]).line;
          }
        }
      }
      return undefined;
    },
  };
  return { raw: doc.toJS({ maxAliasCount: 100 }) as unknown, source };
}

/** A source for an eval passed as an object: paths relative to `dir`, no lines. */
export function objectSource(dir: string): EvalSource {
  return { file: '<definition>', dir, lineOf: () => undefined };
}

/**
 * Check the shape of an eval definition. Adds a problem for each wrong field; returns the definition
 * when the fields the run needs are usable.
 */
export function checkDefinition(raw: unknown, source: EvalSource, problems: ProblemList): EvalDefinition | undefined {
  const at = (path: (string | number)[], message: string) => problems.add(source.file, source.lineOf(path), message);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    at([], 'an eval is a mapping with "prompt", "versions" and "cases": see docs/evaluating-prompts.md');
    return undefined;
  }
  const def = raw as Record<string, unknown>;
  let ok = true;
  for (const key of Object.keys(def)) {
    if ((FIELDS as readonly string[]).includes(key)) continue;
    const close = FIELDS.filter((f) => editDistance(f, key) <= 2);
    at(
      [key],
      `unknown field "${key}"${close.length > 0 ? `: did you mean "${close[0]}"?` : `; the fields are ${FIELDS.join(', ')}`}`,
    );
    ok = false;
  }
  if (typeof def.prompt !== 'string' || def.prompt === '') {
    at(['prompt'], '"prompt" must be the prompt name, e.g. prompt: support/greeting');
    ok = false;
  }
  const versions = def.versions;
  if (!Array.isArray(versions) || versions.length === 0 || !versions.every((v) => typeof v === 'string' && v !== '')) {
    at(['versions'], '"versions" must be a list of selectors, the baseline first, e.g. versions: [production, 2.0.0]');
    ok = false;
  }
  if (def.models !== undefined && (!Array.isArray(def.models) || def.models.length === 0)) {
    at(
      ['models'],
      '"models" must be a list, e.g. models: [openai:gpt-4o-mini]; leave it out to use each version\'s own model',
    );
    ok = false;
  }
  if (typeof def.cases !== 'string' && !Array.isArray(def.cases)) {
    at(['cases'], '"cases" must be a list of cases or the path of a .jsonl, .yaml or .csv file');
    ok = false;
  }
  if (def.expect !== undefined && !Array.isArray(def.expect)) {
    at(['expect'], '"expect" must be a list of assertions, e.g. expect: [{ contains: "{{customer}}" }]');
    ok = false;
  }
  if (def.repeat !== undefined && !(Number.isInteger(def.repeat) && (def.repeat as number) >= 1)) {
    at(['repeat'], `"repeat" must be a whole number of at least 1; got ${JSON.stringify(def.repeat)}`);
    ok = false;
  }
  return ok ? (def as unknown as EvalDefinition) : undefined;
}
