/**
 * Store selection shared by every command: a `[dir]` positional or `--dir`, else `--url` (with
 * `--token-env`), else `promptops.config.json` (or `--config`, or the file `PROMPTOPS_CONFIG` names),
 * else `./prompts`. Also reads every record of a store, with progress on long runs.
 * @module
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import semverCompare from 'semver/functions/compare.js';
import { CONFIG_ENV_VAR, CONFIG_FILE_NAME, type ConfigFile, parseConfigFile } from '../client/config-file.js';
import type { PromptRecord } from '../engine/record.js';
import { ConfigError, isPromptOpsError } from '../errors.js';
import { type FileStore, fileStore } from '../stores/fs/file-store.js';
import { httpStore } from '../stores/http.js';
import type { PromptStore } from '../stores/types.js';
import type { CliIO, Output } from './output.js';

/** The store flags every command accepts. */
export interface StoreFlags {
  /** A prompt folder. */
  dir?: string;
  /** Base URL of a promptops HTTP server. */
  url?: string;
  /** Name of the environment variable holding the server's token. */
  tokenEnv?: string;
  /** The config file. */
  config?: string;
}

/** The store a command works on, and where it came from. */
export interface SelectedStore {
  readonly store: PromptStore;
  /** `'file'` or `'http'`. */
  readonly kind: 'file' | 'http';
  /** Where it is, for messages: the folder as given (relative to the working directory) or the URL. */
  readonly location: string;
  /** The absolute folder of a file store. */
  readonly dir?: string;
  /** The config file, when one was read. */
  readonly configFile?: string;
  /** The config file's contents, when one was read. */
  readonly config?: ConfigFile;
  /** Close the store. */
  close(): Promise<void>;
}

/** Default prompt folder when nothing else says where the prompts are. */
export const DEFAULT_PROMPT_DIR = 'prompts';

/** Add `--dir`, `--url`, `--token-env` and `--config` to a command. */
export function addStoreOptions(command: Command): Command {
  return command
    .option('--dir <dir>', 'prompt folder (same as the [dir] argument)')
    .option('--url <url>', 'read prompts from a promptops HTTP server instead of a folder')
    .option('--token-env <name>', 'environment variable holding the bearer token for --url (never the token itself)')
    .option(
      '--config <file>',
      `config file to read the store and pins from (default: $${CONFIG_ENV_VAR}, else ./${CONFIG_FILE_NAME})`,
    );
}

/** Help text appended to commands that take a store. */
export const STORE_HELP = `
Where prompts come from: the [dir] argument or --dir; else --url (with --token-env); else the "store"
of ${CONFIG_FILE_NAME} (or --config, or $${CONFIG_ENV_VAR}); else ./${DEFAULT_PROMPT_DIR}.`;

/** Read the config file: `--config`, `$PROMPTOPS_CONFIG`, or `./promptops.config.json` when it exists. */
export async function readConfig(
  flags: StoreFlags,
  io: CliIO,
): Promise<{ file: string; config: ConfigFile } | undefined> {
  const asked = flags.config ?? (io.env[CONFIG_ENV_VAR] || undefined);
  const file = resolve(io.cwd, asked ?? CONFIG_FILE_NAME);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && asked === undefined) return undefined;
    throw new ConfigError(`the config file cannot be read: ${(error as Error).message}`, { file });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`is not valid JSON (${(error as Error).message})`, { file });
  }
  return { file, config: parseConfigFile(json, file) };
}

/**
 * Pick the store of a run.
 *
 * @throws {ConfigError} (a usage error, exit 2) for conflicting flags, a missing token variable, an
 *   invalid config file, or a folder that does not exist.
 */
