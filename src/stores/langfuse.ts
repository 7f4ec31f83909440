/**
 * `langfuseStore`: reads prompts from Langfuse's public prompt API (read-only).
 * @module
 */
import type * as z from 'zod/mini';
import { verifyRecordHash } from '../engine/hash.js';
import { isValidName } from '../engine/name.js';
import type { ChatMessageTemplate, ModelConfig, PromptMetadata, PromptRecord } from '../engine/record.js';
import { parseRecord } from '../engine/record-schema.js';
import { assertValidSelector, labelMap, selectorKind, sortVersionsDescending } from '../engine/selector.js';
import { ConfigError, isPromptOpsError, StoreError, VersionNotFoundError } from '../errors.js';
import { assertPromptName } from './checks.js';
import { frozenRecord } from './frozen.js';
import { type FailureContext, malformedError, redactor } from './http/errors.js';
import { normalizeBaseUrl, positiveNumber } from './http/options.js';
import { describeIssues } from './http/protocol.js';
import { type RetryOptions, resolveRetryOptions } from './http/retry.js';
import { createTransport, DEFAULT_MAX_BODY_BYTES, type TransportResponse } from './http/transport.js';
import {
  describeCollision,
  type LabelCollision,
  type LangfuseLabelMapping,
  labelCollisions,
  langfuseLabelMapping,
} from './langfuse-labels.js';
import type { zodMini } from './langfuse-zod.js';
import { resolveLocally } from './resolve.js';
import { type StoreClock, type StoreTimers, timeOptions } from './timers.js';
import type { AsyncPromptStore, PromptStore, VersionInfo } from './types.js';

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
   * Timers of the per-attempt timeout and of the waits between retries (see `httpStore`): the client's
   * `timers` option has the same shape, so one fake serves both in tests.
   * @default globalThis.setTimeout / clearTimeout, looked up at each call
   */
  timers?: StoreTimers;
  /**
   * Clock a `Retry-After` given as an HTTP date is measured against, in ms since the epoch.
   * @default { now: Date.now }
   */
  clock?: StoreClock;
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
  /**
   * Selector a client uses for bare names (`getPrompt('support/greeting')`) when no pin, lockfile
   * entry or client `defaultSelector` says otherwise. `'production'` is what Langfuse's own SDK serves
   * for a bare name, so moving from it changes nothing in production; `'latest'` serves the newest version.
   * @default 'production'
   */
  defaultSelector?: string;
  /**
   * Langfuse label → promptops label, for labels to rename: `{ '2024-q1': 'q1-2024' }`. Selecting the
   * promptops label asks Langfuse for the Langfuse one. A Langfuse label that is not a valid promptops
   * label (those start with a letter) and is not renamed here is available as `lf-<label>`
   * (`2024-q1` → `lf-2024-q1`); `promptops pull --from langfuse` prints each such label. A renamed label has
   * only its new name (asking for `lf-2024-q1` or the old name is a `ConfigError` naming the new one), and two
   * Langfuse labels of one prompt that would get one name here (`2024-q1` and a real `lf-2024-q1`) are refused
   * with a `ConfigError` naming both: rename one here.
   * @default {}
   */
  labels?: Record<string, string>;
}

/** One prompt of Langfuse's prompt list, as Langfuse names it (invalid promptops names included). */
export interface LangfusePromptListing {
  /** The Langfuse prompt name. */
  name: string;
  /** Its version numbers. */
  versions: number[];
  /** Its Langfuse labels (Langfuse's own spelling, `latest` included). */
  labels: string[];
}

