/**
 * The schema of `promptops.config.json` and its validation. No `node:` import: this module
 * takes parsed JSON and the file's path; `config-file.node.ts` reads the file and builds the store.
 *
 * ```json
 * {
 *   "store": { "type": "file", "dir": "./prompts" },
 *   "pins": { "support/greeting": "^1.2.0" },
 *   "experiments": { "support/triage": { "variants": { "control": "1.0.0", "candidate": "2.0.0" } } },
 *   "defaultSelector": "latest",
 *   "cache": { "ttlMs": 60000 },
 *   "strict": true,
 *   "lockfile": "./promptops.lock.json",
 *   "snapshot": "./.promptops/snapshot.json"
 * }
 * ```
 * @module
 */
import { type ExperimentsOptions, experimentsRule } from './experiments.js';
import { cacheRule } from './options.js';
import {
  nameKeyRule,
  object,
  type Rule,
  record,
  rule,
  selectorRule,
  typed,
  validateOrThrow,
  whole,
} from './validate.js';

/** Conventional name of the config file, looked up in the working directory. */
export const CONFIG_FILE_NAME = 'promptops.config.json';

/** Environment variable holding another config file path. */
export const CONFIG_ENV_VAR = 'PROMPTOPS_CONFIG';

/** `store` of a config file: a prompt folder (Node only) … */
export interface FileStoreConfig {
  type: 'file';
  /** The prompt folder, relative to the config file's folder. */
  dir: string;
  /**
   * Invalidate a name as soon as one of its files changes.
   * @default false
   */
  watch?: boolean;
}

/** … or a promptops HTTP server. */
export interface HttpStoreConfig {
  type: 'http';
  /** Base URL of the server. */
  url: string;
  /** Name of the environment variable holding the bearer token (never the token itself). */
  tokenEnv?: string;
  /**
   * Timeout of one request attempt, in ms.
   * @default 5000
   */
  timeoutMs?: number;
}

/** Contents of `promptops.config.json`, validated. Paths are as written (relative to the file's folder). */
export interface ConfigFile {
  /** Optional JSON schema reference, ignored. */
  $schema?: string;
  store: FileStoreConfig | HttpStoreConfig;
  pins?: Record<string, string>;
  /** A/B experiments by prompt name, as the client option `experiments` (see docs/experiments.md). */
  experiments?: ExperimentsOptions;
  defaultSelector?: string;
  cache?: false | { max?: number; ttlMs?: number; maxStaleMs?: number };
  strict?: boolean;
  telemetry?: { includeInputs?: boolean };
  /** Path of the lockfile. */
  lockfile?: string;
  /** Path of the snapshot file. */
  snapshot?: string;
}

const path = rule((s: unknown) => typeof s === 'string' && s !== '', 'must be a non-empty string');

const stores: Record<string, Rule> = {
  file: object({ type: typed('string'), dir: path, 'watch?': typed('boolean') }),
  http: object({
    type: typed('string'),
    url: rule((s: string) => {
      try {
        return /^https?:$/.test(new URL(s).protocol);
      } catch {
        return false;
      }
    }, 'must be an http(s) URL'),
    'tokenEnv?': rule((s: string) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(s), 'must be an environment variable name'),
    'timeoutMs?': whole(true),
  }),
};

const configRule = object({
  '$schema?': typed('string'),
  store: (value, at, problems) => {
    const type = (value as { type?: unknown } | null | undefined)?.type;
    const check = typeof type === 'string' ? stores[type] : undefined;
    if (check !== undefined) check(value, at, problems);
    else if (typeof value !== 'object' || value === null) problems.push([at, 'must be an object']);
    else problems.push([[...at, 'type'], type === undefined ? 'is required' : 'is not a store type']);
  },
  'pins?': record(nameKeyRule, selectorRule),
  'experiments?': experimentsRule,
  'defaultSelector?': selectorRule,
  'cache?': cacheRule,
  'strict?': typed('boolean'),
  'telemetry?': object({ 'includeInputs?': typed('boolean') }),
  'lockfile?': path,
  'snapshot?': path,
});

const HINTS: Record<string, string> = {
  store:
    'use { "type": "file", "dir": "./prompts" } or { "type": "http", "url": "https://…", "tokenEnv": "PROMPTOPS_TOKEN" }',
  'store.type': 'use "file" or "http"',
  'store.dir': 'the prompt folder, relative to this file',
  'store.url': 'e.g. "https://prompts.example.com"',
  'store.tokenEnv': 'the NAME of the environment variable holding the token, e.g. "PROMPTOPS_TOKEN"',
  cache: 'use false, or { "max": 1000, "ttlMs": 60000, "maxStaleMs": 86400000 }',
  lockfile: 'a path relative to this file, e.g. "./promptops.lock.json"',
  snapshot: 'a path relative to this file, e.g. "./.promptops/snapshot.json"',
};

/**
 * Validate the parsed contents of a config file.
 *
 * @param value - the parsed JSON.
 * @param file - the file's path, named in errors.
 * @throws `ConfigError` naming the file and the field, e.g.
 *   `promptops.config.json, option "store.dir": is required: the prompt folder, relative to this file`.
 */
export function parseConfigFile(value: unknown, file: string): ConfigFile {
  return validateOrThrow(configRule, value, { root: '', file, hints: HINTS });
}
