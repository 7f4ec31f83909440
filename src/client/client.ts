/**
 * `createPromptClient`: resolves specs (lockfile → pins → default selector), loads records through
 * the two cache tiers, checks integrity, preloads partials, compiles, and reports what it did.
 * See DESIGN.md sections 5, 6 and 8.
 * @module
 */
import { compileStoredPrompt, partialNamesOf } from '../engine/prompt.js';
import type { PromptRecord } from '../engine/record.js';
import { parseRecordShape } from '../engine/record-shape.js';
import { parseSpec } from '../engine/selector.js';
import { ConfigError, isPromptOpsError, StoreError } from '../errors.js';
import type { PromptStore } from '../stores/types.js';
import type { PromptEmitter } from '../telemetry/emitter.js';
import type {
  CacheResult,
  PromptEventListener,
  PromptEventType,
  PromptSource,
  UsageEvent,
} from '../telemetry/events.js';
import { VariantAssigner } from './assignment.js';
import { type CompiledEntry, cacheKey, type Flight, type Loaded, PromptCache, type Resolution } from './cache.js';
import { ClientEvents, SNAPSHOT_EVENT_NAME } from './client-events.js';
import { coarseClock } from './clock.js';
import { fallbackRecord, type PromptFallback } from './fallback.js';
import { checkIntegrity, fetchRecord, isNotFound } from './loader.js';
import { lockedHash, ownValue } from './lockfile.js';
import {
  DEFAULT_CACHE,
  type PromptClientOptions,
  type ResolvedClientOptions,
  resolveClientOptions,
} from './options.js';
import { compileWithPartials, loadPartials } from './partials.js';
import { asError, type PromptContext, PromptHandle } from './prompt.js';
import type { PromptOf, PromptSpecString } from './registry-types.js';
import { makeRequest, type PromptRequest as Request, type Served } from './request.js';
import { errorText, SnapshotKeeper } from './snapshot.js';
import { type UnknownName, UnknownNameCheck } from './unknown-names.js';
import { type RecordUsageOptions, type UsagePrompt, usageEvent } from './usage.js';

/** Options of one `getPrompt` call. */
export interface GetPromptOptions {
  /**
   * Used only when nothing else can be had (the store is unreachable or does not know the name, and
   * there is no stale copy and no snapshot entry): a template string (a text prompt of version
   * `'0.0.0'`) or a record of the same name. The prompt then says `source: 'fallback'`. Never used
   * for an `IntegrityError` or a malformed record.
   * @default undefined
   */
  fallback?: PromptFallback;
  /**
   * Overrides the client's `strict` for this prompt (compilation and every render).
   * @default the client's `strict`
   */
  strict?: boolean;
  /**
   * For a bare name with an experiment (the `experiments` option): the key that picks the variant,
   * e.g. a user id. The same key always gets the same variant. Without it (or with `''`) the first
   * variant (the control) is served, with no `variant` and no `assignment` event.
   * @default undefined
   */
  assignmentKey?: string | number;
}

/** One spec that `prefetch` could not load. */
export interface PrefetchFailure {
  spec: string;
  error: Error;
}

/** What `prefetch` did. It never rejects: failures are listed (and emitted as `error` events). */
export interface PrefetchReport {
  /** Specs loaded (or already cached), with the version each resolved to and what served it. */
  loaded: Array<{ spec: string; name: string; version: string; source: PromptSource }>;
  /** Specs that failed (`spec: '(store.list)'` when listing the names to warm failed). */
  failed: PrefetchFailure[];
  /**
   * Pins and experiments keyed on a name the store does not have (a pin that applies to nothing, an
   * experiment that never runs), each with its `ConfigError`; empty when all are known or the store
   * could not be asked. They are also emitted as `error` events, once per client.
   */
  unknownNames: UnknownName[];
}

