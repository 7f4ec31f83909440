/**
 * Loading `promptops.config.json` on Node: the file in the working directory, or the one
 * `PROMPTOPS_CONFIG` names. The one place that reads the file, builds its store, turns its fields into
 * client options and resolves its lockfile path (the client's default and the CLI both use it);
 * relative paths resolve against the config file's folder.
 * @module
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import type { PromptStore } from '../stores/types.js';
import { CONFIG_ENV_VAR, CONFIG_FILE_NAME, type ConfigFile, parseConfigFile } from './config-file.js';
import type { LoadedConfig } from './default-client.js';
import { LOCKFILE_NAME } from './lockfile.js';
import { readLockfile } from './lockfile.node.js';
import { noteConfigFile, type PromptClientOptions } from './options.js';
import { fileSnapshot } from './snapshot.node.js';

/** Options of {@link loadConfigFile}. */
export interface LoadConfigFileOptions {
  /**
   * The config file. A relative path resolves against `cwd`.
   * @default env.PROMPTOPS_CONFIG, else `<cwd>/promptops.config.json`
   */
  path?: string;
  /**
   * Working directory.
   * @default process.cwd()
   */
  cwd?: string;
  /**
   * Environment (for `PROMPTOPS_CONFIG` and the store's `tokenEnv`).
   * @default process.env
   */
  env?: Readonly<Record<string, string | undefined>>;
}

/** A config file found and validated: its absolute path and its contents. */
export interface FoundConfig {
  /** Absolute path of the file. */
  readonly file: string;
  /** The validated contents; paths in it are relative to the file's folder. */
  readonly config: ConfigFile;
}

/**
 * Find, read and validate `promptops.config.json`: `options.path`, else `env.PROMPTOPS_CONFIG`, else
 * the file in `cwd` when it exists. The one reader of the config file (the client's
 * {@link loadConfigFile} and the CLI both use it).
 *
 * @returns `undefined` when no path was given and the working directory has no config file.
 * @throws `ConfigError` naming the file: a missing file that was asked for, invalid JSON, an invalid field.
 */
export async function readConfigFile(options: LoadConfigFileOptions = {}): Promise<FoundConfig | undefined> {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const asked = options.path ?? (env[CONFIG_ENV_VAR] || undefined);
  const file = resolve(cwd, asked ?? CONFIG_FILE_NAME);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && asked === undefined) return undefined;
    const why = options.path === undefined && asked !== undefined ? ` (named by ${CONFIG_ENV_VAR})` : '';
    throw new ConfigError(
      `the config file cannot be read${why}: ${(error as Error).message}`,
      { file },
      { cause: error },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`is not valid JSON (${(error as Error).message})`, { file }, { cause: error });
  }
  return { file, config: parseConfigFile(json, file) };
}

/** A path written in the config file, made absolute (relative paths resolve against the file's folder). */
export function configPath(found: FoundConfig, path: string): string {
  return resolve(dirname(found.file), path);
}

/**
 * Where the lockfile is: `override` (relative to `cwd`), else the config file's `lockfile`, else
 * `<cwd>/promptops.lock.json`. The one lockfile-path rule (`promptops lock` writes there; the client
 * and `promptops render` read the config's `lockfile` through {@link clientOptionsFromConfig}).
 */
export function lockfilePath(found: FoundConfig | undefined, cwd: string, override?: string): string {
  if (override !== undefined) return resolve(cwd, override);
  if (found?.config.lockfile !== undefined) return configPath(found, found.config.lockfile);
  return resolve(cwd, LOCKFILE_NAME);
}

/** Options of {@link storeFromConfig}. */
export interface StoreFromConfigOptions {
  /**
   * Environment holding the token variable the config's `store.tokenEnv` names.
   * @default process.env
   */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Overrides the config's `store.watch` for a file store (the CLI never watches).
   * @default the config's `store.watch`
   */
  watch?: boolean;
}

/**
 * Build the store a config file describes: a file store over `store.dir` (relative to the file), or
 * an HTTP store with the token from the variable `store.tokenEnv` names.
 *
 * @throws `ConfigError` naming the file and `store.tokenEnv` when that variable is not set.
 */
export async function storeFromConfig(found: FoundConfig, options: StoreFromConfigOptions = {}): Promise<PromptStore> {
  const store = found.config.store;
  if (store.type === 'file') {
    const { fileStore } = await import('../stores/fs/file-store.js');
    const watch = options.watch ?? store.watch;
    return fileStore({ dir: configPath(found, store.dir), ...(watch === undefined ? {} : { watch }) });
  }
  const env = options.env ?? process.env;
  let token: string | undefined;
  if (store.tokenEnv !== undefined) {
    token = env[store.tokenEnv];
    if (token === undefined || token === '') {
      throw new ConfigError(
        `names the environment variable ${store.tokenEnv}, which is not set; export it, or remove "tokenEnv" for a server without a token`,
        { file: found.file, option: 'store.tokenEnv' },
      );
    }
  }
  const { httpStore } = await import('../stores/http.js');
  return httpStore({
    url: store.url,
    ...(token === undefined ? {} : { token }),
    ...(store.timeoutMs === undefined ? {} : { timeoutMs: store.timeoutMs }),
  });
}

/**
 * Client options from a config file, over `store`: pins, experiments, `defaultSelector`, `cache`,
 * `strict`, `telemetry`, the lockfile (read now) and the file snapshot. The one place config fields
 * become client options. Messages about its pins and experiments name the file.
 */
export async function clientOptionsFromConfig(found: FoundConfig, store: PromptStore): Promise<PromptClientOptions> {
  const { config } = found;
  const options: PromptClientOptions = { store };
  if (config.pins !== undefined) {
    noteConfigFile(config.pins, found.file);
    options.pins = config.pins;
  }
  if (config.experiments !== undefined) {
    noteConfigFile(config.experiments, found.file);
    options.experiments = config.experiments;
  }
  if (config.defaultSelector !== undefined) options.defaultSelector = config.defaultSelector;
  if (config.cache !== undefined) options.cache = config.cache;
  if (config.strict !== undefined) options.strict = config.strict;
  if (config.telemetry !== undefined) options.telemetry = config.telemetry;
  if (config.lockfile !== undefined) options.lockfile = await readLockfile(configPath(found, config.lockfile));
  if (config.snapshot !== undefined) options.snapshot = fileSnapshot({ path: configPath(found, config.snapshot) });
  return options;
}

/**
 * Read `promptops.config.json` and turn it into client options.
 *
 * @returns `undefined` when no path was given (option or `PROMPTOPS_CONFIG`) and the working
 *   directory has no config file.
 * @throws `ConfigError` naming the file and the field: a missing file that was asked for, invalid
 *   JSON, an invalid field, an unset token variable, an unreadable lockfile.
 */
export async function loadConfigFile(options: LoadConfigFileOptions = {}): Promise<LoadedConfig | undefined> {
  const found = await readConfigFile(options);
  if (found === undefined) return undefined;
  const store = await storeFromConfig(found, { env: options.env ?? process.env });
  let clientOptions: PromptClientOptions;
  try {
    clientOptions = await clientOptionsFromConfig(found, store);
  } catch (error) {
    await store.close?.();
    throw error;
  }
  return {
    options: clientOptions,
    source: found.file,
    dispose: async () => {
      await store.close?.();
    },
  };
}
