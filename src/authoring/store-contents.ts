/**
 * Reading a whole store: every version of every name, with the names and files that could not be read.
 * `promptops list` and `typegen` work on this.
 * @module
 */
import type { PromptRecord } from '../engine/record.js';
import * as semver from '../engine/semver.js';
import { ConfigError } from '../errors.js';
import type { FileStore } from '../stores/fs/file-store.js';
import { mapLimited } from '../stores/map-limited.js';
import type { PromptStore } from '../stores/types.js';

/** A problem met while reading a store: a name that cannot be read, a broken file. */
export interface ReadProblem {
  /** The prompt name, when known. */
  name?: string;
  /** The file, for a file store. */
  file?: string;
  /** 1-based line, when known. */
  line?: number;
  message: string;
}

/** Every record of a store. */
export interface StoreContents {
  /** Every version of every healthy name, sorted by name then version (ascending). */
  records: PromptRecord[];
  /** Names and files that could not be read. */
  problems: ReadProblem[];
}

/** Options of {@link readAllRecords}. */
export interface ReadAllRecordsOptions {
  /**
   * Told what is going on ("Indexing prompts (file store)…", "Reading prompts 120/500"), e.g. for a
   * progress line.
   * @default undefined (silent)
   */
  onProgress?: (message: string) => void;
}

/**
 * Read every version of every name of a store (the store must be able to `list()` its names). A name
 * that fails to read, and a file store's broken files, are listed in `problems`; the rest is read.
 *
 * @throws `ConfigError` when the store cannot `list()`.
 */
export async function readAllRecords(store: PromptStore, options: ReadAllRecordsOptions = {}): Promise<StoreContents> {
  if (typeof store.list !== 'function') {
    throw new ConfigError(`the ${store.name} store cannot list its prompts, so this command cannot read them all`);
  }
  const progress = options.onProgress ?? (() => undefined);
  progress(`Indexing prompts (${store.name} store)…`);
  const names = await store.list();
  const problems: ReadProblem[] = [];
  const fileProblems = isFileStore(store) ? await store.problems() : [];
  for (const problem of fileProblems) {
    const line = (problem.error as { line?: unknown }).line;
    problems.push({
      ...(problem.name === undefined ? {} : { name: problem.name }),
      file: problem.file,
      ...(typeof line === 'number' ? { line } : {}),
      message: problem.error.message,
    });
  }
  const records: PromptRecord[] = [];
  let done = 0;
  await mapLimited(names, 16, async (name) => {
    try {
      const versions = await store.listVersions(name);
      for (const info of versions) {
        const record = await store.getVersion(name, info.version);
        if (record !== undefined) records.push(record);
      }
    } catch (error) {
      problems.push({ name, message: error instanceof Error ? error.message : String(error) });
    }
    done++;
    if (names.length > 20) progress(`Reading prompts ${done}/${names.length}`);
  });
  records.sort((a, b) => compareText(a.name, b.name) || compareVersions(a.version, b.version));
  problems.sort((a, b) => compareText(a.file ?? a.name ?? '', b.file ?? b.name ?? ''));
  return { records, problems };
}

function isFileStore(store: PromptStore): store is FileStore {
  return typeof (store as Partial<FileStore>).problems === 'function';
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareVersions(a: string, b: string): number {
  return semver.compare(a, b);
}
