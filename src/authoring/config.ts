/**
 * The store an authoring run works on, and the config that came with it: a prompt folder, else a
 * promptops server URL (with a token from an environment variable), else the store of
 * `promptops.config.json`, else `./prompts`. The config file itself is read, and its store built, by
 * the client's config loader (`client/config-file.node.ts`), the one place that does it.
 * @module
 */
import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { CONFIG_FILE_NAME, type ConfigFile } from '../client/config-file.js';
import {
  configPath,
  type FoundConfig,
  lockfilePath,
  readConfigFile,
  storeFromConfig,
} from '../client/config-file.node.js';
import { ConfigError } from '../errors.js';
import { fileStore } from '../stores/fs/file-store.js';
import { httpStore } from '../stores/http.js';
import type { PromptStore } from '../stores/types.js';

/** Default prompt folder when nothing else says where the prompts are. */
export const DEFAULT_PROMPT_DIR = 'prompts';

/** Where the prompts of a run are. Give at most one of `dir` and `url`. */
export interface StoreSource {
  /** A prompt folder, relative to `cwd`. */
  dir?: string;
  /** Base URL of a promptops HTTP server. */
  url?: string;
  /** Name of the environment variable holding the server's token (only with `url`). */
  tokenEnv?: string;
  /**
   * The config file, relative to `cwd`.
   * @default env.PROMPTOPS_CONFIG, else `<cwd>/promptops.config.json` when it exists
   */
  config?: string;
  /** Working directory. */
  cwd: string;
  /** Environment, for `PROMPTOPS_CONFIG` and token variables. */
  env: Readonly<Record<string, string | undefined>>;
}

/** The store of a run, where it came from, and the config file read on the way. */
export interface OpenedStore {
  readonly store: PromptStore;
  /** `'file'` or `'http'`. */
  readonly kind: 'file' | 'http';
  /** Where it is, for messages: the folder (relative to the working directory when inside it) or the URL. */
  readonly location: string;
  /** The absolute folder of a file store. */
  readonly dir?: string;
  /** The config file, when one was read. */
  readonly configFile?: string;
  /** The config file's contents, when one was read. */
  readonly config?: ConfigFile;
  /** The config file found, as the client's config loader returns it. */
  readonly found?: FoundConfig;
  /** Close the store. */
  close(): Promise<void>;
}

/**
 * Open the store of a run (see the module doc for the order). The config file is read in every case
 * (its pins, `defaultSelector` and `lockfile` apply to any store); a file store never watches.
 *
 * @throws `ConfigError` for a folder together with a URL, `tokenEnv` without `url`, a token variable
 *   that is not set, an invalid config file, or a folder that does not exist.
 */
export async function openStore(source: StoreSource): Promise<OpenedStore> {
  if (source.dir !== undefined && source.url !== undefined) {
    throw new ConfigError('a folder and --url were both given: pass one of them', { option: 'url' });
  }
  if (source.tokenEnv !== undefined && source.url === undefined) {
    throw new ConfigError('--token-env only applies to --url', { option: 'token-env' });
  }
  const found = await readConfigFile({
    ...(source.config === undefined ? {} : { path: source.config }),
    cwd: source.cwd,
    env: source.env,
  });
  const extra = found === undefined ? {} : { configFile: found.file, config: found.config, found };

  if (source.dir !== undefined)
    return { ...(await folderStore(resolve(source.cwd, source.dir), source.dir)), ...extra };
  if (source.url !== undefined) {
    return { ...serverStore(source.url, tokenFrom(source.tokenEnv, source.env)), ...extra };
  }
  if (found !== undefined) {
    const spec = found.config.store;
    if (spec.type === 'file') {
      const abs = configPath(found, spec.dir);
      await checkFolder(abs, shownPath(source.cwd, abs));
      const store = await storeFromConfig(found, { env: source.env, watch: false });
      return { store, kind: 'file', location: shownPath(source.cwd, abs), dir: abs, close: closer(store), ...extra };
    }
    const store = await storeFromConfig(found, { env: source.env });
    return { store, kind: 'http', location: spec.url, close: closer(store), ...extra };
  }
  const abs = resolve(source.cwd, DEFAULT_PROMPT_DIR);
  if (!(await isDirectory(abs))) {
    throw new ConfigError(
      `no prompts to work on: pass a folder (e.g. "promptops validate ./prompts"), --url <server>, or create ` +
        `${CONFIG_FILE_NAME} with { "store": { "type": "file", "dir": "./prompts" } }`,
    );
  }
  return folderStore(abs, DEFAULT_PROMPT_DIR);
}

/** The lockfile path of a run: `override`, else the config's `lockfile`, else `./promptops.lock.json`. */
export function runLockfilePath(opened: OpenedStore, cwd: string, override?: string): string {
  return lockfilePath(opened.found, cwd, override);
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

async function checkFolder(abs: string, shown: string): Promise<void> {
  if (!(await isDirectory(abs))) {
    throw new ConfigError(`the prompt folder "${shown}" does not exist or is not a folder: create it or fix the path`, {
      option: 'dir',
    });
  }
}

async function folderStore(abs: string, shown: string): Promise<OpenedStore> {
  await checkFolder(abs, shown);
  // Absolute: the run's working directory (`cwd`) need not be the process's.
  const store = fileStore({ dir: abs });
  return { store, kind: 'file', location: shown, dir: abs, close: closer(store) };
}

function serverStore(url: string, token: string | undefined): OpenedStore {
  // httpStore's option errors are ConfigErrors naming the option.
  const store = httpStore({ url, ...(token === undefined ? {} : { token }) });
  return { store, kind: 'http', location: url, close: closer(store) };
}

function closer(store: PromptStore): () => Promise<void> {
  return async () => {
    await store.close?.();
  };
}

function tokenFrom(name: string | undefined, env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (name === undefined) return undefined;
  const token = env[name];
  if (token === undefined || token === '') {
    throw new ConfigError(
      `--token-env names the environment variable ${name}, which is not set: export it, or leave the flag out for a server without a token`,
    );
  }
  return token;
}