/** A read-only {@link PromptStore} over Langfuse; `list` and `resolve` are always present. */
export interface LangfuseStore extends AsyncPromptStore {
  list(): Promise<string[]>;
  resolve(name: string, selector: string): Promise<PromptRecord | undefined>;
  /** `'production'` unless the `defaultSelector` option says otherwise: what Langfuse's SDK serves for a bare name. */
  readonly defaultSelector: string;
  /**
   * Every prompt of the project as Langfuse lists it, names that promptops cannot select included
   * (`list()` leaves those out): what `promptops pull --from langfuse` reports on.
   */
  listPrompts(): Promise<LangfusePromptListing[]>;
  /** The promptops label for a Langfuse label (see the `labels` option); `undefined` for Langfuse's automatic `latest`. */
  labelFor(langfuseLabel: string): string | undefined;
  /**
   * The Langfuse labels among `langfuseLabels` (one prompt's) that would have one name here, grouped by that
   * name: `2024-q1` (spelled `lf-2024-q1`) and a real `lf-2024-q1`, or a label renamed onto another's name.
   * `[]` when every label has its own name. The store refuses such a prompt's labels with a `ConfigError`.
   */
  labelCollisions(langfuseLabels: readonly string[]): Array<{ promptops: string; langfuse: string[] }>;
  /** True when the `labels` option renames this Langfuse label (rather than keeping it or spelling it `lf-<label>`). */
  isRenamedLabel(langfuseLabel: string): boolean;
}

/** zod/mini, which checks Langfuse's answers: loaded with the first answer (`import()`), not with promptops. */
type ZodMini = typeof zodMini;

/** The zod/mini schemas of Langfuse's answers, built on the first answer (zod loads on first need). */
function buildLangfuseSchemas(z: ZodMini) {
  const message = z.union([
    z.object({ type: z.literal('placeholder'), name: z.string() }),
    z.object({ role: z.string(), content: z.string(), type: z.optional(z.string()) }),
  ]);
  return {
    /** A prompt version as Langfuse returns it (`GET /api/public/v2/prompts/{name}`). */
    prompt: z.object({
      name: z.string(),
      version: z.number().check(z.int(), z.gt(0)),
      type: z.literal(['text', 'chat']),
      prompt: z.union([z.string(), z.array(message)]),
      config: z.optional(z.unknown()),
      labels: z.optional(z.array(z.string())),
      tags: z.optional(z.array(z.string())),
      commitMessage: z.optional(z.nullable(z.string())),
    }),
    /** One page of `GET /api/public/v2/prompts`. */
    list: z.object({
      data: z.array(
        z.object({
          name: z.string(),
          versions: z.array(z.number()),
          labels: z.optional(z.array(z.string())),
        }),
      ),
      meta: z.object({ page: z.number(), totalPages: z.number() }),
    }),
  };
}

type LangfuseSchemas = ReturnType<typeof buildLangfuseSchemas>;
let schemas: LangfuseSchemas | undefined;

async function langfuseSchemas(): Promise<LangfuseSchemas> {
  schemas ??= buildLangfuseSchemas((await import('./langfuse-zod.js')).zodMini);
  return schemas;
}

type LangfusePrompt = z.infer<LangfuseSchemas['prompt']>;
type LangfuseListing = z.infer<LangfuseSchemas['list']>['data'];

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

const DEFAULT_MAPPING = langfuseLabelMapping();

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
export function langfuseToRecord(prompt: LangfusePrompt, labels: LangfuseLabelMapping = DEFAULT_MAPPING): PromptRecord {
  const mapped = (prompt.labels ?? []).map((label) => labels.toPromptops(label));
  const record: PromptRecord = {
    name: prompt.name,
    version: toSemver(prompt.version),
    labels: mapped.filter((label): label is string => label !== undefined),
    type: prompt.type,
  };
  if (typeof prompt.prompt === 'string') {
    record.template = prompt.prompt;
  } else {
    record.messages = prompt.prompt.map(
      (m) => ('role' in m ? { role: m.role, content: m.content } : { placeholder: m.name }) as ChatMessageTemplate,
    );
  }
  const metadata: PromptMetadata = {};
  if (!isEmptyConfig(prompt.config)) {
    const model = modelFromConfig(prompt.config);
    if (model !== undefined) record.model = model;
    else metadata.config = prompt.config;
  }
  if (prompt.tags !== undefined && prompt.tags.length > 0) metadata.tags = [...prompt.tags];
  if (typeof prompt.commitMessage === 'string' && prompt.commitMessage !== '') {
    metadata.commitMessage = prompt.commitMessage;
  }
  if (Object.keys(metadata).length > 0) record.metadata = metadata;
  return record;
}

