/**
 * `redisStore`: prompts kept in Redis, shared by a fleet of processes. Writable, and watchable over
 * Redis pub/sub so that a label moved by one process invalidates every process's cache.
 *
 * Needs the optional peer dependency `ioredis` (v5). This module is the only one that imports it.
 * @module
 */
import { Redis } from 'ioredis';
import { canonicalJson, hashedContent, verifyRecordHash } from '../engine/hash.js';
import type { PromptRecord } from '../engine/record.js';
import { parseRecord } from '../engine/record-schema.js';
import { assertValidSelector, labelMap, sortVersionsDescending } from '../engine/selector.js';
import {
  ConfigError,
  IntegrityError,
  isPromptOpsError,
  PromptNotFoundError,
  StoreError,
  VersionNotFoundError,
} from '../errors.js';
import { assertLabelName, assertPromptName } from './checks.js';
import { frozenRecord } from './frozen.js';
import { checkMoveMeta, copyLabelMove, labelMoveProblem } from './label-history.js';
import { resolveLocally } from './resolve.js';
import type { CompletePromptStore, LabelMove, PromptStore, VersionInfo } from './types.js';

/** Options of {@link redisStore}. Give `client` or `url` (neither: `redis://127.0.0.1:6379`). */
export interface RedisStoreOptions {
  /** An ioredis client you own. The store uses it but never closes it (it closes its own subscriber). */
  client?: Redis;
  /** Connection URL, e.g. `redis://:password@host:6379/0`; the store creates the client and closes it. */
  url?: string;
  /**
   * Prefix of every key and of the pub/sub channel (`${prefix}changes`).
   * @default 'promptops:'
   */
  prefix?: string;
  /**
   * Name of the store in events and error messages.
   * @default 'redis'
   */
  name?: string;
  /**
   * The clock of label-history entries (`LabelMove.at`), in milliseconds since the epoch.
   * @default Date.now
   */
  now?: () => number;
  /**
   * Where the store's warnings go: today one, at start, when Redis reports that it keeps no data on disk
   * (see {@link redisStore}). Messages never contain the URL's password.
   * @default console.warn
   */
  onWarning?: (message: string) => void;
  /**
   * Ask Redis (`CONFIG GET save` / `appendonly`) whether it persists its data when the store connects, and
   * warn through `onWarning` when it does not.
   * @default true
   */
  checkPersistence?: boolean;
}

/** A {@link PromptStore} in Redis; every optional capability is present. */
export interface RedisStore extends CompletePromptStore {}

// Records one label move in the history list (newest first). Empty actor/reason: not given.
const MOVE_FUNCTION = `
local function move(labelsKey, historyKey, label, version, actor, reason, at)
  local from = redis.call('HGET', labelsKey, label)
  if from == version then return false end
  redis.call('HSET', labelsKey, label, version)
  local entry = { label = label, from = from or cjson.null, to = version, at = at }
  if actor ~= '' then entry.actor = actor else entry.actor = cjson.null end
  if reason ~= '' then entry.reason = reason end
  redis.call('LPUSH', historyKey, cjson.encode(entry))
  return true
end
`;

// KEYS: versions hash, record key, names set, labels hash, history list.
// ARGV: name, version, hash, record JSON, channel, actor, reason, at, labels...
// Returns { status, stored hash }: 1 stored, 0 same content already there, -1 different content there.
// The record's labels move to the version in both of the first two cases.
const PUT_SCRIPT = `${MOVE_FUNCTION}
local existing = redis.call('HGET', KEYS[1], ARGV[2])
local status = 1
if existing then
  if existing ~= ARGV[3] then return {-1, existing} end
  status = 0
else
  redis.call('SET', KEYS[2], ARGV[4])
  redis.call('HSET', KEYS[1], ARGV[2], ARGV[3])
  redis.call('SADD', KEYS[3], ARGV[1])
end
local changed = status == 1
for i = 9, #ARGV do
  if move(KEYS[4], KEYS[5], ARGV[i], ARGV[2], ARGV[6], ARGV[7], ARGV[8]) then changed = true end
end
if changed then redis.call('PUBLISH', ARGV[5], ARGV[1]) end
return {status, ARGV[3]}
`;

// KEYS: versions hash, labels hash, history list. ARGV: name, label, version, channel, actor, reason, at.
// Returns -2 unknown name, -1 unknown version, 0 label already there, 1 moved.
const LABEL_SCRIPT = `${MOVE_FUNCTION}
if redis.call('EXISTS', KEYS[1]) == 0 then return -2 end
if redis.call('HEXISTS', KEYS[1], ARGV[3]) == 0 then return -1 end
if not move(KEYS[2], KEYS[3], ARGV[2], ARGV[3], ARGV[5], ARGV[6], ARGV[7]) then return 0 end
redis.call('PUBLISH', ARGV[4], ARGV[1])
return 1
`;