/** The prompt client. See {@link createPromptClient}. */
export interface PromptClient {
  /** The store prompts come from. */
  readonly store: PromptStore;
  /**
   * Load a prompt: `'name'` (lockfile → pins → `defaultSelector`) or `'name@selector'` (exact
   * version, semver range, label or `latest`).
   *
   * Order on a miss: cache → in-flight load → store → stale copy → snapshot → fallback → throw.
   * @throws `PromptNotFoundError` (with close names), `VersionNotFoundError` (with versions and
   *   labels), `IntegrityError`, `PromptFormatError`, `ConfigError` (bad spec), or a `StoreError`
   *   saying what was tried.
   */
  getPrompt<S extends PromptSpecString>(spec: S, options?: GetPromptOptions): Promise<PromptOf<S>>;
  /**
   * Warm the cache in one batch (all specs load concurrently). Without specs: every locked and
   * pinned name, or, when there are none, every name of `store.list()`. The report also lists the pins
   * and experiments keyed on names the store does not have (`unknownNames`), once the store answered.
   */
  prefetch(specs?: readonly string[]): Promise<PrefetchReport>;
  /**
   * Drop everything cached for exactly `name` (every selector and version; `'a'` never drops
   * `'ab'` or `'a/b'`) and the compiled prompts that include it as a partial. Without a name, drop
   * everything.
   */
  invalidate(name?: string): void;
  /** Listen to one event type. Returns a function that unsubscribes. */
  on<T extends PromptEventType>(type: T, listener: PromptEventListener<T>): () => void;
  /**
   * Emit an `outcome` event for a prompt: its name, version and variant, and `metrics` (finite
   * numbers), e.g. `recordOutcome(p, { score: 1, costUsd: 0.002 })`. `promptops report` compares
   * variants on them.
   * @throws `ConfigError` when a metric is not a finite number, or `metrics` is empty.
   */
  recordOutcome(
    prompt: { readonly name: string; readonly version: string; readonly variant?: string },
    metrics: Record<string, number>,
  ): void;
  /**
   * Record the tokens and cost of a model call made with `prompt`: emits a `usage` event and resolves
   * to it. Takes an OpenAI chat or Responses result, an Anthropic message, an AI SDK result (or its
   * `usage`), or `{ model?, inputTokens, outputTokens, cachedInputTokens?, reasoningTokens? }`. The
   * cost comes from the prompt's `model.pricing`, else the client's `prices` source (on Node the price table
   * of `@pydantic/genai-prices` by default; elsewhere only when passed); absent when neither prices the model.
   * @throws `ConfigError` when `usage` is none of those shapes
   * @example
   * ```ts
   * const res = await openai.chat.completions.create(toOpenAIChat(p, vars));
   * await prompts.recordUsage(p, res, { latencyMs: 840 });
   * ```
   */
  recordUsage(prompt: UsagePrompt, usage: unknown, options?: RecordUsageOptions): Promise<UsageEvent>;
  /**
   * Stop watching the store, write pending snapshot data, and refuse further `getPrompt` calls.
   * Prompts already returned keep rendering. Does not close the store (it is yours).
   */
  close(): Promise<void>;
}

/** Longest wait between failed background refreshes of one selector, in ms (capped by `ttlMs`). */
export const REFRESH_RETRY_MS = 5_000;
const SPEC_MEMO_SIZE = 1_000;
const FALLBACK_MEMO_SIZE = 100;

/**
 * Create a prompt client.
 *
 * @throws `ConfigError` naming the option at fault, e.g. `option "cache.ttlMs": must be at least 0`.
 * @example
 * ```ts
 * const prompts = createPromptClient({ store: memoryStore([greeting]) });
 * const p = await prompts.getPrompt('support/greeting');
 * p.render({ company: 'Acme', customer: 'Ada' });
 * ```
 */
export function createPromptClient(options: PromptClientOptions): PromptClient {
  return new Client(resolveClientOptions(options));
}

class Client implements PromptClient {
  readonly store: PromptStore;
  readonly #o: ResolvedClientOptions;
  readonly #emitter: PromptEmitter;
  readonly #events: ClientEvents;
  readonly #assigner: VariantAssigner;
  readonly #cache: PromptCache;
  readonly #snapshot: SnapshotKeeper | undefined;
  readonly #now: () => number;
  readonly #ctx: PromptContext;
  readonly #specs = new Map<string, Request>();
  readonly #fallbacks = new Map<string, Promise<CompiledEntry>>();
  readonly #names: UnknownNameCheck | undefined;
  #unwatch: (() => void) | undefined;
  #closed = false;

