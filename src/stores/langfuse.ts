/**
 * `langfuseStore`: reads prompts from Langfuse's public prompt API (read-only).
 * @module
 */
import * as z from 'zod/mini';
import { verifyRecordHash } from '../engine/hash.js';
import { isValidName } from '../engine/name.js';
import type { ChatMessageTemplate, PromptMetadata, PromptRecord } from '../engine/record.js';
import { parseRecord } from '../engine/record-schema.js';
import { assertValidSelector, selectorKind, sortVersionsDescending } from '../engine/selector.js';
import { ConfigError, isPromptOpsError } from '../errors.js';
import { malformedError, redactor } from './http/errors.js';
import { normalizeBaseUrl, positiveNumber } from './http/options.js';
import { describeIssues } from './http/protocol.js';
import { type RetryOptions, resolveRetryOptions } from './http/retry.js';
import { createTransport, DEFAULT_MAX_BODY_BYTES, type TransportResponse } from './http/transport.js';
import { assertPromptName, frozenRecord, resolveLocally } from './resolve.js';
import type { PromptStore, VersionInfo } from './types.js';

/** Options of {@link langfuseStore}. */
export interface LangfuseStoreOptions {
  /**
   * Langfuse host: the cloud region of the project, or a self-hosted URL.
   * @default 'https://cloud.langfuse.com'
   */
  baseUrl?: string;
  /** Public key of the project (`pk-lf-...`). */
  publicKey: string;
  /** Secret key of the project (`sk-lf-...`). Never appears in errors or events. */
  secretKey: string;
  /**
   * `fetch` implementation.
   * @default globalThis.fetch, looked up at each request
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Timeout of one attempt in milliseconds.
   * @default 5000
   */
  timeoutMs?: number;
  /**
   * Retry policy for network errors, timeouts, 408, 429 and 5xx (see `httpStore`).
   * @default { limit: 2, backoffMs: 250, maxBackoffMs: 5000, maxRetryAfterMs: 30000 }
   */
  retry?: RetryOptions | number | false;
  /**
   * Largest accepted response body in bytes.
   * @default 10485760 (10 MB)
   */
  maxBodyBytes?: number;
  /**
   * Page size of prompt list requests (Langfuse's `limit`).
   * @default 100
   */
  pageSize?: number;
  /**
   * Name of the store in events and error messages.
   * @default 'langfuse'
   */
  name?: string;
}

/** A read-only {@link PromptStore} over Langfuse; `list` and `resolve` are always present. */
export interface LangfuseStore extends PromptStore {
  list(): Promise<string[]>;
  resolve(name: string, selector: string): Promise<PromptRecord | undefined>;
}

const langfuseMessageSchema = z.union([
  z.object({ type: z.literal('placeholder'), name: z.string() }),
  z.object({ role: z.string(), content: z.string(), type: z.optional(z.string()) }),
]);

/** A prompt version as Langfuse returns it (`GET /api/public/v2/prompts/{name}`). */
const langfusePromptSchema = z.object({
  name: z.string(),
  version: z.number().check(z.int(), z.positive()),
  type: z.enum(['text', 'chat']),
  prompt: z.union([z.string(), z.array(langfuseMessageSchema)]),
  config: z.optional(z.unknown()),
  labels: z.optional(z.array(z.string())),
  tags: z.optional(z.array(z.string())),
  commitMessage: z.optional(z.nullable(z.string())),
});

/** One page of `GET /api/public/v2/prompts`. */
const langfuseListSchema = z.object({
  data: z.array(
    z.object({
      name: z.string(),
      versions: z.array(z.number()),
      labels: z.optional(z.array(z.string())),
    }),
  ),
  meta: z.object({ page: z.number(), totalPages: z.number() }),
});

type LangfusePrompt = z.infer<typeof langfusePromptSchema>;

/** Most pages read by one listing, a guard against a server that never ends. */
const MAX_PAGES = 10_000;

/** Langfuse version `N` ↔ `N.0.0`. */
function toSemver(version: number): string {
  return `${version}.0.0`;
}

function fromSemver(version: string): number | undefined {
  const match = /^([1-9]\d{0,15})\.0\.0$/.exec(version);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * Labels that can be selected here: Langfuse's automatic `latest` is left out (`latest` is a reserved
 * selector meaning the highest version, which it is in Langfuse too), as are labels that are not
 * valid label selectors.
 */
function usableLabels(labels: readonly string[] | undefined): string[] {
  return (labels ?? []).filter((label) => label !== 'latest' && selectorKind(label) === 'label');
}

function isEmptyConfig(config: unknown): boolean {
  return (
    config === undefined ||
    config === null ||
    (typeof config === 'object' && !Array.isArray(config) && Object.keys(config).length === 0)
  );
}