export async function selectStore(
  positional: string | undefined,
  flags: StoreFlags,
  io: CliIO,
): Promise<SelectedStore> {
  if (positional !== undefined && flags.dir !== undefined && positional !== flags.dir) {
    throw new ConfigError(`two prompt folders given ("${positional}" and --dir "${flags.dir}"): pass one`, {
      option: 'dir',
    });
  }
  const dirFlag = positional ?? flags.dir;
  if (dirFlag !== undefined && flags.url !== undefined) {
    throw new ConfigError('a folder and --url were both given: pass one of them', { option: 'url' });
  }
  if (flags.tokenEnv !== undefined && flags.url === undefined) {
    throw new ConfigError('--token-env only applies to --url', { option: 'token-env' });
  }
  const loaded = await readConfig(flags, io);
  const extra = loaded === undefined ? {} : { configFile: loaded.file, config: loaded.config };

  if (dirFlag !== undefined) return { ...(await folderStore(resolve(io.cwd, dirFlag), dirFlag)), ...extra };
  if (flags.url !== undefined) {
    return { ...serverStore(flags.url, tokenFrom(flags.tokenEnv, io, '--token-env'), flags.url), ...extra };
  }
  if (loaded !== undefined) {
    const store = loaded.config.store;
    if (store.type === 'file') {
      const abs = resolve(dirname(loaded.file), store.dir);
      return { ...(await folderStore(abs, shownPath(io.cwd, abs))), ...extra };
    }
    const token = tokenFrom(store.tokenEnv, io, `"store.tokenEnv" of ${loaded.file}`);
    return {
      ...serverStore(store.url, token, store.url, store.timeoutMs),
      ...extra,
    };
  }
  const abs = resolve(io.cwd, DEFAULT_PROMPT_DIR);
  if (!(await isDirectory(abs))) {
    throw new ConfigError(
      `no prompts to work on: pass a folder (e.g. "promptops validate ./prompts"), --url <server>, or create ` +
        `${CONFIG_FILE_NAME} with { "store": { "type": "file", "dir": "./prompts" } }`,
    );
  }
  return folderStore(abs, DEFAULT_PROMPT_DIR);
}

/** A path as shown to the user: relative to the working directory when inside it. */
export function shownPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return rel === '' ? '.' : rel.startsWith('..') ? abs : rel;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function folderStore(abs: string, shown: string): Promise<SelectedStore> {
  if (!(await isDirectory(abs))) {
    throw new ConfigError(`the prompt folder "${shown}" does not exist or is not a folder: create it or fix the path`, {
      option: 'dir',
    });
  }
  // Absolute: the run's working directory (`io.cwd`) need not be the process's.
  const store = fileStore({ dir: abs });
  return { store, kind: 'file', location: shown, dir: abs, close: () => store.close() };
}

function serverStore(url: string, token: string | undefined, shown: string, timeoutMs?: number): SelectedStore {
  let store: PromptStore;
  try {
    store = httpStore({
      url,
      ...(token === undefined ? {} : { token }),
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    });
  } catch (error) {
    if (isPromptOpsError(error)) throw new ConfigError(error.message, { option: 'url' });
    throw error;
  }
  return {
    store,
    kind: 'http',
    location: shown,
    close: async () => {
      await store.close?.();
    },
  };
}

function tokenFrom(name: string | undefined, io: CliIO, what: string): string | undefined {
  if (name === undefined) return undefined;
  const token = io.env[name];
  if (token === undefined || token === '') {
    throw new ConfigError(
      `${what} names the environment variable ${name}, which is not set: export it, or leave the flag out for a server without a token`,
    );
  }
  return token;
}

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

/**
 * Read every version of every name of a store (the store must be able to `list()` its names).
 * Progress ("Reading prompts 120/500") goes to stderr on a TTY only.
 */
export async function readAllRecords(store: PromptStore, output: Output): Promise<StoreContents> {
  if (typeof store.list !== 'function') {
    throw new ConfigError(`the ${store.name} store cannot list its prompts, so this command cannot read them all`);
  }
  output.progress(`Indexing prompts (${store.name} store)…`, true);
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
  await mapLimit(names, 16, async (name) => {
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
    if (names.length > 20) output.progress(`Reading prompts ${done}/${names.length}`, true);
  });
  records.sort((a, b) => compareText(a.name, b.name) || compareVersions(a.version, b.version));
  problems.sort((a, b) => compareText(a.file ?? a.name ?? '', b.file ?? b.name ?? ''));
  return { records, problems };
}

function isFileStore(store: PromptStore): store is FileStore {
  return typeof (store as Partial<FileStore>).problems === 'function';
}

/** Run `task` over `items`, at most `limit` at a time. */
export async function mapLimit<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareVersions(a: string, b: string): number {
  return semverCompare(a, b);
}
