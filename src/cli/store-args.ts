/**
 * The store flags every command accepts: a `[dir]` positional or `--dir`, else `--url` (with
 * `--token-env`), else `promptops.config.json` (or `--config`, or the file `PROMPTOPS_CONFIG` names),
 * else `./prompts`. The store itself is opened by `authoring/config.ts`.
 * @module
 */
import type { Command } from 'commander';
import { DEFAULT_PROMPT_DIR, type OpenedStore, openStore } from '../authoring/index.js';
import { CONFIG_ENV_VAR, CONFIG_FILE_NAME } from '../client/config-file.js';
import { ConfigError } from '../errors.js';
import type { CliIO } from './output.js';

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
export type SelectedStore = OpenedStore;

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

/**
 * Pick the store of a run from its flags.
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
  const dir = positional ?? flags.dir;
  return openStore({
    ...(dir === undefined ? {} : { dir }),
    ...(flags.url === undefined ? {} : { url: flags.url }),
    ...(flags.tokenEnv === undefined ? {} : { tokenEnv: flags.tokenEnv }),
    ...(flags.config === undefined ? {} : { config: flags.config }),
    cwd: io.cwd,
    env: io.env,
  });
}