/**
 * A writable, watchable store in Redis, for fleets of processes sharing prompts.
 *
 * Data layout (with the default prefix `promptops:`):
 * - `promptops:names` — set of every prompt name;
 * - `promptops:prompt:<name>:versions` — hash `version → content hash` (the versions of a name);
 * - `promptops:prompt:<name>:version:<version>` — string, the record's content as JSON, with `hash`
 *   and without `labels`;
 * - `promptops:prompt:<name>:labels` — hash `label → version`;
 * - pub/sub channel `promptops:changes` — the name of each prompt written (`putVersion`, `setLabel`).
 *
 * Prompt names cannot contain `:`, so these keys never collide.
 *
 * - `putVersion` runs as one Lua script: same `name@version` with the same hash is a no-op, with a
 *   different hash it rejects with a `StoreError` (status 409). Labels on the record move to it, also
 *   when that version was already there.
 * - `setLabel` moves a label (one Lua script); only a real move is published and recorded in
 *   `promptops:prompt:<name>:history` (a list of JSON `LabelMove`s, newest first), read by `labelHistory`.
 * - Records read back are verified against their hash (`IntegrityError` otherwise) and frozen.
 * - `watch` subscribes on a duplicate connection, opened with the first listener and closed with
 *   the last. Writes made through this store wait for that subscription, so its own listeners see them.
 * - Redis failures reject with a `StoreError` (`retryable: true`). A client the store creates from `url`
 *   gives up on a command after 2 reconnection attempts (`maxRetriesPerRequest: 2`); pass your own
 *   `client` to choose other ioredis options.
 *
 * @example
 * ```ts
 * import { createPromptClient } from 'promptops';
 * import { redisStore } from 'promptops/redis';
 *
 * const prompts = createPromptClient({ store: redisStore({ url: process.env.REDIS_URL }) });
 * ```
 */
