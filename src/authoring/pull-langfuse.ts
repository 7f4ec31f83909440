/**
 * Copy a Langfuse project's prompts (every version, with its labels) into a folder of prompt files:
 * the library behind `promptops pull --from langfuse`. Each version becomes
 * `<dir>/<name>/<N>.0.0.prompt.md` (text) or `.prompt.yaml` (chat), with `name:` in the file; every
 * file is parsed back before it is written and must give the same content hash and labels as the
 * Langfuse version, so what the app serves from the folder is exactly what it served from Langfuse.
 * @module
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { stringify } from 'yaml';
import { computeHash } from '../engine/hash.js';
import { explainInvalidName } from '../engine/name.js';
import { parsePromptFile } from '../engine/parse.js';
import type { PromptRecord } from '../engine/record.js';
import { ConfigError, isPromptOpsError } from '../errors.js';
import { type LangfuseStore, STORE_WORDING } from '../stores/langfuse.js';
import { describeCollision } from '../stores/langfuse-labels.js';

/** Options of {@link pullLangfuse}. */
export interface PullLangfuseOptions {
  /** The Langfuse project to read (`langfuseStore({ publicKey, secretKey, baseUrl })`). */
  store: LangfuseStore;
  /** Folder to write the prompt files into; created when missing. */
  dir: string;
  /**
   * Replace a file that exists with other content. Without it, such a file is left alone and
   * reported as a conflict.
   * @default false
   */
  overwrite?: boolean;
  /**
   * Called after each version is handled, with the count so far and the total.
   * @default undefined
   */
  onProgress?: (done: number, total: number) => void;
  /**
   * How a skipped prompt's reason says to rename a Langfuse label (when two of its labels would have one
   * name here): `promptops pull` says `--label 2024-q1=<another name>`.
   * @default the `labels` option of `langfuseStore`: `labels: { '2024-q1': '<another name>' }`
   */
  renameFix?: (langfuseLabel: string) => string;
}

/** One version copied (or found already there). */
export interface PulledVersion {
  name: string;
  version: string;
  /** promptops labels of the version. */
  labels: string[];
  /** The file, relative to `dir`, with `/` separators. */
  file: string;
  /** `written` (new), `updated` (replaced, with `overwrite`), `unchanged` (same content there already). */
  status: 'written' | 'updated' | 'unchanged';
}

/** What {@link pullLangfuse} did. */
export interface PullResult {
  /** Every version copied or found up to date. */
  versions: PulledVersion[];
  /** Langfuse prompts that were not copied, and why (a name promptops cannot use, a version it cannot read). */
  skipped: Array<{ name: string; version?: string; reason: string }>;
  /** Langfuse labels that have another name here (`2024-q1` → `lf-2024-q1`, or as renamed by the store's `labels`). */
  renamedLabels: Array<{
    name: string;
    langfuse: string;
    promptops: string;
    /** `true` when the store's `labels` option gave the name; `false` for the automatic `lf-<label>`. */
    renamed: boolean;
  }>;
  /** Files that exist with other content and were left alone (pass `overwrite` to replace them). */
  conflicts: Array<{ name: string; version: string; file: string }>;
  /**
   * The versions Langfuse listed: each one is in `versions`, in `conflicts`, or skipped (alone, or with its
   * prompt: a name promptops cannot use, labels that collide).
   */
  listed: { prompts: number; versions: number };
}

/**
 * Copy every prompt version of a Langfuse project into `dir` as prompt files.
 *
 * @example
 * ```ts
 * const store = langfuseStore({ publicKey: process.env.LANGFUSE_PUBLIC_KEY!, secretKey: process.env.LANGFUSE_SECRET_KEY! });
 * const result = await pullLangfuse({ store, dir: 'prompts' });
 * console.log(`${result.versions.length} versions copied`);
 * ```
 */
