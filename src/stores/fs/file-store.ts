/**
 * `fileStore`: prompts as files in a directory tree (DESIGN.md section 3). Node only.
 * @module
 */
import { type FSWatcher, watch as fsWatch } from 'node:fs';
import { lstat, realpath, stat } from 'node:fs/promises';
import { join, resolve as resolvePath } from 'node:path';
import { verifyRecordHash } from '../../engine/hash.js';
import { isValidName } from '../../engine/name.js';
import { parsePromptFile } from '../../engine/parse.js';
import type { PromptRecord } from '../../engine/record.js';
import { assertValidSelector, isExactSelector, labelMap, resolveSelector } from '../../engine/selector.js';
import {
  ConfigError,
  isPromptOpsError,
  PromptFormatError,
  PromptNotFoundError,
  type PromptOpsError,
  VersionNotFoundError,
} from '../../errors.js';
import { assertPromptName } from '../checks.js';
import { mapLimited } from '../map-limited.js';
import { globalClock, globalTimers, type StoreClock, type StoreTimers, timeOptions, unref } from '../timers.js';
import type { AsyncPromptStore, PromptStore, VersionInfo } from '../types.js';
import { isPromptFile, isSkippedPath, nameFromPath, readPromptFile, toPosix, walk } from './paths.js';
import { type FileEntry, type FileStoreProblem, type NameState, PromptIndex, versionInfos } from './prompt-index.js';

export type { FileStoreProblem } from './prompt-index.js';

/** Options of {@link fileStore}. */
export interface FileStoreOptions {
  /** The prompt directory (absolute, or relative to the working directory when the store is created). */
  dir: string;
  /**
   * Watch the directory tree and keep the index up to date: the store then has a `watch(onChange)` capability
   * that pushes each changed prompt name. One `fs.watch` per directory (never per file), so a file replaced
   * by an editor's atomic save (write a temporary file, rename it over the prompt) stays watched.
   * @default false
   */
  watch?: boolean;
  /**
   * Quiet time, in milliseconds, that ends a burst of file events before the changed files are
   * re-read (a burst never delays longer than 10 × this, at most 1 s).
   * @default 50
   */
  debounceMs?: number;
  /**
   * Timers of the watch: the debounce and the missing-file grace. The client's `timers` option has the
   * same shape, so one fake serves both in tests (fs events stay real; when the re-read happens is the
   * test's to say).
   * @default globalThis.setTimeout / clearTimeout, looked up at each call
   */
  timers?: StoreTimers;
  /**
   * Clock of the watch: when a burst of events began, how long a file has been missing.
   * @default { now: Date.now }
   */
  clock?: StoreClock;
  /**
   * Files read in parallel while indexing.
   * @default 32
   */
  concurrency?: number;
  /**
   * Name of the store in events and error messages.
   * @default 'file'
   */
  name?: string;
  /**
   * Called with each new problem a watched store finds after a change (a file that broke, a duplicate
   * version, a doubled label), e.g. to log it; the versions that load keep being served meanwhile.
   * `problems()` lists them all at any time.
   * @default undefined
   */
  onProblem?: (problem: FileStoreProblem) => void;
}

/** A {@link PromptStore} over a directory of prompt files. */
export interface FileStore extends AsyncPromptStore {
  /** The absolute prompt directory. */
  readonly dir: string;
  /** Names whose files load, sorted. Names with a problem are left out: see {@link FileStore.problems}. */
  list(): Promise<string[]>;
  resolve(name: string, selector: string): Promise<PromptRecord | undefined>;
  /**
   * Every problem of the tree, sorted by file: malformed files, the same version in two files, a
   * label on two versions, links leading outside the directory. A problem takes away only what does not
   * load: `getVersion`/`listVersions` of a `name` none of whose files loads reject with its `error`.
   */
  problems(): Promise<FileStoreProblem[]>;
  /**
   * The file holding `name@version` (the store's `dir` as given, joined with the file's relative
   * path), or `undefined`. Rejects like `getVersion` when the name has a problem.
   */
  fileOf(name: string, version: string): Promise<string | undefined>;
  /** Read the whole tree again. Resolves to the names whose content changed (watchers are told too). */
  refresh(): Promise<string[]>;
  /** Stop watching. The index stays readable. */
  close(): Promise<void>;
}