/**
 * Map a Langfuse prompt to a record: version `N` → `N.0.0`; `text` → `template`; `chat` →
 * `messages` (a `{type: 'placeholder', name}` message → `{placeholder: name}`); `config` → `model`;
 * `tags` → `metadata.tags`; `commitMessage` → `metadata.commitMessage`. Langfuse templates already
 * use `{{var}}`.
 */
export function langfuseToRecord(prompt: LangfusePrompt): PromptRecord {
  const record: PromptRecord = {
    name: prompt.name,
    version: toSemver(prompt.version),
    labels: usableLabels(prompt.labels),
    type: prompt.type,
  };
  if (typeof prompt.prompt === 'string') {
    record.template = prompt.prompt;
  } else {
    record.messages = prompt.prompt.map(
      (m): ChatMessageTemplate => ('role' in m ? { role: m.role, content: m.content } : { placeholder: m.name }),
    );
  }
  if (!isEmptyConfig(prompt.config)) record.model = prompt.config;
  const metadata: PromptMetadata = {};
  if (prompt.tags !== undefined && prompt.tags.length > 0) metadata.tags = [...prompt.tags];
  if (typeof prompt.commitMessage === 'string' && prompt.commitMessage !== '') {
    metadata.commitMessage = prompt.commitMessage;
  }
  if (Object.keys(metadata).length > 0) record.metadata = metadata;
  return record;
}

function basicAuth(publicKey: string, secretKey: string): string {
  try {
    return btoa(`${publicKey}:${secretKey}`);
  } catch {
    throw new ConfigError('API keys must be ASCII text', { option: 'publicKey/secretKey' });
  }
}

/**
 * A read-only store over Langfuse's public prompt API.
 *
 * - `getVersion(name, 'N.0.0')` → `GET /api/public/v2/prompts/{name}?version=N`; other versions do
 *   not exist in Langfuse and resolve to `undefined` without a request.
 * - `resolve(name, label)` → `?label=L` and `resolve(name, 'latest')` → `?label=latest` (one round
 *   trip); a range lists the versions first.
 * - `listVersions` reads the prompt list (`GET /api/public/v2/prompts?name=`) and asks which version
 *   each label points to (one request per label: the list does not say).
 * - `list` pages through `GET /api/public/v2/prompts` and skips names that are not valid promptops
 *   names (uppercase, spaces...): such prompts cannot be selected here.
 * - A 404 with Langfuse's JSON error body is "not found"; 401/403 reject with a `StoreError` that
 *   names the keys to check, never their values.
 *
 * @example
 * ```ts
 * const store = langfuseStore({
 *   baseUrl: 'https://cloud.langfuse.com',
 *   publicKey: process.env.LANGFUSE_PUBLIC_KEY!,
 *   secretKey: process.env.LANGFUSE_SECRET_KEY!,
 * });
 * const client = createPromptClient({ store, pins: { 'support/greeting': 'production' } });
 * ```
 */