  constructor(options: ResolvedClientOptions) {
    this.#o = options;
    this.store = options.store;
    const clock = options.clock;
    this.#now = clock === undefined ? coarseClock(Date.now) : () => clock.now();
    const perf = globalThis.performance;
    const elapsed = clock !== undefined || perf === undefined ? this.#now : () => perf.now();
    this.#events = new ClientEvents(options.hooks, this.store.name, elapsed);
    this.#emitter = this.#events.emitter;
    this.#assigner = new VariantAssigner(this.#events);
    this.#ctx = { emitter: this.#emitter, includeInputs: options.includeInputs, elapsed };
    this.#cache = new PromptCache(options.cache, this.#now);
    this.#snapshot =
      options.snapshot === undefined
        ? undefined
        : new SnapshotKeeper(
            options.snapshot,
            options.timers,
            (error) => this.#events.error(SNAPSHOT_EVENT_NAME, undefined, error),
            options.cache === false ? DEFAULT_CACHE.max : options.cache.max,
          );
    this.#names =
      options.configured.length === 0
        ? undefined
        : new UnknownNameCheck(this.store, options.configured, options.defaultSelector, (unknown) => {
            if (this.#closed) return;
            // Nobody listens (e.g. the default client of promptops.config.json): say it where it is seen.
            if (this.#emitter.wants('error')) this.#events.configError(unknown.name, unknown.error);
            else console.warn(`promptops: ${unknown.error.message}`);
          });
    if (typeof this.store.watch === 'function') {
      this.#unwatch = this.store.watch((name) => this.invalidate(name));
    }
  }

  on<T extends PromptEventType>(type: T, listener: PromptEventListener<T>): () => void {
    return this.#emitter.on(type, listener);
  }

  invalidate(name?: string): void {
    this.#cache.invalidate(name);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#unwatch?.();
    this.#unwatch = undefined;
    this.#cache.invalidate();
    await this.#snapshot?.flush();
  }

  getPrompt<S extends PromptSpecString>(spec: S, options?: GetPromptOptions): Promise<PromptOf<S>> {
    // The hot path: a fresh cache hit with the default strictness returns the prompt object built
    // for it, without an async function, an allocation or (usually) a clock read.
    // A loose call (strict: false) reuses the strictly compiled prompt: it compiled, so no partial is
    // missing, and the render skips validation.
    const strict = options?.strict ?? this.#o.strict;
    let request = this.#specs.get(spec);
    if (request?.experiment !== undefined) request = this.#assigner.assign(request, options?.assignmentKey);
    if ((strict === this.#o.strict || !strict) && !this.#closed) {
      const resolution = request === undefined ? undefined : this.#cache.resolution(request.key);
      if (
        resolution?.compiled !== undefined &&
        request !== undefined &&
        this.#cache.isFresh(resolution, request.exact)
      ) {
        const source = resolution.origin === 'snapshot' ? 'snapshot' : 'cache';
        const isDefault = strict === this.#o.strict;
        const variant = request.variant;
        if (this.#emitter.active) this.#events.fetch(request, { entry: resolution.compiled, cache: 'hit', source }, 0);
        // An assigned prompt is made per call: the one kept on the resolution carries no variant.
        if (variant !== undefined) {
          const assigned = new PromptHandle(resolution.compiled, source, request.selector, strict, this.#ctx, variant);
          return Promise.resolve(assigned as unknown as PromptOf<S>);
        }
        let promised = isDefault ? resolution.promised : resolution.loosePromised;
        if (promised === undefined) {
          const prompt = new PromptHandle(resolution.compiled, source, request.selector, strict, this.#ctx);
          promised = Promise.resolve(prompt);
          if (isDefault) resolution.promised = promised;
          else resolution.loosePromised = promised;
        }
        return promised as unknown as Promise<PromptOf<S>>;
      }
    }
    return this.#getPrompt(spec, options ?? {}, request);
  }

  async #getPrompt<S extends PromptSpecString>(
    spec: S,
    options: GetPromptOptions,
    assigned: Request | undefined,
  ): Promise<PromptOf<S>> {
    const started = this.#emitter.active ? this.#ctx.elapsed() : 0;
    let request: Request | undefined;
    const strict = options.strict ?? this.#o.strict;
    try {
      if (this.#closed)
        throw new ConfigError('this prompt client was closed; create a new one with createPromptClient()');
      request = assigned ?? this.#assigner.assign(this.#request(spec), options.assignmentKey);
      const served = this.#serveCached(request, strict) ?? (await this.#serve(request, strict));
      this.#events.fetch(request, served, started);
      return new PromptHandle(
        served.entry,
        served.source,
        request.selector,
        strict,
        this.#ctx,
        request.variant,
      ) as unknown as PromptOf<S>;
    } catch (error) {
      if (request !== undefined && options.fallback !== undefined && canFallBack(error)) {
        this.#events.error(request.name, request.selector, error, request.variant);
        let entry: CompiledEntry;
        try {
          entry = await this.#fallback(request, options.fallback, strict);
        } catch (fallbackError) {
          this.#events.error(request.name, request.selector, fallbackError, request.variant);
          throw fallbackError;
        }
        this.#events.fetch(request, { entry, cache: 'miss', source: 'fallback' }, started);
        return new PromptHandle(entry, 'fallback', request.selector, strict, this.#ctx) as unknown as PromptOf<S>;
      }
      const final = request !== undefined && isUnavailable(error) ? withNoFallback(error) : error;
      this.#events.error(request?.name ?? String(spec), request?.selector, final, request?.variant);
      throw final;
    }
  }

  async prefetch(specs?: readonly string[]): Promise<PrefetchReport> {
    let list: readonly string[];
    try {
      list = specs ?? (await this.#defaultPrefetchSpecs());
    } catch (error) {
      const unknownNames = (await this.#names?.result()) ?? [];
      return { loaded: [], failed: [{ spec: '(store.list)', error: asError(error) }], unknownNames };
    }
    const results = await Promise.allSettled(list.map((spec) => this.getPrompt(spec)));
    const report: PrefetchReport = { loaded: [], failed: [], unknownNames: (await this.#names?.result()) ?? [] };
    results.forEach((result, i) => {
      const spec = list[i] ?? '';
      if (result.status === 'fulfilled') {
        const p = result.value;
        report.loaded.push({ spec, name: p.name, version: p.version, source: p.source });
      } else {
        report.failed.push({ spec, error: asError(result.reason) });
      }
    });
    return report;
  }

  // ---------------------------------------------------------------- resolution

  #request(spec: string): Request {
    const memo = this.#specs.get(spec);
    if (memo !== undefined) return memo;
    const { name, selector } = parseSpec(spec);
    // A bare name with an experiment serves its control until #assign picks a variant; an explicit
    // selector bypasses the experiment.
    const experiment = selector === undefined ? this.#o.experiments?.get(name) : undefined;
    const effective = selector ?? experiment?.selectors[0] ?? this.#selectorOf(name, this.#o.defaultSelector);
    const request = makeRequest(name, effective);
    if (experiment !== undefined) request.experiment = experiment;
    if (this.#specs.size >= SPEC_MEMO_SIZE) this.#specs.clear();
    this.#specs.set(spec, request);
    return request;
  }

  recordOutcome(
    prompt: { readonly name: string; readonly version: string; readonly variant?: string },
    metrics: Record<string, number>,
  ): void {
    this.#events.outcome(prompt, metrics);
  }

  async recordUsage(prompt: UsagePrompt, usage: unknown, options?: RecordUsageOptions): Promise<UsageEvent> {
    const event = await usageEvent(prompt, usage, options, this.#o.prices);
    this.#events.usage(event);
    return event;
  }

  /**
   * The selector of a bare name: the lockfile, then the pins, then `fallback` (`defaultSelector`; for
   * partials `'latest'`, as DESIGN.md says a partial is its latest version).
   */
  #selectorOf(name: string, fallback: string): string {
    const lockfile = this.#o.lockfile;
    const locked = lockfile === undefined ? undefined : ownValue(lockfile.prompts, name);
    return locked?.version ?? ownValue(this.#o.pins, name) ?? fallback;
  }

  async #defaultPrefetchSpecs(): Promise<string[]> {
    const names = new Set([...Object.keys(this.#o.lockfile?.prompts ?? {}), ...Object.keys(this.#o.pins)]);
    if (names.size === 0 && typeof this.store.list === 'function') {
      for (const name of await this.store.list()) names.add(name);
    }
    for (const experiment of this.#o.experiments?.values() ?? []) {
      for (const selector of experiment.selectors) names.add(`${experiment.prompt}@${selector}`);
    }
    return [...names].sort();
  }

  // ---------------------------------------------------------------- serving

  /** The fast path: a cached resolution with its compiled prompt, served without awaiting anything. */
  #serveCached(request: Request, strict: boolean): Served | undefined {
    const compiled = this.#reusable(strict) ? this.#cache.resolution(request.key)?.compiled : undefined;
    const cached = compiled === undefined ? undefined : this.#cached(request);
    return cached && { entry: compiled!, cache: cached.cache, source: cached.source };
  }

  /** A cached resolution that may be served: fresh, or stale (a background refresh is started). */
  #cached(request: Request): { resolution: Resolution; cache: CacheResult; source: PromptSource } | undefined {
    const resolution = this.#cache.resolution(request.key);
    const freshness = resolution && this.#cache.freshness(resolution, request.exact);
    if (resolution === undefined || freshness === 'expired') return undefined;
    const fresh = freshness === 'fresh';
    if (!fresh) this.#refresh(request, resolution);
    const source = resolution.origin === 'snapshot' ? 'snapshot' : fresh ? 'cache' : 'stale';
    return { resolution, cache: fresh ? 'hit' : 'stale', source };
  }

  /** Whether a call with `strict` can use the prompt compiled with the client's strictness. */
  #reusable(strict: boolean): boolean {
    return strict === this.#o.strict || !strict;
  }

  async #serve(request: Request, strict: boolean): Promise<Served> {
    const { resolution, cache, source } = await this.#resolve(request);
    const compiled = this.#reusable(strict) ? resolution.compiled : undefined;
    if (compiled !== undefined) return { entry: compiled, cache, source };
    const built = await this.#compile(resolution, strict);
    return { entry: built.entry, cache: built.joined && cache === 'hit' ? 'inflight' : cache, source };
  }

  /** Tier 2: what `request` resolves to, from the cache, a shared load, or a new load. */
  async #resolve(request: Request): Promise<{ resolution: Resolution; cache: CacheResult; source: PromptSource }> {
    const cached = this.#cached(request);
    if (cached !== undefined) return cached;
    // What is left is expired (or nothing).
    const expired = this.#cache.resolution(request.key);
    if (expired !== undefined) this.#cache.deleteResolution(request.key, expired);
    const { promise, joined } = this.#cache.shareLoad(request.key, request.name, (flight) =>
      this.#load(request, flight, expired),
    );
    const { resolution, source } = await promise;
    return { resolution, cache: joined ? 'inflight' : 'miss', source };
  }

  /** A foreground load: store → stale copy → snapshot, or a `StoreError` saying what was tried. */
  async #load(request: Request, flight: Flight<Loaded>, expired: Resolution | undefined): Promise<Loaded> {
    let storeError: unknown;
    try {
      const resolution = await this.#loadFromStore(request);
      if (!flight.cancelled) this.#cache.setResolution(request.key, resolution);
      return { resolution, source: 'store' };
    } catch (error) {
      if (!isUnavailable(error)) throw error;
      storeError = error;
    }
    const tried = [`the ${this.store.name} store failed (${firstSentence(storeError)}; the full error is the cause)`];

    // A stale copy still within maxStaleMs (one can appear while this load ran).
    const current = this.#cache.resolution(request.key);
    if (current !== undefined && this.#cache.freshness(current, request.exact) !== 'expired') {
      return { resolution: current, source: 'stale' };
    }
    tried.push(
      expired === undefined
        ? 'no stale copy'
        : `the stale copy (${expired.version}) is older than cache.maxStaleMs (${this.#cache.maxStaleMs} ms)`,
    );

    if (this.#snapshot === undefined) {
      tried.push('no snapshot configured');
    } else {
      const found = await this.#snapshot.lookup(request.name, request.selector);
      if (found.found) {
        try {
          const record = parseRecordShape(found.record, `snapshot entry ${request.key}`);
          if (record.name !== request.name) throw new Error(`it holds "${record.name}"`);
          // Stale from the start: served while a refresh tries the store again.
          const resolution = await this.#resolution(request, record, 'snapshot', this.#now() - this.#cache.ttlMs);
          if (!flight.cancelled) this.#cache.setResolution(request.key, resolution);
          return { resolution, source: 'snapshot' };
        } catch (error) {
          tried.push(`the snapshot entry was rejected (${errorText(error)})`);
        }
      } else {
        tried.push(found.reason);
      }
    }
    const cause = isUnavailable(storeError) ? storeError : undefined;
    throw new StoreError(
      `Could not load prompt "${request.key}": ${tried.join('; ')}`,
      {
        store: this.store.name,
        status: cause?.status,
        retryable: cause?.retryable ?? false,
      },
      { cause: storeError },
    );
  }

  async #loadFromStore(request: Request): Promise<Resolution> {
    let record: PromptRecord;
    try {
      record = await fetchRecord(this.store, request.name, request.selector);
    } catch (error) {
      if (isNotFound(error)) this.#names?.reached(request.name);
      throw error;
    }
    this.#names?.reached(request.name);
    const resolution = await this.#resolution(request, record, 'store', this.#now());
    this.#snapshot?.note(request.name, request.selector, record, resolution.hash);
    return resolution;
  }

  /** A resolution of `request` to `record`, after the integrity checks (record hash, locked hash). */
  async #resolution(
    request: Request,
    record: PromptRecord,
    origin: Resolution['origin'],
    loadedAt: number,
  ): Promise<Resolution> {
    const { name, selector } = request;
    const hash = await checkIntegrity(record, lockedHash(this.#o.lockfile, name, record.version));
    return { name, selector, record, version: record.version, hash, origin, loadedAt, retryAt: 0, compiled: undefined };
  }

  /** Start one background refresh of a stale selector, unless one runs or a failed one is too recent. */
  #refresh(request: Request, stale: Resolution): void {
    if (this.#now() < stale.retryAt) return;
    this.#cache.startRefresh(request.key, request.name, async (flight, land) => {
      try {
        const fresh = await this.#loadFromStore(request);
        fresh.compiled = (await this.#compile(fresh, this.#o.strict, stale.compiled)).entry;
        land();
        if (flight.cancelled) return;
        this.#cache.setResolution(request.key, fresh);
        this.#events.refresh(request, true, stale.version, fresh.version);
      } catch (error) {
        land();
        if (flight.cancelled) return;
        if (isNotFound(error)) {
          // The store says the name or label is gone: serve it no more.
          this.#cache.deleteResolution(request.key, stale);
        } else {
          stale.retryAt = this.#now() + Math.min(this.#cache.ttlMs, REFRESH_RETRY_MS);
        }
        this.#events.refresh(request, false, stale.version, undefined, error);
      }
    });
  }

  // ---------------------------------------------------------------- compilation

  /**
   * Tier 1: the compiled prompt of a resolution, shared per `name@version`. With `previous`, the
   * partials are resolved again and `previous` is kept when none changed.
   */
  #compile(
    resolution: Resolution,
    strict: boolean,
    previous?: CompiledEntry,
  ): Promise<{ entry: CompiledEntry; joined: boolean }> | { entry: CompiledEntry; joined: boolean } {
    const isDefault = strict === this.#o.strict;
    const key = isDefault
      ? cacheKey(resolution.name, resolution.version)
      : `${cacheKey(resolution.name, resolution.version)}#${strict ? 'strict' : 'loose'}`;
    const hit = this.#cache.compiledEntry(key);
    if (hit !== undefined && hit.hash === resolution.hash && (previous === undefined || hit.deps.size === 0)) {
      if (isDefault) attachCompiled(resolution, hit);
      return { entry: hit, joined: false };
    }
    const { promise, joined } = this.#cache.shareCompile(key, resolution.name, async (flight) => {
      const partials = await loadPartials(resolution.record, (name) => this.#partialRecord(name), { suggest: strict });
      const { deps } = partials;
      const existing = this.#cache.compiledEntry(key) ?? previous;
      const entry =
        existing !== undefined && existing.hash === resolution.hash && sameDeps(existing.deps, deps)
          ? existing
          : {
              record: resolution.record,
              hash: resolution.hash,
              compiled: compileWithPartials(resolution.record, partials, { strict, ...this.#o.limits }),
              deps,
            };
      if (!flight.cancelled) this.#cache.setCompiled(key, entry);
      return entry;
    });
    return promise.then((entry) => {
      if (isDefault) attachCompiled(resolution, entry);
      return { entry, joined };
    });
  }

  /** A partial's version, through the cache (its lockfile version, else its pin, else `latest`). */
  async #partialRecord(name: string): Promise<PromptRecord> {
    return (await this.#resolve(makeRequest(name, this.#selectorOf(name, 'latest')))).resolution.record;
  }

  // ---------------------------------------------------------------- fallback

  async #fallback(request: Request, fallback: PromptFallback, strict: boolean): Promise<CompiledEntry> {
    const memoKey = typeof fallback === 'string' ? `${request.name}\u0000${strict}\u0000${fallback}` : undefined;
    const memo = memoKey === undefined ? undefined : this.#fallbacks.get(memoKey);
    if (memo !== undefined) return memo;
    const built = (async (): Promise<CompiledEntry> => {
      const record = fallbackRecord(request.name, fallback);
      const hash = await checkIntegrity(record);
      const records = new Map<string, PromptRecord>();
      for (const name of partialNamesOf(record)) {
        const cached = this.#cache.resolution(cacheKey(name, this.#selectorOf(name, 'latest')));
        if (cached !== undefined) records.set(name, cached.record);
      }
      const compiled = compileStoredPrompt(record, {
        strict,
        partials: (name) => records.get(name),
        ...this.#o.limits,
      });
      return { record, hash, compiled, deps: new Map() };
    })();
    if (memoKey !== undefined) {
      if (this.#fallbacks.size >= FALLBACK_MEMO_SIZE) this.#fallbacks.clear();
      this.#fallbacks.set(memoKey, built);
      built.catch(() => this.#fallbacks.delete(memoKey));
    }
    return built;
  }
}

/**
 * Failures of availability: the store could not answer (as opposed to answering "no" or "bad").
 * By brand and code, not `instanceof`: a custom store may throw the other build's (ESM / CJS) class.
 */
function isUnavailable(error: unknown): error is StoreError {
  return isPromptOpsError(error, 'STORE_ERROR');
}

/** A fallback stands in when the store is unavailable or does not know the prompt. */
function canFallBack(error: unknown): boolean {
  return isUnavailable(error) || isNotFound(error);
}

/** The first sentence of an error's message: what failed, without the server's words and the fix (they stay in the cause). */
function firstSentence(error: unknown): string {
  const text = errorText(error);
  const end = text.search(/\.(\s|$)/);
  return end === -1 || end > 400 ? text.slice(0, 400) : text.slice(0, end);
}

function withNoFallback(error: StoreError): StoreError {
  // A fallback or snapshot serves while a store is unreachable; a refusal (401/403) or a bad answer needs fixing.
  const advice = error.retryable
    ? ' Pass getPrompt(spec, { fallback }) or configure a snapshot to serve prompts while the store is down.'
    : '';
  return new StoreError(
    `${error.message}; no fallback given.${advice}`,
    { store: error.store, status: error.status, retryable: error.retryable },
    { cause: error.cause ?? error },
  );
}

/** Set the default-strictness compiled prompt of a resolution (and forget a prompt object built from another). */
function attachCompiled(resolution: Resolution, entry: CompiledEntry): void {
  if (resolution.compiled === entry) return;
  resolution.compiled = entry;
  resolution.promised = undefined;
  resolution.loosePromised = undefined;
}

function sameDeps(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [name, version] of a) if (b.get(name) !== version) return false;
  return true;
}