export function redisStore(options: RedisStoreOptions = {}): RedisStore {
  const storeName = options.name ?? 'redis';
  if (typeof storeName !== 'string' || storeName.length === 0) {
    throw new ConfigError('redisStore option "name" must be a non-empty string.', { option: 'name' });
  }
  const prefix = options.prefix ?? 'promptops:';
  if (typeof prefix !== 'string') {
    throw new ConfigError('redisStore option "prefix" must be a string.', { option: 'prefix' });
  }
  if (options.client !== undefined && options.url !== undefined) {
    throw new ConfigError('redisStore takes "client" or "url", not both.', { option: 'client' });
  }
  const owned = options.client === undefined;
  // A client of our own gives up on a command after a few reconnection attempts (ioredis's default
  // is 20, which keeps a caller waiting for many seconds when the server is down).
  const ownOptions = { maxRetriesPerRequest: 2 };
  const client: Redis =
    options.client ?? (options.url === undefined ? new Redis(ownOptions) : new Redis(options.url, ownOptions));
  if (owned) client.on('error', () => undefined); // failures surface as rejected commands
  if (options.checkPersistence !== false) {
    const warn = options.onWarning ?? ((message: string) => console.warn(message));
    const check = (): void => {
      void persistenceWarning(client, storeName).then((message) => {
        if (message !== undefined) warn(message);
      });
    };
    if (client.status === 'ready') check();
    else client.once('ready', check);
  }
  const channel = `${prefix}changes`;
  const namesKey = `${prefix}names`;
  const versionsKey = (name: string): string => `${prefix}prompt:${name}:versions`;
  const labelsKey = (name: string): string => `${prefix}prompt:${name}:labels`;
  const recordKey = (name: string, version: string): string => `${prefix}prompt:${name}:version:${version}`;
  const historyKey = (name: string): string => `${prefix}prompt:${name}:history`;
  const now = options.now ?? Date.now;

  const listeners = new Set<(name: string) => void>();
  let subscriber: Redis | undefined;
  let subscribed: Promise<unknown> | undefined;
  let closed = false;

  function fail(what: string, error: unknown): never {
    if (isPromptOpsError(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError(`The ${storeName} store could not ${what}: ${reason}`, {
      store: storeName,
      retryable: true,
    });
  }

  function assertOpen(): void {
    if (closed) throw new StoreError(`The ${storeName} store is closed.`, { store: storeName });
  }

  function openSubscriber(): void {
    const sub = client.duplicate();
    sub.on('error', () => undefined);
    // A SUBSCRIBE that failed (Redis down when watch() was called) is not in ioredis's resubscribe set: try
    // again each time the connection becomes ready until one succeeds. Once subscribed, ioredis resubscribes
    // by itself after every reconnection.
    let done = false;
    const trySubscribe = (): Promise<unknown> =>
      sub.subscribe(channel).then(
        () => {
          done = true;
        },
        () => undefined,
      );
    sub.on('ready', () => {
      if (!done && sub === subscriber) void trySubscribe();
    });
    sub.on('message', (ch: string, name: string) => {
      if (ch !== channel || sub !== subscriber) return;
      for (const listener of [...listeners]) {
        try {
          listener(name);
        } catch {
          // A listener that throws must not stop the others.
        }
      }
    });
    subscriber = sub;
    subscribed = trySubscribe();
  }

  function closeSubscriber(): void {
    const sub = subscriber;
    subscriber = undefined;
    subscribed = undefined;
    sub?.disconnect();
  }

  function labelsByVersion(raw: Record<string, string>): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const [label, version] of Object.entries(raw)) {
      const list = out.get(version);
      if (list === undefined) out.set(version, [label]);
      else list.push(label);
    }
    for (const list of out.values()) list.sort();
    return out;
  }

  /** The labels of `name`, the record JSON at `key`, and the hash the version index holds for `version`. */
  async function readForVersion(
    name: string,
    key: string,
    version: string,
  ): Promise<[Record<string, string>, string | null, string | null]> {
    let result: Array<[Error | null, unknown]> | null;
    try {
      result = await client.multi().hgetall(labelsKey(name)).get(key).hget(versionsKey(name), version).exec();
    } catch (error) {
      fail(`read "${name}"`, error);
    }
    if (result === null) fail(`read "${name}"`, new Error('the transaction was aborted'));
    for (const [error] of result) if (error !== null) fail(`read "${name}"`, error);
    const values = result.map(([, value]) => value);
    return [values[0] as Record<string, string>, values[1] as string | null, values[2] as string | null];
  }

  async function getVersion(name: string, version: string): Promise<PromptRecord | undefined> {
    assertPromptName(name, storeName);
    assertOpen();
    if (typeof version !== 'string') return undefined;
    const [labels, json, indexed] = await readForVersion(name, recordKey(name, version), version);
    if (json === null) return undefined;
    let stored: PromptRecord;
    try {
      stored = parseRecord(JSON.parse(json), { file: `${storeName} store ${name}@${version}` });
    } catch (error) {
      throw new StoreError(
        `The ${storeName} store holds an unreadable record for "${name}@${version}": ${(error as Error).message}`,
        { store: storeName, retryable: false },
        { cause: error },
      );
    }
    // The version index's hash is trusted as much as the record's own: a record stripped of its hash (or
    // given another one) is still checked against it.
    if (indexed !== null && stored.hash !== indexed) {
      if (stored.hash !== undefined) {
        throw new IntegrityError(name, version, {
          expected: indexed,
          actual: stored.hash,
          reason: `the ${storeName} store's version index holds another hash`,
        });
      }
      stored = { ...stored, hash: indexed };
    }
    const hash = await verifyRecordHash(stored);
    const own = labelsByVersion(labels).get(version) ?? [];
    return frozenRecord(stored, own, hash);
  }

  async function listVersions(name: string): Promise<VersionInfo[]> {
    assertPromptName(name, storeName);
    assertOpen();
    let result: Array<[Error | null, unknown]> | null;
    try {
      result = await client.multi().hgetall(versionsKey(name)).hgetall(labelsKey(name)).exec();
    } catch (error) {
      fail(`list the versions of "${name}"`, error);
    }
    if (result === null) fail(`list the versions of "${name}"`, new Error('the transaction was aborted'));
    const [[e1, versions], [e2, labels]] = result as [[Error | null, unknown], [Error | null, unknown]];
    if (e1 !== null) fail(`list the versions of "${name}"`, e1);
    if (e2 !== null) fail(`list the versions of "${name}"`, e2);
    const byVersion = labelsByVersion(labels as Record<string, string>);
    const out: VersionInfo[] = Object.entries(versions as Record<string, string>).map(([version, hash]) => ({
      version,
      labels: byVersion.get(version) ?? [],
      hash,
    }));
    return sortVersionsDescending(out);
  }

  return {
    name: storeName,
    listVersions,
    getVersion,

    async list() {
      assertOpen();
      try {
        return (await client.smembers(namesKey)).sort();
      } catch (error) {
        fail('list the prompt names', error);
      }
    },

    async resolve(name, selector) {
      assertPromptName(name, storeName);
      assertValidSelector(selector, `${name}@${selector}`);
      return resolveLocally({ listVersions, getVersion }, name, selector);
    },

    watch(onChange) {
      if (typeof onChange !== 'function') {
        throw new ConfigError(`watch(onChange) of the ${storeName} store needs a function.`, { option: 'onChange' });
      }
      assertOpen();
      const listener = (name: string): void => onChange(name);
      listeners.add(listener);
      if (subscriber === undefined) openSubscriber();
      return () => {
        if (!listeners.delete(listener)) return;
        if (listeners.size === 0) closeSubscriber();
      };
    },

    async putVersion(record, meta) {
      assertOpen();
      const parsed = parseRecord(record, { file: `${storeName} store putVersion` });
      const { actor = '', reason = '' } = checkMoveMeta(meta, storeName);
      const hash = await verifyRecordHash(parsed);
      const json = canonicalJson({ ...hashedContent(parsed), hash });
      await subscribed;
      let result: unknown;
      try {
        result = await client.eval(
          PUT_SCRIPT,
          5,
          versionsKey(parsed.name),
          recordKey(parsed.name, parsed.version),
          namesKey,
          labelsKey(parsed.name),
          historyKey(parsed.name),
          parsed.name,
          parsed.version,
          hash,
          json,
          channel,
          actor,
          reason,
          new Date(now()).toISOString(),
          ...(parsed.labels ?? []),
        );
      } catch (error) {
        fail(`store "${parsed.name}@${parsed.version}"`, error);
      }
      const [status, stored] = result as [number, string];
      if (status === -1) {
        throw new StoreError(
          `Cannot store "${parsed.name}@${parsed.version}" in the ${storeName} store: that version already exists ` +
            `with different content (stored ${stored}, new ${hash}). Versions are immutable: publish a new version ` +
            '(e.g. bump the patch number) instead of changing this one.',
          { store: storeName, status: 409, retryable: false },
        );
      }
    },

    async setLabel(name, label, version, meta) {
      assertPromptName(name, storeName);
      assertLabelName(label, storeName);
      const { actor = '', reason = '' } = checkMoveMeta(meta, storeName);
      assertOpen();
      await subscribed;
      let status: unknown;
      try {
        status = await client.eval(
          LABEL_SCRIPT,
          3,
          versionsKey(name),
          labelsKey(name),
          historyKey(name),
          name,
          label,
          version,
          channel,
          actor,
          reason,
          new Date(now()).toISOString(),
        );
      } catch (error) {
        fail(`set label "${label}" of "${name}"`, error);
      }
      if (status === -2) throw new PromptNotFoundError(name, { store: storeName });
      if (status === -1) {
        const versions = await listVersions(name);
        throw new VersionNotFoundError(name, version, {
          versions: versions.map((v) => v.version),
          labels: labelMap(versions),
        });
      }
    },

    async labelHistory(name) {
      assertPromptName(name, storeName);
      assertOpen();
      let entries: string[];
      try {
        entries = await client.lrange(historyKey(name), 0, -1);
      } catch (error) {
        fail(`read the label history of "${name}"`, error);
      }
      return entries.map((text) => {
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          value = undefined;
        }
        const problem = labelMoveProblem(value);
        if (problem !== undefined) {
          throw new StoreError(`The ${storeName} store holds an unreadable history entry for "${name}" (${problem}).`, {
            store: storeName,
            retryable: false,
          });
        }
        return copyLabelMove(value as LabelMove);
      });
    },

    async close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      closeSubscriber();
      if (owned) {
        try {
          await client.quit();
        } catch {
          client.disconnect();
        }
      }
    },
  };
}

