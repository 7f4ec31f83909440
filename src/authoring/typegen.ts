/**
 * Typegen over a store: generate the `PromptRegistry` declarations of every prompt, compare them
 * with the file on disk (by lines and by prompt name), and write the file.
 * @module
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { diffLineArrays } from '../engine/line-diff.js';
import type { PromptStore } from '../stores/types.js';
import { generateRegistry } from '../typegen/generate.js';
import { shownPath } from './config.js';
import { type ReadAllRecordsOptions, type ReadProblem, readAllRecords } from './store-contents.js';

/** What a typegen run did (`promptops typegen --json` prints it). */
export interface TypegenResult {
  /** The output file (as shown). */
  file: string;
  /** Names typed, sorted. */
  names: string[];
  /** `true` when the file already held exactly this text. */
  upToDate: boolean;
  /** `true` when the file was written. */
  written: boolean;
  /** With `--check` (or when written): how the file differs, by lines and by prompt name. */
  changes: {
    linesAdded: number;
    linesRemoved: number;
    namesAdded: string[];
    namesRemoved: string[];
    namesChanged: string[];
  };
  /** Prompts that could not be read or typed (left out of the file). */
  problems: ReadProblem[];
}

/** The prompt names an existing generated file declares, with the text of each entry. */
export function entriesOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const lines = text.split('\n');
  let current: string | undefined;
  let body: string[] = [];
  for (const line of lines) {
    const start = /^ {4}("(?:[^"\\]|\\.)*"): \{$/.exec(line);
    if (start !== null) {
      current = JSON.parse(start[1]!) as string;
      body = [line];
      continue;
    }
    if (current === undefined) continue;
    body.push(line);
    if (line === '    };') {
      out.set(current, body.join('\n'));
      current = undefined;
    }
  }
  return out;
}

/** How `after` differs from `before` (both generated files). */
export function typegenChanges(before: string | undefined, after: string): TypegenResult['changes'] {
  const { lines } = diffLineArrays(before === undefined ? [] : before.split('\n'), after.split('\n'));
  const old = before === undefined ? new Map<string, string>() : entriesOf(before);
  const now = entriesOf(after);
  return {
    linesAdded: lines.filter((l) => l.op === '+').length,
    linesRemoved: lines.filter((l) => l.op === '-').length,
    namesAdded: [...now.keys()].filter((n) => !old.has(n)),
    namesRemoved: [...old.keys()].filter((n) => !now.has(n)),
    namesChanged: [...now.keys()].filter((n) => old.has(n) && old.get(n) !== now.get(n)),
  };
}

/** Options of {@link typegenStore}. */
export interface TypegenStoreOptions extends ReadAllRecordsOptions {
  /** Working directory: `out` resolves against it. */
  cwd: string;
  /** The file to write, relative to `cwd`. */
  out: string;
  /** Module whose `PromptRegistry` is augmented, e.g. `'promptops'`. */
  module: string;
  /**
   * Make names that are not in the registry a compile error.
   * @default false
   */
  strict?: boolean;
  /**
   * Write nothing; only report whether the file is up to date (for CI).
   * @default false
   */
  check?: boolean;
}

/**
 * Generate the declarations of every prompt of a store and write them to `out`, unless the file is
 * up to date or `check` is set. Prompts that cannot be read or typed are listed in `problems`.
 */
export async function typegenStore(store: PromptStore, options: TypegenStoreOptions): Promise<TypegenResult> {
  const file = resolve(options.cwd, options.out);
  const contents = await readAllRecords(store, options);
  const generated = generateRegistry(contents.records, { module: options.module, strict: options.strict === true });
  const problems: ReadProblem[] = [
    ...contents.problems,
    ...generated.problems.map((p) => ({ name: p.name, message: `${p.name}@${p.version}: ${p.message}` })),
  ];
  const existing = await readText(file);
  const upToDate = existing === generated.text;
  const write = !upToDate && options.check !== true;
  if (write) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, generated.text);
  }
  return {
    file: shownPath(options.cwd, file),
    names: generated.names,
    upToDate,
    written: write,
    changes: typegenChanges(existing, generated.text),
    problems,
  };
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}
