/**
 * `httpStore`: reads prompts from a server speaking promptops HTTP protocol v1 (DESIGN.md section 7),
 * such as `promptops serve` or `createPromptServer`.
 * @module
 */
import { verifyRecordHash } from '../engine/hash.js';
import { LruMap } from '../engine/lru.js';
import { explainInvalidName } from '../engine/name.js';
import type { PromptRecord } from '../engine/record.js';
import { parseRecordShape } from '../engine/record-shape.js';
import { assertValidSelector, sortVersionsDescending } from '../engine/selector.js';
import * as semver from '../engine/semver.js';
import { ConfigError, isPromptOpsError, PromptFormatError, StoreError } from '../errors.js';
import { assertLabelName, assertPromptName } from './checks.js';
import { frozenRecord } from './frozen.js';
import { type FailureContext, malformedError, redactor, statusError } from './http/errors.js';
import { normalizeBaseUrl, positiveNumber } from './http/options.js';
import {
  historyPath,
  historyProblem,
  labelPath,
  promptListProblem,
  promptPath,
  resolvePath,
  versionListProblem,
  versionPath,
} from './http/protocol.js';
import { type RetryOptions, resolveRetryOptions } from './http/retry.js';
import { createTransport, DEFAULT_MAX_BODY_BYTES, type TransportResponse } from './http/transport.js';
import { checkMoveMeta, copyLabelMove, labelMoveProblem } from './label-history.js';
import { type StoreClock, type StoreTimers, timeOptions } from './timers.js';
import type { AsyncPromptStore, AsyncWritablePromptStore, LabelMove, PromptStore, VersionInfo } from './types.js';

export type { RetryOptions } from './http/retry.js';
export type { StoreClock, StoreTimers } from './timers.js';

/** Options of {@link httpStore}. */
export interface HttpStoreOptions {
  /**
   * Base URL of the server, without the `/v1` path: `'https://prompts.example.com'`.
   * A path prefix is kept (`'https://example.com/promptops'` requests `/promptops/v1/...`).
   */
  url: string;
  /**
   * Bearer token sent as `Authorization: Bearer <token>`. Never appears in errors or events.
   * @default undefined (no Authorization header)
   */
  token?: string;
  /**
   * Extra headers sent with every request. Their values are redacted from error messages too: every
   * value of a header whose name says it is a credential (`authorization`, `cookie`, or a name with
   * `key`, `token`, `secret`, `auth`, `password` or `session` in it), and any other value of 8 characters
   * or more. A short value of another header (`X-Tenant: 1`) is plain data, not redacted: redacting it
   * would garble every message that happens to contain it.
   * @default {}
   */
  headers?: Record<string, string>;
  /**
   * Timeout of one attempt in milliseconds, from sending the request to the end of the body (armed on
   * `timers`). Also the longest `Retry-After` waited for: a server asking for more ends the call at once.
   * @default 5000
   */
  timeoutMs?: number;
  /**
   * Timers of the per-attempt timeout and of the waits between retries. The client's `timers` option
   * has the same shape: one fake serves both in tests.
   * @default globalThis.setTimeout / clearTimeout, looked up at each call
   * @example
   * ```ts
   * // in a test: nothing waits for real time; the test fires each timer when it wants
   * httpStore({ url, timers: { setTimeout: (fn, ms) => queue.push({ fn, ms }), clearTimeout: () => {} } });
   * ```
   */
  timers?: StoreTimers;
  /**
   * Clock a `Retry-After` given as an HTTP date is measured against, in ms since the epoch.
   * @default { now: Date.now }
   */
  clock?: StoreClock;
  /**
   * Retry policy for network errors, timeouts, 408, 429 and 5xx: a number sets `limit`, `false`
   * disables retries.
   * @default { limit: 2, backoffMs: 250, maxBackoffMs: 5000, maxRetryAfterMs: 30000 }
   */
  retry?: RetryOptions | number | false;
  /**
   * `fetch` implementation (a proxy agent, a test double...).
   * @default globalThis.fetch, looked up at each request
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Largest accepted response body in bytes; a larger one is refused (a `StoreError`) while
   * streaming, without being read further.
   * @default 10485760 (10 MB)
   */
  maxBodyBytes?: number;
  /**
   * Add `putVersion` and `setLabel` (`PUT` requests; the server must run with `writable: true`).
   * @default false
   */
  writable?: boolean;
  /**
   * How many `ETag → record` entries to keep for conditional `getVersion` requests
   * (`If-None-Match`; a `304` reuses the cached record).
   * @default 1000
   */
  etagCacheSize?: number;
  /**
   * Name of the store in events and error messages.
   * @default 'http'
   */
  name?: string;
}

