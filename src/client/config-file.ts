/**
 * The schema of `promptops.config.json`, validated with `zod/mini`. No `node:` import: this module
 * takes parsed JSON and the file's path; `config-file.node.ts` reads the file and builds the store.
 *
 * ```json
 * {
 *   "store": { "type": "file", "dir": "./prompts" },
 *   "pins": { "support/greeting": "^1.2.0" },
 *   "defaultSelector": "latest",
 *   "cache": { "ttlMs": 60000 },
 *   "strict": true,
 *   "lockfile": "./promptops.lock.json",
 *   "snapshot": "./.promptops/snapshot.json"
 * }
 * ```
 * @module
 */
import * as z from 'zod/mini';
import { explainInvalidName } from '../engine/name.js';
import { selectorKind } from '../engine/selector.js';
import { validateOrThrow } from './validate.js';

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
  defaultSelector?: string;
  cache?: false | { max?: number; ttlMs?: number; maxStaleMs?: number };
  strict?: boolean;
  telemetry?: { includeInputs?: boolean };
  /** Path of the lockfile. */
  lockfile?: string;
  /** Path of the snapshot file. */
  snapshot?: string;
}

const selector = z.string().check(
  z.refine((s) => s.length > 0 && selectorKind(s) !== undefined, {
    error: 'is not a selector; use an exact version ("1.2.3"), a range ("^1.2"), a label ("production") or "latest"',
  }),
);
const ms = z.number().check(z.int(), z.nonnegative());
const path = z.string().check(z.minLength(1));

const configSchema = z.strictObject({
  $schema: z.optional(z.string()),
  store: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('file'), dir: path, watch: z.optional(z.boolean()) }),
    z.strictObject({
      type: z.literal('http'),
      url: z.string().check(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
      tokenEnv: z.optional(
        z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'must be an environment variable name' })),
      ),
      timeoutMs: z.optional(z.number().check(z.int(), z.positive())),
    }),
  ]),
  pins: z.optional(
    z.record(
      z
        .string()
        .check(
          z.refine((name) => explainInvalidName(name) === undefined, { error: 'has a key that is not a prompt name' }),
        ),
      selector,
    ),
  ),
  defaultSelector: z.optional(selector),
  cache: z.optional(
    z.union([
      z.literal(false),
      z.strictObject({
        max: z.optional(z.number().check(z.int(), z.positive())),
        ttlMs: z.optional(ms),
        maxStaleMs: z.optional(ms),
      }),
    ]),
  ),
  strict: z.optional(z.boolean()),
  telemetry: z.optional(z.strictObject({ includeInputs: z.optional(z.boolean()) })),
  lockfile: z.optional(path),
  snapshot: z.optional(path),
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

const KNOWN_KEYS: Record<string, readonly string[]> = {
  '': Object.keys(configSchema.def.shape),
  store: ['type', 'dir', 'watch', 'url', 'tokenEnv', 'timeoutMs'],
  cache: ['max', 'ttlMs', 'maxStaleMs'],
  telemetry: ['includeInputs'],
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
  return validateOrThrow(configSchema, value, { root: '', file, hints: HINTS, knownKeys: KNOWN_KEYS }) as ConfigFile;
}