/**
 * A Langfuse `config` as a model config: `model` → `name`; `temperature`, `max_tokens`, `top_p`, `stop`
 * and `seed` → their settings; anything else → `params`. Without a `model` name, `undefined` (the
 * config is then kept in `metadata.config`).
 */
function modelFromConfig(config: unknown): ModelConfig | undefined {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return undefined;
  const { model: name, temperature, max_tokens, top_p, stop, seed, ...rest } = config as Record<string, unknown>;
  if (typeof name !== 'string' || name === '') return undefined;
  const model: ModelConfig = { name };
  const params: Record<string, unknown> = { ...rest };
  const setting = <K extends keyof ModelConfig>(key: K, source: string, value: unknown, ok: boolean): void => {
    if (value === undefined) return;
    if (ok) model[key] = value as ModelConfig[K];
    else params[source] = value;
  };
  const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  setting('temperature', 'temperature', temperature, num(temperature) && temperature >= 0);
  setting('maxTokens', 'max_tokens', max_tokens, num(max_tokens) && Number.isInteger(max_tokens) && max_tokens > 0);
  setting('topP', 'top_p', top_p, num(top_p) && top_p >= 0 && top_p <= 1);
  setting('stop', 'stop', stop, Array.isArray(stop) && stop.every((s) => typeof s === 'string'));
  setting('seed', 'seed', seed, num(seed) && Number.isInteger(seed));
  if (Object.keys(params).length > 0) model.params = params;
  return model;
}

function basicAuth(publicKey: string, secretKey: string): string {
  try {
    return btoa(`${publicKey}:${secretKey}`);
  } catch {
    throw new ConfigError('API keys must be ASCII text', { option: 'publicKey/secretKey' });
  }
}

/**
 * How a {@link createLangfuseStore} store words the fixes it suggests: in terms of `langfuseStore`'s options
 * (the default), or of the flags and environment variables of `promptops pull`.
 * @internal
 */
export interface LangfuseWording {
  /** How to fix a 401/403 (keys and host), without any key's value. */
  auth: string;
  /** How to point the store at the Langfuse host: a sentence fragment after "Fix: ". */
  baseUrl: string;
  /** How to give a Langfuse label another name, e.g. `labels: { '2024-q1': '<another name>' } (...)`. */
  rename: (langfuseLabel: string) => string;
  /** Where renames are set, in a sentence: `the labels option of langfuseStore`. */
  renamesLive: string;
}

const HOSTS =
  'e.g. https://cloud.langfuse.com, https://us.cloud.langfuse.com, or the address of a self-hosted Langfuse';

/** The wording of `langfuseStore`: its options. */
export const STORE_WORDING: LangfuseWording = {
  auth:
    'check the "publicKey" and "secretKey" of langfuseStore (Langfuse project settings → API keys) and that "baseUrl" ' +
    'is the host the keys belong to (e.g. https://cloud.langfuse.com, https://us.cloud.langfuse.com)',
  baseUrl: `set "baseUrl" of langfuseStore to the Langfuse host, without /api (${HOSTS})`,
  rename: (label) =>
    `labels: { ${JSON.stringify(label).replaceAll('"', "'")}: '<another name>' } (the labels option of langfuseStore)`,
  renamesLive: 'the labels option of langfuseStore',
};

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
 * - Labels are mapped as the `labels` option says. A label asked for that is no label of this store (a
 *   Langfuse label the `labels` option renamed, asked for by its old name or as `lf-<label>`) rejects with a
 *   `ConfigError` naming the name to ask for; two Langfuse labels of one prompt that would have the same name
 *   here (`2024-q1`, spelled `lf-2024-q1`, and a real `lf-2024-q1`) reject with a `ConfigError` naming both
 *   and the rename that separates them. A record is never answered for a label it does not carry.
 * - The `defaultSelector` label (`production`) missing on a prompt that has versions rejects with a
 *   `VersionNotFoundError` that says bare names ask for it, as in Langfuse's SDK, and how to ask for another.
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
  return createLangfuseStore(options, STORE_WORDING);
}