/** A {@link PromptStore} backed by an HTTP server; `list`, `resolve` and `labelHistory` are always present. */
export interface HttpStore extends AsyncPromptStore {
  list(): Promise<string[]>;
  resolve(name: string, selector: string): Promise<PromptRecord | undefined>;
  labelHistory(name: string): Promise<LabelMove[]>;
  close(): Promise<void>;
}

/** An {@link HttpStore} made with `writable: true`: `putVersion` and `setLabel` are present. */
export interface WritableHttpStore extends HttpStore {
  putVersion: AsyncWritablePromptStore['putVersion'];
  setLabel: AsyncWritablePromptStore['setLabel'];
}

/**
 * A store that reads prompts from a promptops HTTP server (protocol v1).
 *
 * - `listVersions` → `GET /v1/prompts/{name}`; `getVersion` → `GET /v1/prompts/{name}/versions/{v}`
 *   with `If-None-Match` (a `304` reuses the record cached for that URL); `resolve` →
 *   `GET /v1/prompts/{name}/resolve?selector=S` (one round trip); `list` → `GET /v1/prompts`.
 * - A `404` whose body says `not_found` means "unknown": `[]` / `undefined`. Other failures reject
 *   with a `StoreError` carrying `status` and `retryable` (true for network errors, timeouts, 408,
 *   429 and 5xx, which are first retried with capped, jittered backoff honouring `Retry-After`).
 * - Redirects are followed within the store's origin only; one to another origin is a `StoreError`
 *   naming it (the token, headers and `PUT` bodies never leave the origin).
 * - Every body is checked: JSON content type, size limit, shape; records go through the record
 *   schema and their hash is verified (a mismatch is an `IntegrityError`; the record is never returned).
 * - The token is never part of a message, an error's properties or its `cause`.
 *
 * @example
 * ```ts
 * const store = httpStore({ url: 'https://prompts.example.com', token: process.env.PROMPTS_TOKEN });
 * const record = await store.resolve('support/greeting', 'production');
 * ```
 */