/**
 * A store over a tree of `*.prompt.md`, `*.prompt.yaml`, `*.prompt.yml` and `*.prompt.json` files.
 *
 * - A file's name is its path relative to `dir` without the extension (`support/greeting.prompt.md`
 *   → `support/greeting`) unless it says `name:`; several files may hold versions of one name.
 * - The tree is indexed on first use and cached; with `watch: true` the index follows the files
 *   (changed files are re-read after a short debounce and watchers get the changed names), otherwise
 *   `refresh()` re-reads it.
 * - A bad file never takes away a version that loads: a file that breaks after it loaded (truncated, half
 *   written, invalid for a moment) keeps serving its last good record, a file missing for less than
 *   {@link MISSING_GRACE_MS} keeps serving, a second file of one version is set aside (the file that served it
 *   keeps it), and a label on two versions stays where it was. A name whose files all fail rejects with the
 *   first `PromptFormatError` (naming file, line and field). `problems()` returns every problem (for
 *   `promptops validate` / `list`), and `onProblem` hears each new one.
 * - Nothing outside `dir` is ever read: invalid names (`../x`, `%2e%2e`, absolute, NUL) are refused
 *   before any lookup, and a symbolic link whose real path leaves `dir` is refused (a problem of its
 *   name), never followed. Hidden entries (`.git`...) and `node_modules` are skipped.
 *
 * @example
 * ```ts
 * import { fileStore } from 'promptops/fs';
 * const store = fileStore({ dir: './prompts', watch: process.env.NODE_ENV !== 'production' });
 * const versions = await store.listVersions('support/greeting');
 * for (const problem of await store.problems()) console.warn(problem.error.message);
 * ```
 */
