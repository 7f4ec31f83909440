/**
 * Loading `promptops.config.json` on Node: the file in the working directory, or the one
 * `PROMPTOPS_CONFIG` names. Builds the store and reads the lockfile; relative paths resolve against
 * the config file's folder.
 * @module
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import type { PromptStore } from '../stores/types.js';
import { CONFIG_ENV_VAR, CONFIG_FILE_NAME, type ConfigFile, parseConfigFile } from './config-file.js';
import type { LoadedConfig } from './default-client.js';
import { readLockfile } from './lockfile.node.js';
import type { PromptClientOptions } from './options.js';
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

/**
 * Read `promptops.config.json` and turn it into client options.
 *
 * @returns `undefined` when no path was given (option or `PROMPTOPS_CONFIG`) and the working
 *   directory has no config file.
 * @throws `ConfigError` naming the file and the field: a missing file that was asked for, invalid
 *   JSON, an invalid field, an unset token variable, an unreadable lockfile.
 */
export async function loadConfigFile(options: LoadConfigFileOptions = {}): Promise<LoadedConfig | undefined> {
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
  const config = parseConfigFile(json, file);
  const clientOptions = await toClientOptions(config, file, env);
  const store = clientOptions.store;
  return {
    options: clientOptions,
    source: file,
    dispose: async () => {
      await store.close?.();
    },
  };
}

async function toClientOptions(
  config: ConfigFile,
  file: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<PromptClientOptions> {
  const base = dirname(file);
  const options: PromptClientOptions = { store: await buildStore(config, base, file, env) };
  if (config.pins !== undefined) options.pins = config.pins;
  if (config.defaultSelector !== undefined) options.defaultSelector = config.defaultSelector;
  if (config.cache !== undefined) options.cache = config.cache;
  if (config.strict !== undefined) options.strict = config.strict;
  if (config.telemetry !== undefined) options.telemetry = config.telemetry;
  if (config.lockfile !== undefined) options.lockfile = await readLockfile(resolve(base, config.lockfile));
  if (config.snapshot !== undefined) options.snapshot = fileSnapshot({ path: resolve(base, config.snapshot) });
  return options;
}

async function buildStore(
  config: ConfigFile,
  base: string,
  file: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<PromptStore> {
  const store = config.store;
  if (store.type === 'file') {
    const { fileStore } = await import('../stores/fs/file-store.js');
    return fileStore({ dir: resolve(base, store.dir), ...(store.watch === undefined ? {} : { watch: store.watch }) });
  }
  let token: string | undefined;
  if (store.tokenEnv !== undefined) {
    token = env[store.tokenEnv];
    if (token === undefined || token === '') {
      throw new ConfigError(
        `names the environment variable ${store.tokenEnv}, which is not set; export it, or remove "tokenEnv" for a server without a token`,
        { file, option: 'store.tokenEnv' },
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