export function httpStore(options: HttpStoreOptions & { writable: true }): WritableHttpStore;
export function httpStore(options: HttpStoreOptions): HttpStore;
export function httpStore(options: HttpStoreOptions): HttpStore {
  if (typeof options !== 'object' || options === null) {
    throw new ConfigError('httpStore(options) needs an options object with at least "url"', { option: 'options' });
  }
  const storeName = options.name ?? 'http';
  const baseUrl = normalizeBaseUrl(options.url, 'url');
  if (/\/v\d+$/.test(baseUrl)) {
    throw new ConfigError(
      `should be the server's base URL without the protocol path: use ${JSON.stringify(baseUrl.replace(/\/v\d+$/, ''))}`,
      { option: 'url' },
    );
  }
  const token = options.token;
  if (token !== undefined && (typeof token !== 'string' || token === '' || /[\r\n]/.test(token))) {
    throw new ConfigError('must be a non-empty string without line breaks (or left out)', { option: 'token' });
  }
  const userHeaders = options.headers ?? {};
  if (typeof userHeaders !== 'object' || userHeaders === null) {
    throw new ConfigError('must be an object of header names to values', { option: 'headers' });
  }
  const headers: Record<string, string> = { ...userHeaders };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  const redact = redactor([token, ...secretHeaderValues(userHeaders)]);
  const transport = createTransport({
    store: storeName,
    baseUrl,
    headers,
    secrets: [token],
    authHint:
      token === undefined
        ? 'no token was sent: pass the server\'s token as the "token" option of httpStore (or set the variable named by "tokenEnv" in promptops.config.json; in the CLI, --token-env <VARIABLE>)'
        : 'the token that was sent was refused: check that the "token" option of httpStore (in the CLI, the variable --token-env names) matches the token the server was started with',
    timeoutMs: positiveNumber(options.timeoutMs, 'timeoutMs', 5000),
    ...timeOptions(options),
    retry: resolveRetryOptions(options.retry),
    maxBodyBytes: positiveNumber(options.maxBodyBytes, 'maxBodyBytes', DEFAULT_MAX_BODY_BYTES),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    redact,
  });
  const etags = new LruMap<string, { etag: string; record: PromptRecord }>({
    max: positiveNumber(options.etagCacheSize, 'etagCacheSize', 1000),
  });

  /**
   * Check a record body and turn it into a frozen record with a verified hash. A body that is not a valid
   * record, or the record of another name or version, is a `PromptFormatError` (the server answered, and
   * answered wrong: a fallback must not hide it).
   */
  async function toRecord(res: TransportResponse, expected: { name: string; version?: string }): Promise<PromptRecord> {
    const malformed = (problem: string, cause?: unknown): PromptFormatError =>
      new PromptFormatError(
        malformedError(res.ctx, problem).message,
        { promptName: expected.name },
        cause === undefined ? {} : { cause },
      );
    let record: PromptRecord;
    try {
      record = parseRecordShape(res.body, { file: res.ctx.url });
    } catch (error) {
      if (isPromptOpsError(error, 'PROMPT_FORMAT')) throw malformed(`the record is invalid (${error.message})`, error);
      throw error;
    }
    if (record.name !== expected.name) {
      throw malformed(`asked for prompt "${expected.name}", got a record named "${record.name}"`);
    }
    if (expected.version !== undefined && record.version !== expected.version) {
      throw malformed(`asked for version ${expected.version}, got ${record.version}`);
    }
    const hash = await verifyRecordHash(record);
    return frozenRecord(record, record.labels ?? [], hash);
  }

  function notFound(res: TransportResponse): boolean {
    if (res.status !== 404) return false;
    if (res.error.code === 'not_found') return true;
    throw statusError(404, res.ctx, res.error);
  }

  function versionInfos(res: TransportResponse, name: string): VersionInfo[] {
    const problem = versionListProblem(res.body);
    if (problem !== undefined) throw malformedError(res.ctx, `unexpected version list (${problem})`);
    const body = res.body as { name: string; versions: VersionInfo[] };
    if (body.name !== name) {
      throw malformedError(res.ctx, `asked for the versions of "${name}", got those of "${body.name}"`);
    }
    return checkVersions(body.versions, res.ctx);
  }

  const store: HttpStore = {
    name: storeName,

    async listVersions(name) {
      assertPromptName(name, storeName);
      const res = await transport.request({
        path: promptPath(name),
        action: `listing the versions of "${name}"`,
        passStatuses: [404],
      });
      if (notFound(res)) return [];
      return versionInfos(res, name);
    },

    async getVersion(name, version) {
      assertPromptName(name, storeName);
      if (typeof version !== 'string' || semver.valid(version) !== version) return undefined;
      const path = versionPath(name, version);
      const cached = etags.get(path);
      const res = await transport.request({
        path,
        headers: cached === undefined ? {} : { 'if-none-match': cached.etag },
        action: `loading "${name}@${version}"`,
        passStatuses: [404, 304],
      });
      if (res.status === 304) {
        if (cached !== undefined) return cached.record;
        throw malformedError(res.ctx, 'got 304 Not Modified to a request without If-None-Match', 304);
      }
      if (notFound(res)) {
        etags.delete(path);
        return undefined;
      }
      const record = await toRecord(res, { name, version });
      etags.set(path, { etag: res.headers.get('etag') ?? `"${record.hash}"`, record });
      return record;
    },

    async resolve(name, selector) {
      assertPromptName(name, storeName);
      assertValidSelector(selector, `${name}@${selector}`);
      const res = await transport.request({
        path: resolvePath(name),
        searchParams: { selector },
        action: `resolving "${name}@${selector}"`,
        passStatuses: [404],
      });
      if (notFound(res)) return undefined;
      return toRecord(res, { name, ...(semver.valid(selector) === selector ? { version: selector } : {}) });
    },

    async list() {
      const res = await transport.request({ path: '/v1/prompts', action: 'listing the prompts' });
      const problem = promptListProblem(res.body);
      if (problem !== undefined) throw malformedError(res.ctx, `unexpected prompt list (${problem})`);
      const names = new Set<string>();
      for (const entry of (res.body as { prompts: Array<{ name: string }> }).prompts) {
        const problem = explainInvalidName(entry.name);
        if (problem !== undefined) throw malformedError(res.ctx, `the prompt list holds an ${problem}`);
        names.add(entry.name);
      }
      return [...names].sort();
    },

    async labelHistory(name) {
      assertPromptName(name, storeName);
      const res = await transport.request({
        path: historyPath(name),
        action: `reading the label history of "${name}"`,
        passStatuses: [404],
      });
      if (notFound(res)) return [];
      const problem = historyProblem(res.body);
      if (problem !== undefined) throw malformedError(res.ctx, `unexpected history (${problem})`);
      const body = res.body as { name: string; moves: unknown[] };
      if (body.name !== name) {
        throw malformedError(res.ctx, `asked for the history of "${name}", got that of "${body.name}"`);
      }
      return body.moves.map((move, i) => {
        const moveProblem = labelMoveProblem(move);
        if (moveProblem !== undefined) throw malformedError(res.ctx, `unexpected history (moves.${i}: ${moveProblem})`);
        return copyLabelMove(move as LabelMove);
      });
    },

    async close() {
      etags.clear();
    },
  };

  if (options.writable === true) {
    store.putVersion = async (record) => {
      const parsed = parseRecordShape(record, { file: `${storeName} store putVersion` });
      const hash = await verifyRecordHash(parsed);
      await transport.request({
        method: 'PUT',
        path: versionPath(parsed.name, parsed.version),
        json: { ...parsed, hash },
        action: `publishing "${parsed.name}@${parsed.version}"`,
      });
    };
    store.setLabel = async (name, label, version, meta) => {
      assertPromptName(name, storeName);
      assertLabelName(label, storeName);
      // The server records the name of the token as the actor; only the reason travels.
      const { reason } = checkMoveMeta(meta, storeName);
      const res = await transport.request({
        method: 'PUT',
        path: labelPath(name, label),
        json: reason === undefined ? { version } : { version, reason },
        action: `setting label "${label}" of "${name}" to ${version}`,
        passStatuses: [404],
      });
      if (res.status === 404) {
        const said = res.error.message === undefined ? '' : `: ${redact(res.error.message).slice(0, 300)}`;
        throw new StoreError(
          `Cannot set label "${label}" of "${name}" to ${version} in the ${storeName} store${said}. ` +
            'Publish that version first, or pick one that exists.',
          { store: storeName, status: 404 },
        );
      }
    };
  }
  return store;
}

/** Check listed versions: semver, string labels, no duplicate version; highest first. */
function checkVersions(versions: ReadonlyArray<VersionInfo>, ctx: FailureContext): VersionInfo[] {
  const seen = new Set<string>();
  const out: VersionInfo[] = [];
  for (const v of versions) {
    if (semver.valid(v.version) !== v.version) {
      throw malformedError(ctx, `version ${JSON.stringify(v.version.slice(0, 50))} is not a semver version`);
    }
    if (seen.has(v.version)) throw malformedError(ctx, `version ${v.version} is listed twice`);
    seen.add(v.version);
    out.push({ version: v.version, labels: [...v.labels], ...(v.hash === undefined ? {} : { hash: v.hash }) });
  }
  return sortVersionsDescending(out);
}

const CREDENTIAL_HEADER = /authorization|cookie|key|token|secret|auth|password|session/i;

/** The values of `headers` that are (or may be) secrets: see `HttpStoreOptions.headers`. */
function secretHeaderValues(headers: Record<string, string>): string[] {
  return Object.entries(headers)
    .filter(([name, value]) => CREDENTIAL_HEADER.test(name) || value.length >= 8)
    .map(([, value]) => value);
}