/**
 * A warning when Redis keeps no data on disk (no RDB `save` points and no AOF), or `undefined`. Uses
 * `CONFIG GET save` and `CONFIG GET appendonly`; says nothing when CONFIG is not allowed. Never throws.
 */
async function persistenceWarning(client: Redis, storeName: string): Promise<string | undefined> {
  let persists: boolean | undefined;
  try {
    const save = (await client.call('CONFIG', 'GET', 'save')) as string[];
    const aof = (await client.call('CONFIG', 'GET', 'appendonly')) as string[];
    persists = (save[1] ?? '').trim() !== '' || aof[1] === 'yes';
  } catch {
    // Managed Redis often disables CONFIG. INFO shows AOF but not the RDB save points, so without CONFIG the
    // store cannot tell "no persistence" apart from "RDB only", and says nothing.
    persists = undefined;
  }
  if (persists !== false) return undefined;
  const { host, port } = client.options;
  return (
    `promptops: the ${storeName} store's Redis (${host}:${port}) keeps no data on disk (no RDB save points, ` +
    'appendonly no). If it restarts, every prompt and label is gone, and every client of the fleet stops serving ' +
    'the names it can no longer find as soon as their cache entries refresh. Turn persistence on (e.g. ' +
    '"appendonly yes"), or re-publish the prompts after a restart; see docs/reliability.md.'
  );
}
