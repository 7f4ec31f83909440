/**
 * `publishFolder`: put every version of a prompt folder that a target store lacks (a server, Postgres)
 * (DESIGN.md section 13). Identical content is skipped; the same version with other content is
 * refused, naming the file. Labels move only when asked (`labels: true`).
 * @module
 */
import { computeHash } from '../engine/hash.js';
import type { PromptRecord } from '../engine/record.js';
import { ConfigError, isPromptOpsError } from '../errors.js';
import type { FileStore } from '../stores/fs/file-store.js';
import type { LabelMoveMeta, PromptStore } from '../stores/types.js';

/** Options of {@link publishFolder}. */
export interface PublishOptions {
  /**
   * Move the labels the files carry as well (each real move is recorded in the target's history).
   * @default false
   */
  labels?: boolean;
  /**
   * Say what would be done; write nothing.
   * @default false
   */
  dryRun?: boolean;
  /**
   * Who publishes (a server records its token's name instead).
   * @default {}
   */
  meta?: LabelMoveMeta;
  /** Told after each version. */
  onProgress?: (done: number, total: number) => void;
}

/** One version and what publishing did with it. */
export interface PublishEntry {
  name: string;
  version: string;
  /** The file it comes from. */
  file?: string;
  /** `published`: put now; `skipped`: already there with the same content; `refused`: there with other content. */
  action: 'published' | 'skipped' | 'refused';
  /** Labels moved to it (with `labels: true`). */
  labelsMoved?: string[];
  /** Why it was refused. */
  message?: string;
}

/** What {@link publishFolder} did (or, with `dryRun`, would do). */
export interface PublishReport {
  dryRun: boolean;
  entries: PublishEntry[];
  published: number;
  skipped: number;
  refused: number;
  labelsMoved: number;
}

/**
 * Publish the versions of `source` to `target`.
 *
 * @throws {ConfigError} when the target cannot be written, or the folder has broken files (fix them
 *   with `promptops validate` first: nothing is published from a folder that does not load).
 * @example
 * ```ts
 * const report = await publishFolder(fileStore({ dir: './prompts' }), httpStore({ url, token, writable: true }));
 * ```
 */
export async function publishFolder(
  source: FileStore,
  target: PromptStore,
  options: PublishOptions = {},
): Promise<PublishReport> {
  if (typeof target.putVersion !== 'function') {
    throw new ConfigError(`the ${target.name} store cannot be written (it has no putVersion)`, { option: 'store' });
  }
  const problems = await source.problems();
  if (problems.length > 0) {
    throw new ConfigError(
      `the folder has ${problems.length} broken file(s), so nothing was published: ${problems
        .slice(0, 3)
        .map((p) => p.error.message)
        .join('; ')}. Run "promptops validate" and fix them first`,
      { option: 'dir' },
    );
  }
  const records: PromptRecord[] = [];
  for (const name of await source.list()) {
    for (const info of [...(await source.listVersions(name))].reverse()) {
      const record = await source.getVersion(name, info.version);
      if (record !== undefined) records.push(record);
    }
  }
  const entries: PublishEntry[] = [];
  let done = 0;
  for (const record of records) {
    entries.push(await publishOne(source, target, record, options));
    options.onProgress?.(++done, records.length);
  }
  const count = (action: PublishEntry['action']) => entries.filter((e) => e.action === action).length;
  return {
    dryRun: options.dryRun === true,
    entries,
    published: count('published'),
    skipped: count('skipped'),
    refused: count('refused'),
    labelsMoved: entries.reduce((sum, e) => sum + (e.labelsMoved?.length ?? 0), 0),
  };
}

async function publishOne(
  source: FileStore,
  target: PromptStore,
  record: PromptRecord,
  options: PublishOptions,
): Promise<PublishEntry> {
  const { name, version } = record;
  const file = await source.fileOf(name, version);
  const base = { name, version, ...(file === undefined ? {} : { file }) };
  const hash = record.hash ?? (await computeHash(record));
  const existing = await target.listVersions(name);
  const there = existing.find((v) => v.version === version);
  let theirHash = there?.hash;
  if (there !== undefined && theirHash === undefined) theirHash = (await target.getVersion(name, version))?.hash;
  if (there !== undefined && theirHash !== undefined && theirHash !== hash) {
    return {
      ...base,
      action: 'refused',
      message:
        `the file differs from ${name}@${version} in the ${target.name} store (there ${theirHash}, here ${hash}). ` +
        'Versions are immutable: give the changed file a new version.',
    };
  }
  const wanted = options.labels === true ? (record.labels ?? []) : [];
  const labelsMoved = wanted.filter((label) => !(existing.find((v) => v.labels.includes(label))?.version === version));
  const action = there === undefined ? 'published' : 'skipped';
  if (options.dryRun !== true && (action === 'published' || labelsMoved.length > 0)) {
    const { labels: _labels, ...content } = record;
    try {
      await target.putVersion?.(
        { ...content, ...(labelsMoved.length > 0 ? { labels: labelsMoved } : {}) },
        options.meta,
      );
    } catch (error) {
      if (isPromptOpsError(error) && (error as { status?: number }).status === 409) {
        return { ...base, action: 'refused', message: error.message };
      }
      throw error;
    }
  }
  return { ...base, action, ...(labelsMoved.length > 0 ? { labelsMoved } : {}) };
}