export function langfuseStore(options: LangfuseStoreOptions): LangfuseStore {
  if (typeof options !== 'object' || options === null) {
    throw new ConfigError('langfuseStore(options) needs { publicKey, secretKey }', { option: 'options' });
  }
  const storeName = options.name ?? 'langfuse';
  const baseUrl = normalizeBaseUrl(options.baseUrl ?? 'https://cloud.langfuse.com', 'baseUrl');
  for (const key of ['publicKey', 'secretKey'] as const) {
    const value = options[key];
    if (typeof value !== 'string' || value.trim() === '') {
      throw new ConfigError(
        `is required: the ${key === 'publicKey' ? 'public' : 'secret'} API key of the Langfuse project`,
        {
          option: key,
        },
      );
    }
  }
  const basic = basicAuth(options.publicKey, options.secretKey);
  const pageSize = positiveNumber(options.pageSize, 'pageSize', 100);
  const transport = createTransport({
    store: storeName,
    baseUrl,
    headers: { authorization: `Basic ${basic}` },
    secrets: [options.secretKey, basic],
    authHint:
      'check the "publicKey" and "secretKey" of langfuseStore (Langfuse project settings → API keys) and that "baseUrl" ' +
      'is the host the keys belong to (e.g. https://cloud.langfuse.com, https://us.cloud.langfuse.com)',
    timeoutMs: positiveNumber(options.timeoutMs, 'timeoutMs', 5000),
    retry: resolveRetryOptions(options.retry),
    maxBodyBytes: positiveNumber(options.maxBodyBytes, 'maxBodyBytes', DEFAULT_MAX_BODY_BYTES),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    redact: redactor([options.secretKey, basic]),
  });

  /** A 404 with a JSON body is Langfuse's "not found"; without one, the base URL is probably wrong. */
  function isNotFound(res: TransportResponse): boolean {
    if (res.status !== 404) return false;
    if (res.body !== undefined) return true;
    throw malformedError(
      res.ctx,
      'HTTP 404 without Langfuse\'s JSON error body: check that "baseUrl" is the Langfuse host (without /api)',
      404,
    );
  }

  async function fetchPrompt(
    name: string,
    query: { version: number } | { label: string },
  ): Promise<PromptRecord | undefined> {
    const searchParams: Record<string, string> =
      'version' in query ? { version: String(query.version) } : { label: query.label };
    const what = 'version' in query ? `version ${query.version}` : `label "${query.label}"`;
    const res = await transport.request({
      path: `/api/public/v2/prompts/${encodeURIComponent(name)}`,
      searchParams,
      action: `loading ${what} of "${name}"`,
      passStatuses: [404],
    });
    if (isNotFound(res)) return undefined;
    const parsed = langfusePromptSchema.safeParse(res.body);
    if (!parsed.success) throw malformedError(res.ctx, `unexpected prompt shape (${describeIssues(parsed.error)})`);
    const prompt = parsed.data;
    if (prompt.name !== name) throw malformedError(res.ctx, `asked for "${name}", got "${prompt.name}"`);
    if ('version' in query && prompt.version !== query.version) {
      throw malformedError(res.ctx, `asked for version ${query.version}, got ${prompt.version}`);
    }
    if ((prompt.type === 'text') !== (typeof prompt.prompt === 'string')) {
      throw malformedError(
        res.ctx,
        `a "${prompt.type}" prompt with a ${typeof prompt.prompt === 'string' ? 'text' : 'message list'} body`,
      );
    }
    let record: PromptRecord;
    try {
      record = parseRecord(langfuseToRecord(prompt), { file: res.ctx.url });
    } catch (error) {
      if (isPromptOpsError(error, 'PROMPT_FORMAT')) {
        throw malformedError(res.ctx, `the prompt cannot be used as a promptops record (${error.message})`);
      }
      throw error;
    }
    const hash = await verifyRecordHash(record);
    return frozenRecord(record, record.labels ?? [], hash);
  }

  async function listPages(nameFilter: string | undefined): Promise<z.infer<typeof langfuseListSchema>['data']> {
    const out: z.infer<typeof langfuseListSchema>['data'] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const res = await transport.request({
        path: '/api/public/v2/prompts',
        searchParams: {
          ...(nameFilter === undefined ? {} : { name: nameFilter }),
          page: String(page),
          limit: String(pageSize),
        },
        action:
          nameFilter === undefined ? `listing the prompts (page ${page})` : `listing the versions of "${nameFilter}"`,
      });
      const parsed = langfuseListSchema.safeParse(res.body);
      if (!parsed.success) throw malformedError(res.ctx, `unexpected prompt list (${describeIssues(parsed.error)})`);
      out.push(...parsed.data.data);
      if (parsed.data.data.length === 0 || page >= parsed.data.meta.totalPages) break;
    }
    return out;
  }

  const store: LangfuseStore = {
    name: storeName,

    async listVersions(name) {
      assertPromptName(name, storeName);
      const entries = (await listPages(name)).filter((entry) => entry.name === name);
      if (entries.length === 0) return [];
      const versions = new Map<string, VersionInfo>();
      const labels = new Set<string>();
      for (const entry of entries) {
        for (const v of entry.versions) {
          if (Number.isInteger(v) && v > 0) versions.set(toSemver(v), { version: toSemver(v), labels: [] });
        }
        for (const label of usableLabels(entry.labels)) labels.add(label);
      }
      // The list says which labels exist, not where they point: ask for each one.
      const pointed = await Promise.all(
        [...labels].map(async (label) => ({ label, record: await fetchPrompt(name, { label }) })),
      );
      for (const { label, record } of pointed) {
        if (record === undefined) continue;
        const info = versions.get(record.version) ?? { version: record.version, labels: [] };
        info.labels.push(label);
        versions.set(record.version, info);
      }
      for (const info of versions.values()) info.labels.sort();
      return sortVersionsDescending([...versions.values()]);
    },

    async getVersion(name, version) {
      assertPromptName(name, storeName);
      const n = typeof version === 'string' ? fromSemver(version) : undefined;
      return n === undefined ? undefined : fetchPrompt(name, { version: n });
    },

    async resolve(name, selector) {
      assertPromptName(name, storeName);
      assertValidSelector(selector, `${name}@${selector}`);
      switch (selectorKind(selector)) {
        case 'exact':
          return store.getVersion(name, selector);
        case 'label':
          return fetchPrompt(name, { label: selector });
        case 'latest':
          return fetchPrompt(name, { label: 'latest' });
        default:
          return resolveLocally(store, name, selector);
      }
    },

    async list() {
      const names = new Set<string>();
      for (const entry of await listPages(undefined)) if (isValidName(entry.name)) names.add(entry.name);
      return [...names].sort();
    },
  };
  return store;
}