/**
 * {@link langfuseStore} whose messages suggest fixes in `wording`'s terms (`promptops pull` names its flags
 * and environment variables). Not part of the package's entry points.
 * @internal
 */
export function createLangfuseStore(options: LangfuseStoreOptions, wording: LangfuseWording): LangfuseStore {
  if (typeof options !== 'object' || options === null) {
    throw new ConfigError('langfuseStore(options) needs { publicKey, secretKey }', { option: 'options' });
  }
  const storeName = options.name ?? 'langfuse';
  const subject = options.name === undefined ? 'The Langfuse store' : `The Langfuse store "${options.name}"`;
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
  const labels = langfuseLabelMapping(options.labels);
  const defaultSelector = options.defaultSelector ?? 'production';
  assertValidSelector(defaultSelector, 'the defaultSelector option of langfuseStore');
  const renamedDefault = labels.renamedAway(defaultSelector);
  if (selectorKind(defaultSelector) === 'label' && renamedDefault !== undefined) {
    throw new ConfigError(
      `is ${JSON.stringify(defaultSelector)}, but the labels option names that Langfuse label ` +
        `${JSON.stringify(renamedDefault.promptops)} here: set defaultSelector: ${JSON.stringify(renamedDefault.promptops)}`,
      { option: 'defaultSelector' },
    );
  }
  const pageSize = positiveNumber(options.pageSize, 'pageSize', 100);
  const transport = createTransport({
    store: storeName,
    subject,
    baseUrl,
    headers: { authorization: `Basic ${basic}` },
    secrets: [options.secretKey, basic],
    authHint: wording.auth,
    timeoutMs: positiveNumber(options.timeoutMs, 'timeoutMs', 5000),
    ...timeOptions(options),
    retry: resolveRetryOptions(options.retry),
    maxBodyBytes: positiveNumber(options.maxBodyBytes, 'maxBodyBytes', DEFAULT_MAX_BODY_BYTES),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    redact: redactor([options.secretKey, basic]),
    malformedHint: `Fix: ${wording.baseUrl}.`,
  });

  /** A Langfuse prompt promptops cannot use: says which, why, and what to change in Langfuse. */
  function unusable(res: TransportResponse, prompt: LangfusePrompt, problem: string, fix: string): StoreError {
    return new StoreError(
      `${subject} cannot use Langfuse prompt "${prompt.name}" version ${prompt.version} ` +
        `(loaded from ${res.ctx.url}): ${problem}. Fix: ${fix}.`,
      { store: storeName, retryable: false },
    );
  }

  /** An answer that shows the base URL is not a Langfuse host (a 404 where Langfuse never answers one). */
  function notLangfuse(ctx: FailureContext, what: string): StoreError {
    return new StoreError(
      `${subject} got ${what} while ${ctx.action} at ${ctx.url}: that address is not Langfuse's prompt API. ` +
        `Fix: ${wording.baseUrl}.`,
      { store: storeName, status: 404, retryable: false },
    );
  }

  /** Two Langfuse labels of `name` that would have one name here: refused, naming both and the rename. */
  function collisionError(name: string, collision: LabelCollision): ConfigError {
    return new ConfigError(describeCollision(name, collision, wording.rename, labels.isRenamed));
  }

  /** A 404 with a JSON body is Langfuse's "not found"; without one, the base URL is probably wrong. */
  function isNotFound(res: TransportResponse): boolean {
    if (res.status !== 404) return false;
    if (res.body !== undefined) return true;
    throw notLangfuse(res.ctx, "HTTP 404 without Langfuse's JSON error body");
  }

  async function fetchPrompt(
    name: string,
    query: { version: number } | { label: string },
  ): Promise<PromptRecord | undefined> {
    const searchParams: Record<string, string> =
      'version' in query ? { version: String(query.version) } : { label: query.label };
    const what = 'version' in query ? `version ${query.version}` : `Langfuse label "${query.label}"`;
    const res = await transport.request({
      path: `/api/public/v2/prompts/${encodeURIComponent(name)}`,
      searchParams,
      action: `loading ${what} of "${name}"`,
      passStatuses: [404],
    });
    if (isNotFound(res)) return undefined;
    const parsed = (await langfuseSchemas()).prompt.safeParse(res.body);
    if (!parsed.success) throw malformedError(res.ctx, `unexpected prompt shape (${describeIssues(parsed.error)})`);
    const prompt = parsed.data;
    if (prompt.name !== name) throw malformedError(res.ctx, `asked for "${name}", got "${prompt.name}"`);
    if ('version' in query && prompt.version !== query.version) {
      throw malformedError(res.ctx, `asked for version ${query.version}, got ${prompt.version}`);
    }
    if ('label' in query && !(prompt.labels ?? []).includes(query.label)) {
      throw malformedError(
        res.ctx,
        `asked for label "${query.label}", got version ${prompt.version}, which does not carry it (labels: ${JSON.stringify(prompt.labels ?? [])})`,
      );
    }
    const [collision] = labelCollisions(prompt.labels ?? [], labels.toPromptops);
    if (collision !== undefined) throw collisionError(name, collision);
    if ((prompt.type === 'text') !== (typeof prompt.prompt === 'string')) {
      throw malformedError(
        res.ctx,
        `a "${prompt.type}" prompt with a ${typeof prompt.prompt === 'string' ? 'text' : 'message list'} body`,
      );
    }
    if (Array.isArray(prompt.prompt) && prompt.prompt.length === 0) {
      throw unusable(
        res,
        prompt,
        'it is a chat prompt without any message, so there is nothing to render',
        `open "${prompt.name}" in Langfuse, add at least one message and save a new version (then move the label to it), or select another version`,
      );
    }
    let record: PromptRecord;
    try {
      record = parseRecord(langfuseToRecord(prompt, labels), {
        file: `Langfuse prompt "${prompt.name}" v${prompt.version}`,
      });
    } catch (error) {
      if (isPromptOpsError(error, 'PROMPT_FORMAT')) {
        throw unusable(
          res,
          prompt,
          error.message,
          `edit "${prompt.name}" in Langfuse and save a new version, or select another version`,
        );
      }
      throw error;
    }
    const hash = await verifyRecordHash(record);
    return frozenRecord(record, record.labels ?? [], hash);
  }

  /**
   * The version a promptops label picks: asks Langfuse for each Langfuse label that has this name here
   * (one, but two for a name that could be either of two Langfuse labels: a collision if both exist).
   */
  async function resolveLabel(name: string, label: string): Promise<PromptRecord | undefined> {
    const candidates = labels.candidates(label);
    const found = (
      await Promise.all(
        candidates.map(async (langfuse) => ({ langfuse, record: await fetchPrompt(name, { label: langfuse }) })),
      )
    ).filter((hit): hit is { langfuse: string; record: PromptRecord } => hit.record !== undefined);
    if (found.length > 1) {
      throw collisionError(name, { promptops: label, langfuse: found.map((hit) => hit.langfuse).sort() });
    }
    const record = found[0]?.record;
    if (record !== undefined) return record;
    const renamed = labels.renamedAway(label);
    if (renamed !== undefined) {
      throw new ConfigError(
        `"${name}@${label}" asks for a label this store does not have: Langfuse label ${JSON.stringify(renamed.langfuse)} ` +
          `is named ${JSON.stringify(renamed.promptops)} here (${wording.renamesLive}); ask for "${name}@${renamed.promptops}"`,
      );
    }
    if (label === defaultSelector) {
      const versions = await store.listVersions(name);
      if (versions.length === 0) return undefined;
      throw new VersionNotFoundError(name, label, {
        versions: versions.map((v) => v.version),
        labels: labelMap(versions),
        context:
          `Langfuse has no "${label}" label on "${name}", and a bare name asks for "${label}" on the Langfuse store` +
          `${label === 'production' && options.defaultSelector === undefined ? ", as in Langfuse's SDK" : ' (its defaultSelector)'}. ` +
          `Set the label on a version in Langfuse, ask for "${name}@latest" (the newest version) or another label, ` +
          'or set defaultSelector (of langfuseStore or createPromptClient) to serve another selector for bare names',
      });
    }
    return undefined;
  }

  async function listPages(nameFilter: string | undefined): Promise<LangfuseListing> {
    const out: LangfuseListing = [];
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
        // Langfuse answers the list with 200, an empty one included: a 404 means another server.
        passStatuses: [404],
      });
      if (res.status === 404) throw notLangfuse(res.ctx, 'HTTP 404');
      const parsed = (await langfuseSchemas()).list.safeParse(res.body);
      if (!parsed.success) throw malformedError(res.ctx, `unexpected prompt list (${describeIssues(parsed.error)})`);
      out.push(...parsed.data.data);
      if (parsed.data.data.length === 0 || page >= parsed.data.meta.totalPages) break;
    }
    return out;
  }

  const store: LangfuseStore = {
    name: storeName,
    defaultSelector,

    async listVersions(name) {
      assertPromptName(name, storeName);
      const entries = (await listPages(name)).filter((entry) => entry.name === name);
      if (entries.length === 0) return [];
      const versions = new Map<string, VersionInfo>();
      const wanted = new Set<string>();
      for (const entry of entries) {
        for (const v of entry.versions) {
          if (Number.isInteger(v) && v > 0) versions.set(toSemver(v), { version: toSemver(v), labels: [] });
        }
        for (const label of entry.labels ?? []) if (label !== 'latest') wanted.add(label);
      }
      const [collision] = labelCollisions([...wanted], labels.toPromptops);
      if (collision !== undefined) throw collisionError(name, collision);
      // The list says which labels exist, not where they point: ask for each one.
      const pointed = await Promise.all(
        [...wanted].map(async (raw) => ({
          label: labels.toPromptops(raw),
          record: await fetchPrompt(name, { label: raw }),
        })),
      );
      for (const { label, record } of pointed) {
        if (record === undefined || label === undefined) continue;
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
          return resolveLabel(name, selector);
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

    async listPrompts() {
      const byName = new Map<string, LangfusePromptListing>();
      for (const entry of await listPages(undefined)) {
        const listing = byName.get(entry.name) ?? { name: entry.name, versions: [], labels: [] };
        listing.versions.push(...entry.versions.filter((v) => Number.isInteger(v) && v > 0));
        listing.labels.push(...(entry.labels ?? []));
        byName.set(entry.name, listing);
      }
      return [...byName.values()]
        .map((l) => ({
          name: l.name,
          versions: [...new Set(l.versions)].sort((a, b) => a - b),
          labels: [...new Set(l.labels)].sort(),
        }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },

    labelFor(langfuseLabel) {
      return labels.toPromptops(langfuseLabel);
    },

    labelCollisions(langfuseLabels) {
      return labelCollisions(langfuseLabels, labels.toPromptops);
    },

    isRenamedLabel(langfuseLabel) {
      return labels.isRenamed(langfuseLabel);
    },
  };
  return store;
}