export function fileStore(options: FileStoreOptions): FileStore {
  if (typeof options !== 'object' || options === null || typeof options.dir !== 'string' || options.dir === '') {
    throw new ConfigError('fileStore needs the prompt directory: fileStore({ dir: "./prompts" })', { option: 'dir' });
  }
  if (options.dir.includes('\0')) throw new ConfigError('must not contain NUL bytes', { option: 'dir' });
  const storeName = options.name ?? 'file';
  const debounceMs = nonNegative(options.debounceMs, 'debounceMs', 50);
  const concurrency = Math.max(1, Math.floor(nonNegative(options.concurrency, 'concurrency', 32)));
  const dir = resolvePath(options.dir);
  const shownDir = toPosix(options.dir).replace(/\/+$/, '');
  const watchEnabled = options.watch === true;
  const time = timeOptions(options);
  const timers = time.timers ?? globalTimers;
  const clock = time.clock ?? globalClock;

  const index = new PromptIndex();
  const listeners = new Set<(name: string) => void>();
  let root = dir;
  let ready: Promise<void> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  /** One watcher per directory of the tree, by relative path ('' is the root). */
  const watchers = new Map<string, FSWatcher>();
  let closed = false;
  const pending = new Set<string>();
  /** Prompt files found missing, and since when (see MISSING_GRACE_MS). */
  const missingSince = new Map<string, number>();
  /** The pending debounce, if any. */
  let timer: { handle: unknown } | undefined;
  let burstStart = 0;

  function shown(rel: string): string {
    return `${shownDir}/${rel}`;
  }

  /** Run index changes one at a time. */
  function serialize<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function realRoot(): Promise<string> {
    try {
      const real = await realpath(dir);
      if (!(await stat(real)).isDirectory())
        throw new ConfigError(`"${options.dir}" is not a directory`, { option: 'dir' });
      return real;
    } catch (error) {
      if (isPromptOpsError(error, 'CONFIG')) throw error;
      throw new ConfigError(
        `the prompt directory "${options.dir}" (${dir}) cannot be read: create it or fix the path`,
        { option: 'dir' },
        { cause: error },
      );
    }
  }

  function ensureIndex(): Promise<void> {
    ready ??= (async () => {
      root = await realRoot();
      if (watchEnabled && !closed) watchDir('');
      await serialize(() => rescan(''));
    })().catch((error: unknown) => {
      ready = undefined; // let a later call try again (e.g. once the directory exists)
      throw error;
    });
    return ready;
  }

  async function loadEntry(rel: string): Promise<FileEntry | undefined> {
    const file = shown(rel);
    const derived = nameFromPath(rel);
    const read = await readPromptFile(root, rel);
    if (!read.ok) {
      if (read.missing === true) return undefined;
      return {
        rel,
        file,
        name: derived,
        error: new PromptFormatError(`the file ${read.reason}`, { file, promptName: derived }),
      };
    }
    try {
      const record = parsePromptFile(read.text, { file, name: derived });
      const hash = await verifyRecordHash(record);
      return { rel, file, name: record.name, record, hash };
    } catch (error) {
      const name = sniffName(read.text, rel) ?? derived;
      if (isPromptOpsError(error)) return { rel, file, name, error };
      const message = error instanceof Error ? error.message : String(error);
      return {
        rel,
        file,
        name,
        error: new PromptFormatError(
          `the file could not be parsed (${message})`,
          { file, promptName: name },
          { cause: error },
        ),
      };
    }
  }

  async function loadAll(rels: readonly string[]): Promise<FileEntry[]> {
    const out = await mapLimited(rels, concurrency, loadEntry);
    return out.filter((e): e is FileEntry => e !== undefined);
  }

  /** Re-read everything under `rel` (`''`: the whole tree). */
  async function rescan(rel: string): Promise<string[]> {
    const { files, refusals, dirs } = await walk(root, rel);
    if (watchEnabled && !closed) syncWatchers(rel, dirs);
    const entries = await loadAll(files);
    for (const key of [...index.otherProblems.keys()]) {
      if (rel === '' || key === rel || key.startsWith(`${rel}/`)) index.otherProblems.delete(key);
    }
    for (const refusal of refusals) {
      const file = shown(refusal.rel);
      if (isPromptFile(refusal.rel)) {
        const name = nameFromPath(refusal.rel);
        entries.push({
          rel: refusal.rel,
          file,
          name,
          error: new PromptFormatError(`the file ${refusal.reason}`, { file, promptName: name }),
        });
      } else {
        index.otherProblems.set(refusal.rel, {
          name: undefined,
          file,
          error: new PromptFormatError(`the directory ${refusal.reason}`, { file }),
        });
      }
    }
    return index.update(index.filesUnder(rel), entries);
  }

  /** Bring the index up to date with one changed path. */
  async function applyChange(rel: string): Promise<string[]> {
    if (rel === '') return rescan('');
    if (isSkippedPath(rel)) return [];
    let info: Awaited<ReturnType<typeof lstat>> | undefined;
    try {
      info = await lstat(join(root, rel));
    } catch {
      info = undefined;
    }
    if (info === undefined) {
      // A prompt file that loaded and is gone for a moment (an editor deleting and rewriting it) keeps
      // serving for MISSING_GRACE_MS; only a file still missing then is removed.
      const known = index.files.get(rel);
      if (known !== undefined && (known.record !== undefined || known.lastGood !== undefined)) {
        const since = missingSince.get(rel);
        const now = clock.now();
        if (since === undefined || now - since < MISSING_GRACE_MS) {
          if (since === undefined) missingSince.set(rel, now);
          const recheck = timers.setTimeout(
            () => {
              pending.add(rel);
              schedule();
            },
            MISSING_GRACE_MS - (now - (since ?? now)),
          );
          unref(recheck);
          return [];
        }
      }
      missingSince.delete(rel);
      unwatchUnder(rel);
      for (const key of [...index.otherProblems.keys()]) {
        if (key === rel || key.startsWith(`${rel}/`)) index.otherProblems.delete(key);
      }
      return index.update(index.filesUnder(rel), []);
    }
    if (info.isDirectory() || (info.isSymbolicLink() && !isPromptFile(rel))) return rescan(rel);
    if (!isPromptFile(rel)) return [];
    missingSince.delete(rel);
    const entry = await loadEntry(rel);
    return index.update([rel], entry === undefined ? [] : [entry]);
  }

  /** Problems already reported through `onProblem`, by name, as `file\0message`. */
  const reported = new Map<string, Set<string>>();

  function reportProblems(names: Iterable<string>): void {
    const onProblem = options.onProblem;
    if (onProblem === undefined) return;
    for (const name of names) {
      const seen = reported.get(name) ?? new Set<string>();
      const now = new Set<string>();
      for (const problem of index.names.get(name)?.problems ?? []) {
        const key = `${problem.file}\u0000${problem.error.message}`;
        now.add(key);
        if (seen.has(key)) continue;
        try {
          onProblem({ name, file: problem.file, error: problem.error });
        } catch {
          // A listener that throws must not stop the index.
        }
      }
      if (now.size === 0) reported.delete(name);
      else reported.set(name, now);
    }
  }

  function notify(names: readonly string[]): void {
    for (const name of names) {
      if (!isValidName(name)) continue;
      for (const listener of [...listeners]) {
        try {
          listener(name);
        } catch {
          // A listener that throws must not stop the others.
        }
      }
    }
  }

  /** Watch one directory (non-recursive): its events name entries of that directory. */
  function watchDir(rel: string): void {
    if (watchers.has(rel) || closed) return;
    let w: FSWatcher;
    try {
      w = fsWatch(rel === '' ? root : join(root, rel), (_event, filename) => {
        pending.add(
          filename === null ? rel : rel === '' ? toPosix(String(filename)) : `${rel}/${toPosix(String(filename))}`,
        );
        schedule();
      });
    } catch (error) {
      if (rel !== '') return; // gone already: the rescan of its parent will notice
      throw new ConfigError(
        `cannot watch "${options.dir}" (${error instanceof Error ? error.message : String(error)}); use watch: false`,
        { option: 'watch' },
        { cause: error },
      );
    }
    w.on('error', () => {
      w.close();
      if (watchers.get(rel) === w) watchers.delete(rel);
      pending.add(rel === '' ? '' : rel);
      schedule();
    });
    w.unref();
    watchers.set(rel, w);
  }

  /** Stop watching `rel` and every directory under it. */
  function unwatchUnder(rel: string): void {
    for (const [dir, w] of [...watchers]) {
      if (rel === '' ? dir !== '' : dir === rel || dir.startsWith(`${rel}/`)) {
        w.close();
        watchers.delete(dir);
      }
    }
  }

  /** After walking `rel`: watch exactly the directories found under it. */
  function syncWatchers(rel: string, dirs: readonly string[]): void {
    const found = new Set(dirs);
    for (const [dir, w] of [...watchers]) {
      const under = rel === '' || dir === rel || dir.startsWith(`${rel}/`);
      if (under && dir !== '' && !found.has(dir)) {
        w.close();
        watchers.delete(dir);
      }
    }
    for (const dir of dirs) if (!isSkippedPath(dir) || dir === '') watchDir(dir);
  }

  function schedule(): void {
    if (closed) return;
    const now = clock.now();
    if (timer === undefined) burstStart = now;
    else timers.clearTimeout(timer.handle);
    const maxWait = Math.min(1000, debounceMs * 10);
    const wait = now - burstStart >= maxWait ? 0 : debounceMs;
    timer = { handle: timers.setTimeout(flush, wait) };
    unref(timer.handle);
  }

  function flush(): void {
    timer = undefined;
    const paths = [...pending];
    pending.clear();
    serialize(async () => {
      const changed = new Set<string>();
      const all = paths.includes('');
      for (const path of all ? [''] : paths) for (const name of await applyChange(path)) changed.add(name);
      reportProblems(changed);
      notify([...changed].sort());
    }).catch(() => undefined);
  }

  async function stateOf(name: string): Promise<NameState | undefined> {
    assertPromptName(name, storeName);
    await ensureIndex();
    const state = index.names.get(name);
    if (state?.error !== undefined) throw state.error;
    if (state === undefined) {
      const misfiled = index.misfiledVersions(name)[0];
      if (misfiled !== undefined) throw misfiledError(name, misfiled);
    }
    return state;
  }

  /** Why a version file meant for `name` did not load, with the fix, and where to see every problem. */
  function misfiledWhy(name: string, entry: FileEntry): string {
    const error = entry.error as PromptOpsError;
    const why =
      isPromptOpsError(error, 'PROMPT_FORMAT') && error.field === 'name'
        ? `it has no \`name:\`, so it is prompt "${entry.name}", which does not load. Add \`name: ${name}\` to it.`
        : `it does not load: ${error.message}`;
    return `${why} Run "promptops validate ${shownDir}" to see every problem of the folder`;
  }

  /**
   * The answer for a name that has no file but a version file meant for it that did not load (it lost its
   * `name:`, or is broken): not found, saying which file, why, the fix, and to run `promptops validate`.
   */
  function misfiledError(name: string, entry: FileEntry): PromptNotFoundError {
    return new PromptNotFoundError(
      name,
      {
        store: storeName,
        message:
          `Prompt "${name}" was not found in the ${storeName} store, but ${entry.file} looks like one of its ` +
          `versions: ${misfiledWhy(name, entry)}.`,
      },
      { cause: entry.error },
    );
  }

  /**
   * For an exact `version` of a name that has others: when the file meant to hold it did not load, a
   * {@link VersionNotFoundError} that says so first; `undefined` otherwise.
   */
  function misfiledVersionError(name: string, version: string, state: NameState): VersionNotFoundError | undefined {
    const entry = index.misfiledVersions(name).find((e) => e.name.slice(name.length + 1).replace(/^v/, '') === version);
    if (entry === undefined) return undefined;
    const infos = versionInfos(state);
    return new VersionNotFoundError(
      name,
      version,
      {
        versions: infos.map((v) => v.version),
        labels: labelMap(infos),
        context: `${entry.file} looks like version ${version} of "${name}" but does not load: ${misfiledWhy(name, entry)}`,
      },
      { cause: entry.error },
    );
  }

  const store: FileStore = {
    name: storeName,
    dir,

    async listVersions(name): Promise<VersionInfo[]> {
      const state = await stateOf(name);
      return state === undefined ? [] : versionInfos(state);
    },

    async getVersion(name, version) {
      const state = await stateOf(name);
      const record = state?.versions.get(version)?.record;
      if (record === undefined && state !== undefined) {
        const misfiled = misfiledVersionError(name, version, state);
        if (misfiled !== undefined) throw misfiled;
      }
      return record;
    },

    async resolve(name, selector) {
      assertValidSelector(selector, `${name}@${selector}`);
      const state = await stateOf(name);
      if (state === undefined) return undefined;
      const chosen = resolveSelector(versionInfos(state), selector);
      if (chosen === undefined && isExactSelector(selector)) {
        const misfiled = misfiledVersionError(name, selector, state);
        if (misfiled !== undefined) throw misfiled;
      }
      return chosen === undefined ? undefined : state.versions.get(chosen.version)?.record;
    },

    async list() {
      await ensureIndex();
      return index.healthyNames();
    },

    async fileOf(name, version) {
      const state = await stateOf(name);
      return state?.versions.get(version)?.file;
    },

    async problems() {
      await ensureIndex();
      return index.problems();
    },

    async refresh() {
      await ensureIndex();
      const changed = await serialize(() => rescan(''));
      notify(changed);
      return changed;
    },

    async close() {
      closed = true;
      if (timer !== undefined) timers.clearTimeout(timer.handle);
      timer = undefined;
      pending.clear();
      for (const w of watchers.values()) w.close();
      watchers.clear();
      listeners.clear();
    },
  };

  if (watchEnabled) {
    store.watch = (onChange) => {
      if (typeof onChange !== 'function')
        throw new ConfigError('watch(onChange) needs a function', { option: 'watch' });
      listeners.add(onChange);
      ensureIndex().catch(() => undefined); // start watching now; errors surface on the next read
      return () => {
        listeners.delete(onChange);
      };
    };
  }
  return store;
}

/**
 * How long a prompt file that loaded may be missing before its versions are removed: an editor that deletes
 * and rewrites a file must not take the prompt away in between.
 */
export const MISSING_GRACE_MS = 1_000;

function nonNegative(value: unknown, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new ConfigError(`must be a finite number >= 0, got ${JSON.stringify(value)}`, { option });
  }
  return value;
}

/** Best guess of the `name:` of a file that does not parse, so its error is filed under that name. */
function sniffName(text: string, rel: string): string | undefined {
  const match = rel.endsWith('.json')
    ? /"name"\s*:\s*"([^"\\]{1,200})"/.exec(text)
    : /^name[ \t]*:[ \t]*["']?([^"'\s#]{1,200})["']?[ \t]*(?:#.*)?$/m.exec(text);
  const name = match?.[1];
  return name !== undefined && isValidName(name) ? name : undefined;
}
