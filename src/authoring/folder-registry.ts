/**
 * `openFolderRegistry`: a prompt folder as a durable, writable store (DESIGN.md section 13). Reads come
 * from an in-memory index of the folder; writes go into the files first and are acknowledged only
 * once they are on disk:
 *
 * - a new version is a new file (`<name>/<version>.prompt.md`, `.prompt.yaml` for chat prompts),
 *   written atomically (temporary file under `<dir>/.promptops/tmp/`, fsync, rename, fsync of the
 *   folder) and proven to read back with the same hash;
 * - a label move rewrites the `labels` of the two files (nothing else in them changes), after writing
 *   its intent to `<dir>/.promptops/pending-move.json`; then one line is appended (fsync) to
 *   `<dir>/.promptops/history.jsonl`. A kill between the steps is completed when the folder is
 *   opened again, so a label is never lost or on two versions;
 * - writes run one at a time, so "versions are immutable" and "one label, one version" hold under
 *   concurrent requests.
 *
 * One process writes a folder at a time (the server, or one CLI command); files edited by hand are
 * seen when the folder is opened again.
 * Node only.
 * @module
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { computeHash, verifyRecordHash } from '../engine/hash.js';
import { parsePromptFile } from '../engine/parse.js';
import type { PromptRecord } from '../engine/record.js';
import { parseRecord } from '../engine/record-schema.js';
import { StoreError } from '../errors.js';
import { assertLabelName, assertPromptName } from '../stores/checks.js';
import { type FileStoreProblem, fileStore } from '../stores/fs/file-store.js';
import { checkMoveMeta, copyLabelMove, labelMove, labelMoveProblem } from '../stores/label-history.js';
import { type MemoryStore, memoryStore } from '../stores/memory.js';
import type { CompletePromptStore, LabelMove, LabelMoveMeta } from '../stores/types.js';
import {
  appendLineDurably,
  cleanTemporaryFiles,
  readCompleteLines,
  removeFileDurably,
  writeFileDurably,
} from './durable-file.js';
import { editLabels } from './label-edit.js';
import { recordFileText } from './record-file.js';

/** Options of {@link openFolderRegistry}. */
export interface FolderRegistryOptions {
  /** The prompt folder. */
  dir: string;
  /**
   * The clock of history entries, in milliseconds since the epoch.
   * @default Date.now
   */
  now?: () => number;
}

/** A prompt folder as a writable store with a durable label history. */
export interface FolderRegistry extends CompletePromptStore {
  /** The absolute folder. */
  readonly dir: string;
  /** Files of the folder that could not be read when it was opened (their names are not served). */
  problems(): FileStoreProblem[];
  /** Where the history is appended: `<dir>/.promptops/history.jsonl`. */
  readonly historyFile: string;
}

/** A line of `history.jsonl`: a label move and the prompt it belongs to. */
interface HistoryLine extends LabelMove {
  name: string;
}

/** The intent of a label move, written before the files change. */
interface PendingMove {
  name: string;
  move: LabelMove;
}

/** The folder holding promptops' own files in a prompt folder. */
export const STATE_DIR = '.promptops';

/**
 * Read `<dir>/.promptops/history.jsonl`: every move of every name, oldest first. A cut last line
 * (a kill in the middle of an append) is dropped; a malformed line is an error naming its number.
 */
export async function readFolderHistory(dir: string): Promise<Map<string, LabelMove[]>> {
  const file = join(dir, STATE_DIR, 'history.jsonl');
  const byName = new Map<string, LabelMove[]>();
  const lines = await readCompleteLines(file);
  lines.forEach((line, i) => {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = undefined;
    }
    const problem =
      labelMoveProblem(value) ??
      (typeof (value as { name?: unknown }).name === 'string' ? undefined : 'name: must be a string');
    if (problem !== undefined) {
      throw new StoreError(
        `${file}:${i + 1} is not a label move (${problem}): fix or remove that line (each line is one JSON move).`,
        { store: 'file', retryable: false },
      );
    }
    const entry = value as HistoryLine;
    const list = byName.get(entry.name) ?? [];
    list.push(copyLabelMove(entry));
    byName.set(entry.name, list);
  });
  return byName;
}