export async function pullLangfuse(options: PullLangfuseOptions): Promise<PullResult> {
  if (typeof options.dir !== 'string' || options.dir === '') {
    throw new ConfigError('must be the folder to write prompt files into', { option: 'dir' });
  }
  const root = resolve(options.dir);
  const listings = await options.store.listPrompts();
  const total = listings.reduce((sum, listing) => sum + listing.versions.length, 0);
  const result: PullResult = {
    versions: [],
    skipped: [],
    renamedLabels: [],
    conflicts: [],
    listed: { prompts: listings.length, versions: total },
  };
  const renameFix = options.renameFix ?? STORE_WORDING.rename;
  let done = 0;
  const skipPrompt = (name: string, count: number, reason: string): void => {
    result.skipped.push({ name, reason });
    done += count;
    options.onProgress?.(done, total);
  };
  for (const listing of listings) {
    const problem = explainInvalidName(listing.name);
    if (problem !== undefined) {
      skipPrompt(
        listing.name,
        listing.versions.length,
        `not a valid promptops name (${problem}); rename it in Langfuse (e.g. "${suggestName(listing.name)}") and pull again`,
      );
      continue;
    }
    // Two Langfuse labels that would have one name here: writing both would put one label on two versions.
    const collisions = options.store.labelCollisions(listing.labels);
    if (collisions.length > 0) {
      const isRenamed = (label: string) => options.store.isRenamedLabel(label);
      skipPrompt(
        listing.name,
        listing.versions.length,
        `${collisions.map((c) => describeCollision(listing.name, c, renameFix, isRenamed)).join('. ')}; then pull again`,
      );
      continue;
    }
    for (const label of listing.labels) {
      const mapped = options.store.labelFor(label);
      if (mapped !== undefined && mapped !== label) {
        result.renamedLabels.push({
          name: listing.name,
          langfuse: label,
          promptops: mapped,
          renamed: options.store.isRenamedLabel(label),
        });
      }
    }
    for (const number of listing.versions) {
      const version = `${number}.0.0`;
      try {
        const record = await options.store.getVersion(listing.name, version);
        if (record === undefined) {
          result.skipped.push({ name: listing.name, version, reason: 'Langfuse listed it but did not return it' });
        } else {
          await writeVersion(root, record, options.overwrite === true, result);
        }
      } catch (error) {
        if (!isPromptOpsError(error) || error.code === 'CONFIG') throw error;
        if (isPromptOpsError(error, 'STORE_ERROR') && error.retryable) throw error;
        result.skipped.push({ name: listing.name, version, reason: error.message });
      }
      options.onProgress?.(++done, total);
    }
  }
  return result;
}

/** Write one version, after checking that the file reads back as the same prompt. */
async function writeVersion(root: string, record: PromptRecord, overwrite: boolean, result: PullResult): Promise<void> {
  const labels = [...(record.labels ?? [])].sort();
  const expected = await computeHash(record);
  // A text prompt reads best as Markdown; YAML holds what Markdown cannot (chat, CR characters...).
  const candidates = record.type === 'text' ? (['md', 'yaml'] as const) : (['yaml'] as const);
  for (const format of candidates) {
    const rel = `${record.name}/${record.version}.prompt.${format}`;
    const file = join(root, ...rel.split('/'));
    if (!file.startsWith(root + sep)) throw new ConfigError(`the prompt name ${record.name} leaves the folder`);
    const text = format === 'md' ? toMarkdown(record) : toYaml(record);
    if (!(await readsBackAs(text, file, record.name, expected, labels))) continue;
    const existing = await readFile(file, 'utf8').catch(() => undefined);
    const base = { name: record.name, version: record.version, labels, file: rel };
    if (existing === text) {
      result.versions.push({ ...base, status: 'unchanged' });
      return;
    }
    if (existing !== undefined && !overwrite) {
      result.conflicts.push({ name: record.name, version: record.version, file: base.file });
      return;
    }
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text, 'utf8');
    result.versions.push({ ...base, status: existing === undefined ? 'written' : 'updated' });
    return;
  }
  result.skipped.push({
    name: record.name,
    version: record.version,
    reason: 'its content does not survive the round trip through a prompt file; copy it by hand',
  });
}

async function readsBackAs(
  text: string,
  file: string,
  name: string,
  hash: string,
  labels: readonly string[],
): Promise<boolean> {
  try {
    const parsed = parsePromptFile(text, { file, name });
    return (
      parsed.name === name &&
      (await computeHash(parsed)) === hash &&
      JSON.stringify([...(parsed.labels ?? [])].sort()) === JSON.stringify(labels)
    );
  } catch (error) {
    if (isPromptOpsError(error, 'PROMPT_FORMAT')) return false;
    throw error;
  }
}

/** The fields of a file, in reading order (labels sorted, no hash: files are authored). */
function fileFields(record: PromptRecord): Record<string, unknown> {
  const fields: Record<string, unknown> = { name: record.name, version: record.version };
  if ((record.labels ?? []).length > 0) fields.labels = [...(record.labels ?? [])].sort();
  if (record.type !== 'text') fields.type = record.type;
  for (const key of ['model', 'input', 'output', 'metadata'] as const) {
    if (record[key] !== undefined) fields[key] = record[key];
  }
  return fields;
}

function toMarkdown(record: PromptRecord): string {
  return `---\n${stringify(fileFields(record))}---\n${record.template ?? ''}\n`;
}

function toYaml(record: PromptRecord): string {
  const fields = fileFields(record);
  if (record.type === 'text') fields.template = record.template ?? '';
  else fields.messages = record.messages;
  return stringify(fields);
}

/** A promptops-valid spelling of a Langfuse name, as a suggestion: `Movie Critic` → `movie-critic`. */
function suggestName(name: string): string {
  const suggestion = name
    .toLowerCase()
    .split('/')
    .map((segment) =>
      segment
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[^a-z0-9]+/, '')
        .replace(/-+$/, ''),
    )
    .filter((segment) => segment !== '')
    .join('/');
  return suggestion === '' ? 'my-prompt' : suggestion;
}