/**
 * Open a prompt folder for reading and durable writing: finishes a label move that a kill
 * interrupted, removes leftover temporary files, and indexes the folder.
 *
 * @throws {ConfigError} when the folder does not exist.
 * @example
 * ```ts
 * const registry = await openFolderRegistry({ dir: './prompts' });
 * await registry.setLabel('support/greeting', 'production', '1.2.0', { actor: 'ada', reason: 'new tone' });
 * await registry.close();
 * ```
 */
export async function openFolderRegistry(options: FolderRegistryOptions): Promise<FolderRegistry> {
  const now = options.now ?? Date.now;
  const probe = fileStore({ dir: options.dir });
  await probe.list(); // a missing folder is a ConfigError here, before anything is written
  const dir = probe.dir;
  const stateDir = join(dir, STATE_DIR);
  const tmpDir = join(stateDir, 'tmp');
  const historyFile = join(stateDir, 'history.jsonl');
  const pendingFile = join(stateDir, 'pending-move.json');
  await mkdir(stateDir, { recursive: true });
  await ensureGitignore(stateDir);
  await cleanTemporaryFiles(tmpDir);
  const history = await readFolderHistory(dir);

  /** Rewrite the labels of one file, proving that only the labels changed. */
  async function rewriteLabels(file: string, change: { add: string } | { remove: string }): Promise<void> {
    const text = await readFile(file, 'utf8');
    const next = editLabels(text, file, change);
    if (next === text) return;
    const before = parsePromptFile(text, { file });
    const after = parsePromptFile(next, { file });
    const label = 'add' in change ? change.add : change.remove;
    if (
      (await computeHash(before)) !== (await computeHash(after)) ||
      (after.labels ?? []).includes(label) !== 'add' in change
    ) {
      throw new StoreError(
        `Moving label "${label}" in ${file} would change more than its labels; nothing was written.`,
        {
          store: 'file',
          retryable: false,
        },
      );
    }
    await writeFileDurably(file, next, tmpDir);
  }

  /** Apply a move to the files (idempotent: a repeated step changes nothing). */
  async function moveInFiles(
    fileOf: (version: string) => Promise<string | undefined>,
    pending: PendingMove,
  ): Promise<void> {
    const { move } = pending;
    const from = move.from === null ? undefined : await fileOf(move.from);
    if (from !== undefined) await rewriteLabels(from, { remove: move.label });
    const to = await fileOf(move.to);
    if (to === undefined) {
      throw new StoreError(`The file of "${pending.name}@${move.to}" is missing; cannot move "${move.label}" to it.`, {
        store: 'file',
        retryable: false,
      });
    }
    await rewriteLabels(to, { add: move.label });
  }

  async function record(pending: PendingMove): Promise<void> {
    const line: HistoryLine = { name: pending.name, ...pending.move };
    await appendLineDurably(historyFile, JSON.stringify(line));
    const list = history.get(pending.name) ?? [];
    list.push(pending.move);
    history.set(pending.name, list);
  }

  // A move cut short by a kill: finish it (its intent was durable before any file changed).
  const interrupted = await readPending(pendingFile);
  if (interrupted !== undefined) {
    await moveInFiles((version) => probe.fileOf(interrupted.name, version), interrupted);
    const last = history.get(interrupted.name)?.at(-1);
    if (last === undefined || JSON.stringify(last) !== JSON.stringify(interrupted.move)) await record(interrupted);
    await removeFileDurably(pendingFile);
  }
  await probe.close();

  // The index: the files as they are now.
  const files = fileStore({ dir });
  const problems = await files.problems();
  const broken = new Set(problems.map((p) => p.name).filter((n): n is string => n !== undefined));
  const paths = new Map<string, string>();
  const seed: PromptRecord[] = [];
  for (const name of await files.list()) {
    for (const info of await files.listVersions(name)) {
      const found = await files.getVersion(name, info.version);
      const file = await files.fileOf(name, info.version);
      if (found === undefined || file === undefined) continue;
      seed.push(found);
      paths.set(`${name}@${info.version}`, file);
    }
  }
  await files.close();
  const memory: MemoryStore = memoryStore(seed, { name: 'file', now });
  await memory.list(); // check the seed now

  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  /** Writes run one at a time. */
  function serialize<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(() => {
      if (closed) throw new StoreError('The folder registry is closed.', { store: 'file' });
      return task();
    });
    queue = run.catch(() => undefined);
    return run;
  }

  function refuseBroken(name: string): void {
    if (!broken.has(name)) return;
    const problem = problems.find((p) => p.name === name);
    throw new StoreError(
      `Cannot write "${name}": its files have a problem (${problem?.error.message ?? 'see promptops validate'}). Fix the files and restart.`,
      { store: 'file', status: 409, retryable: false },
    );
  }

  async function moveLabel(name: string, label: string, version: string, meta: LabelMoveMeta): Promise<void> {
    const versions = await memory.listVersions(name);
    if (!versions.some((v) => v.version === version)) {
      await memory.setLabel(name, label, version); // throws the not-found error saying what exists
      return;
    }
    const from = versions.find((v) => v.labels.includes(label))?.version;
    if (from === version) return;
    const pending: PendingMove = { name, move: labelMove(label, from, version, meta, now()) };
    await writeFileDurably(pendingFile, JSON.stringify(pending), tmpDir);
    await moveInFiles(async (v) => paths.get(`${name}@${v}`), pending);
    await record(pending);
    await removeFileDurably(pendingFile);
    await memory.setLabel(name, label, version);
  }

  async function addVersion(parsed: PromptRecord): Promise<void> {
    const id = `${parsed.name}@${parsed.version}`;
    const { labels: _labels, ...content } = parsed;
    const hash = await verifyRecordHash(content);
    const existing = await memory.getVersion(parsed.name, parsed.version);
    if (existing !== undefined) {
      await memory.putVersion(content); // same hash: no-op; other hash: the 409 conflict
      return;
    }
    const { extension, text } = await recordFileText(content);
    const file = join(dir, ...parsed.name.split('/'), `${parsed.version}${extension}`);
    if (await exists(file)) {
      throw new StoreError(
        `Cannot write "${id}": ${file} already exists but does not hold that version. Move that file away and retry.`,
        { store: 'file', status: 409, retryable: false },
      );
    }
    await writeFileDurably(file, text, tmpDir);
    paths.set(id, file);
    await memory.putVersion({ ...content, hash });
  }

  return {
    name: 'file',
    dir,
    historyFile,
    listVersions: (name) => memory.listVersions(name),
    getVersion: (name, version) => memory.getVersion(name, version),
    list: () => memory.list(),
    resolve: (name, selector) => memory.resolve(name, selector),
    watch: (onChange) => memory.watch(onChange),
    problems: () => [...problems],

    putVersion(input, meta) {
      const parsed = parseRecord(input, { file: 'file store putVersion' });
      const checked = checkMoveMeta(meta, 'file');
      refuseBroken(parsed.name);
      return serialize(async () => {
        await addVersion(parsed);
        for (const label of parsed.labels ?? []) await moveLabel(parsed.name, label, parsed.version, checked);
      });
    },

    setLabel(name, label, version, meta) {
      assertPromptName(name, 'file');
      assertLabelName(label, 'file');
      const checked = checkMoveMeta(meta, 'file');
      refuseBroken(name);
      return serialize(() => moveLabel(name, label, version, checked));
    },

    async labelHistory(name) {
      assertPromptName(name, 'file');
      return [...(history.get(name) ?? [])].reverse().map(copyLabelMove);
    },

    async close() {
      await serialize(async () => undefined).catch(() => undefined);
      closed = true;
      await memory.close();
    },
  };
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

async function readPending(file: string): Promise<PendingMove | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const value = JSON.parse(text) as PendingMove;
  const problem = labelMoveProblem(value.move);
  if (typeof value.name !== 'string' || problem !== undefined) {
    throw new StoreError(
      `${file} is not a pending label move (${problem ?? 'name'}): remove it and check the labels.`,
      {
        store: 'file',
        retryable: false,
      },
    );
  }
  return value;
}

async function ensureGitignore(stateDir: string): Promise<void> {
  const file = join(stateDir, '.gitignore');
  if (await exists(file)) return;
  // history.jsonl is worth committing; the temporary files and the pending move never are.
  await writeFile(file, 'tmp/\npending-move.json\n', 'utf8');
}
