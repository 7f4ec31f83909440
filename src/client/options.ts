/**
 * Options of `createPromptClient`, and their validation (at construction: a bad option is a
 * `ConfigError` naming the option path and the fix).
 * @module
 */
import { ConfigError } from '../errors.js';
import type { PromptStore } from '../stores/types.js';
import type { ListenerErrorHandler } from '../telemetry/emitter.js';
import type {
  AssignmentEvent,
  ErrorEvent,
  FetchEvent,
  OutcomeEvent,
  PromptEvent,
  RefreshEvent,
  RenderEvent,
} from '../telemetry/events.js';
import { compileExperiments, type Experiment, type ExperimentConfig } from './experiments.js';
import { type Lockfile, parseLockfile } from './lockfile.js';
import type { PriceSource } from './price-source.js';
import type { PromptRegistry } from './prompt.js';
import type { IsStrictRegistry, NameKeyedIn, PinsOption } from './registry-types.js';
import type { SnapshotAdapter } from './snapshot.js';
import type { ConfiguredName } from './unknown-names.js';
import {
  fn,
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

/** Cache settings. See DESIGN.md section 6, "Caching and failure". */
export interface CacheOptions {
  /**
   * Most compiled prompt versions kept (`name@version`, least recently used dropped first); also
   * the most floating selectors (`name@selector` → version) remembered.
   * @default 1000
   */
  max?: number;
  /**
   * How long a floating selector (range, label, `latest`, bare name) stays fresh, in ms. After
   * that it is served stale while one background refresh runs. Exact versions never go stale.
   * @default 60_000
   */
  ttlMs?: number;
  /**
   * How long a selector may be served stale after it went stale, in ms, while refreshes fail.
   * Past that, the next call goes to the store in the foreground (and fails if the store does).
   * @default 86_400_000 (one day)
   */
  maxStaleMs?: number;
}

/** A source of time in ms; inject a fake one in tests. */
export interface Clock {
  /** Current time in ms (only differences matter). */
  now(): number;
}

/** Timer functions; inject fakes in tests. Handles with an `unref()` method are unref'd. */
export interface Timers {
  /** Call `callback` once after `ms`; returns a handle for `clearTimeout`. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Cancel a pending `setTimeout`. */
  clearTimeout(handle: unknown): void;
}

/**
 * Event hooks, registered at construction. `onEvent` receives every event; the per-type hooks
 * receive their type only. A hook that throws or rejects never breaks the caller.
 */
export interface ClientHooks {
  /** Every event. */
  onEvent?: (event: PromptEvent) => void | Promise<void>;
  /** A `getPrompt` call succeeded. */
  onFetch?: (event: FetchEvent) => void | Promise<void>;
  /** A prompt was rendered. */
  onRender?: (event: RenderEvent) => void | Promise<void>;
  /** A background refresh finished (`ok` says how). */
  onRefresh?: (event: RefreshEvent) => void | Promise<void>;
  /** An operation failed (`getPrompt`, `render`, a refresh, a snapshot write…). */
  onError?: (event: ErrorEvent) => void | Promise<void>;
  /** An experiment assigned a variant (`getPrompt(name, { assignmentKey })`, see the `experiments` option). */
  onAssignment?: (event: AssignmentEvent) => void | Promise<void>;
  /** An outcome was recorded with `recordOutcome(prompt, metrics)`. */
  onOutcome?: (event: OutcomeEvent) => void | Promise<void>;
  /**
   * Called with the error when a hook or listener throws or rejects, once per failure.
   * @default a `console.warn` the first time each listener fails
   */
  onListenerError?: ListenerErrorHandler;
}

/** Telemetry settings. */
export interface TelemetryOptions {
  /**
   * Put the variables passed to `render` into `render` events (`inputs`). Off by default: inputs
   * often hold personal data. Event `inputKeys` always lists the names.
   * @default false
   */
  includeInputs?: boolean;
}

/**
 * Options of `createPromptClient`.
 *
 * @example
 * ```ts
 * const prompts = createPromptClient({
 *   store: memoryStore([greeting]),
 *   pins: { 'support/greeting': '^1.2.0' },
 *   cache: { ttlMs: 30_000 },
 *   hooks: { onError: (e) => log.warn(e.error) },
 * });
 * ```
 */
export interface PromptClientOptions {
  /** Where prompts come from: `memoryStore`, `httpStore`, `langfuseStore`, `fileStore` (`promptops/fs`) or your own. */
  store: PromptStore;
  /**
   * Selector per name for bare names (`getPrompt('support/greeting')`): `{ 'support/greeting': '^1.2.0' }`.
   * A lockfile entry wins over a pin. A key the store does not have is reported once, as an `error`
   * event, when the client first reaches the store; with a strict registry it is a compile error.
   * @default {}
   */
  pins?: PinsOption;
  /**
   * Selector for bare names that are neither locked nor pinned: an exact version, a semver range,
   * a label or `'latest'` (the highest non-prerelease version).
   * @default the store's `defaultSelector` if it has one (`langfuseStore`: `'production'`), else `'latest'`
   */
  defaultSelector?: string;
  /**
   * A parsed `promptops.lock.json` (see `parseLockfile`). A locked name loads exactly the locked
   * version and must have the locked hash. (A path is accepted by the Node entry only.)
   * @default undefined (no lockfile)
   */
  lockfile?: Lockfile;
  /**
   * Cache settings, or `false` to ask the store on every call (concurrent identical calls still share one load).
   * @default { max: 1000, ttlMs: 60_000, maxStaleMs: 86_400_000 }
   */
  cache?: CacheOptions | false;
  /**
   * Validate variables before rendering (one `PromptInputError` listing every problem), and treat a
   * missing partial as a `PromptFormatError`. `false` renders missing variables and partials as empty.
   * A `getPrompt` or `render` call may override it.
   * @default true
   */
  strict?: boolean;
  /**
   * The longest output one render may produce (a chat prompt: its messages together); more stops the render
   * with a `PromptInputError` whose `code` is `'RENDER_LIMIT'`, naming the prompt and the limit.
   * @default 10_000_000
   */
  maxOutputChars?: number;
  /**
   * The most section items and partial inclusions one render may step through; more is a `RENDER_LIMIT`
   * `PromptInputError`. Bounds the time of a render whose nested sections multiply over arrays.
   * @default 1_000_000
   */
  maxSteps?: number;
  /**
   * Event hooks. More listeners can be added later with `client.on(type, listener)`.
   * @default {}
   */
  hooks?: ClientHooks;
  /**
   * Telemetry settings.
   * @default { includeInputs: false }
   */
  telemetry?: TelemetryOptions;
  /**
   * A/B experiments by prompt name: `getPrompt(name, { assignmentKey })` picks a variant's selector
   * deterministically per key (no key: the first variant, unassigned). A key the store does not have is
   * reported as `pins` keys are; with a strict registry it is a compile error. See `docs/experiments.md`.
   * @example { 'support/greeting': { variants: { control: '1.2.0', candidate: '2.0.0' }, weights: { control: 90, candidate: 10 } } }
   * @default undefined (no experiments)
   */
  experiments?: ExperimentsOption;
  /**
   * Where to persist the last known good records, used on a cold start when the store cannot be
   * reached: any `{ read, write }` (e.g. `memorySnapshot()`); the Node entry also takes `{ path }`.
   * @default undefined (no snapshot)
   */
  snapshot?: SnapshotAdapter;
  /**
   * Where `recordUsage` finds the cost of a call whose prompt has no `model.pricing`: a {@link PriceSource}
   * such as `genaiPrices` (`import { genaiPrices } from 'promptops/prices'`, the maintained price table of
   * `@pydantic/genai-prices`, loaded on first use, never fetched), or `false` for no table (only
   * `model.pricing` prices). Without a price, the `usage` event has no `costUsd`.
   * @default on Node (the `node` export condition of `promptops`): `genaiPrices`; in browsers, workers, Deno,
   * Bun and every other runtime: none (`model.pricing` only), so the core bundle carries no price data
   * @example createPromptClient({ store, prices: genaiPrices })
   */
  prices?: PriceSource | false;
  /**
   * The clock that ages cache entries and times events.
   * @default { now: Date.now } (event durations use `performance.now()` when no clock is given)
   */
  clock?: Clock;
  /**
   * Timers for the batched snapshot writes.
   * @default globalThis.setTimeout / clearTimeout
   */
  timers?: Timers;
}

/**
 * The type of the `experiments` client option: prompt name → {@link ExperimentConfig}, keyed by registered
 * names when the global registry is strict.
 */
export type ExperimentsOption = NameKeyedIn<PromptRegistry, IsStrictRegistry, ExperimentConfig>;

/** Options after validation and defaults. Internal. */
export interface ResolvedClientOptions {
  store: PromptStore;
  pins: Readonly<Record<string, string>>;
  defaultSelector: string;
  lockfile: Lockfile | undefined;
  cache: Required<CacheOptions> | false;
  strict: boolean;
  /** Render limits passed to `compilePrompt` (unset: its defaults). */
  limits: { maxOutputChars?: number; maxSteps?: number };
  hooks: ClientHooks;
  includeInputs: boolean;
  experiments: Map<string, Experiment> | undefined;
  /** The pinned and experiment names, with where each was set (checked against the store once). */
  configured: ConfiguredName[];
  snapshot: SnapshotAdapter | undefined;
  /** The price source of `recordUsage` (`false` and unset: none). */
  prices: PriceSource | undefined;
  clock: Clock | undefined;
  timers: Timers;
}

/** Default cache settings. */
export const DEFAULT_CACHE: Readonly<Required<CacheOptions>> = Object.freeze({
  max: 1000,
  ttlMs: 60_000,
  maxStaleMs: 86_400_000,
});

/** `cache`: `false` or `{ max, ttlMs, maxStaleMs }`. */
export const cacheRule: Rule = (value, path, problems) =>
  value === false || object({ 'max?': whole(true), 'ttlMs?': whole(), 'maxStaleMs?': whole() })(value, path, problems);

const eventHook = fn('pass (event) => { … }');
const snapshotFn = fn('a snapshot is { read(), write(data) }, e.g. memorySnapshot()');
const timerFn = fn('pass { setTimeout(callback, ms), clearTimeout(handle) }');
const positiveWhole = whole(true);
const limitRule: Rule = (value, path, problems) => {
  if (value !== Number.POSITIVE_INFINITY) positiveWhole(value, path, problems);
};

const optionsRule = object({
  store: rule(
    (v: PromptStore | null) =>
      typeof v === 'object' &&
      v !== null &&
      typeof v.name === 'string' &&
      typeof v.listVersions === 'function' &&
      typeof v.getVersion === 'function',
    'must be a prompt store ({ name, listVersions(), getVersion() }); pass memoryStore([...]), httpStore({ url }), ' +
      "fileStore({ dir }) from 'promptops/fs', or your own adapter",
    '',
  ),
  'pins?': record(nameKeyRule, selectorRule),
  'defaultSelector?': selectorRule,
  'lockfile?': () => undefined,
  'cache?': cacheRule,
  'strict?': typed('boolean'),
  'maxOutputChars?': limitRule,
  'maxSteps?': limitRule,
  'hooks?': object({
    'onEvent?': eventHook,
    'onFetch?': eventHook,
    'onRender?': eventHook,
    'onRefresh?': eventHook,
    'onError?': eventHook,
    'onAssignment?': eventHook,
    'onOutcome?': eventHook,
    'onListenerError?': fn('pass (error, event) => { … }'),
  }),
  'telemetry?': object({ 'includeInputs?': typed('boolean') }),
  'experiments?': () => undefined, // checked by compileExperiments
  'snapshot?': object({ read: snapshotFn, write: snapshotFn, 'writeDelayMs?': whole() }, false),
  'prices?': rule(
    (v: PriceSource | false | null) =>
      v === false ||
      (typeof v === 'object' && v !== null && typeof v.name === 'string' && typeof v.costUsd === 'function'),
    'must be a price source ({ name, costUsd(call) }) or false',
  ),
  'clock?': object({ now: fn('pass { now: () => milliseconds }') }, false),
  'timers?': object({ setTimeout: timerFn, clearTimeout: timerFn }, false),
});

const MS = 'a whole number of milliseconds';
const LIMIT_HINT = 'a positive whole number, or Infinity for no limit';
const HINTS: Record<string, string> = {
  cache: 'pass false, or { max, ttlMs, maxStaleMs }',
  'cache.max': 'a positive integer count of prompt versions',
  'cache.ttlMs': `${MS}, e.g. 60_000`,
  'cache.maxStaleMs': `${MS}, e.g. 86_400_000`,
  'snapshot.writeDelayMs': MS,
  strict: 'pass true or false',
  maxOutputChars: LIMIT_HINT,
  maxSteps: LIMIT_HINT,
  pins: "pass { 'support/greeting': '^1.2.0' }",
  'telemetry.includeInputs': 'pass true or false',
  prices:
    "pass genaiPrices (import { genaiPrices } from 'promptops/prices'), your own { name, costUsd(call) }, or false",
};

/**
 * Validate client options and apply defaults.
 * @throws `ConfigError` naming the option, e.g. `cache.ttlMs: must be at least 0: …`.
 */
export function resolveClientOptions(options: PromptClientOptions): ResolvedClientOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ConfigError('createPromptClient needs an options object such as { store: memoryStore([...]) }', {
      option: '(options)',
    });
  }
  if (typeof options.lockfile === 'string') {
    throw new ConfigError(
      "is a path, which only the Node entry reads (import from 'promptops' under Node); elsewhere pass the parsed " +
        'lockfile object (parseLockfile(JSON.parse(text)))',
      { option: 'lockfile' },
    );
  }
  const snapshot: unknown = options.snapshot;
  if (typeof snapshot === 'object' && snapshot !== null && 'path' in snapshot && !('read' in snapshot)) {
    throw new ConfigError(
      "{ path } is a file snapshot, which only the Node entry provides (import from 'promptops' under Node); " +
        'elsewhere pass { read(), write(data) }, e.g. memorySnapshot()',
      { option: 'snapshot' },
    );
  }
  validateOrThrow(optionsRule, options, { hints: HINTS });
  const lockfile = options.lockfile === undefined ? undefined : parseLockfile(options.lockfile);
  const pins = (options.pins ?? {}) as Readonly<Record<string, string>>;
  const experiments = compileExperiments(options.experiments);
  return {
    store: options.store,
    pins,
    defaultSelector: options.defaultSelector ?? storeDefaultSelector(options.store) ?? 'latest',
    lockfile,
    cache: options.cache === false ? false : { ...DEFAULT_CACHE, ...stripUndefined(options.cache ?? {}) },
    strict: options.strict ?? true,
    limits: stripUndefined({ maxOutputChars: options.maxOutputChars, maxSteps: options.maxSteps }),
    hooks: options.hooks ?? {},
    includeInputs: options.telemetry?.includeInputs ?? false,
    experiments,
    configured: [
      ...configuredNames('pins', Object.keys(pins), pins),
      ...configuredNames('experiments', [...(experiments?.keys() ?? [])], options.experiments),
    ],
    snapshot: options.snapshot,
    prices: options.prices === false ? undefined : options.prices,
    clock: options.clock,
    timers: options.timers ?? {
      setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
      clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
  };
}

/** Config files that option objects (`pins`, `experiments`) were read from, for messages. */
const configFiles = new WeakMap<object, string>();

/**
 * Note that `value` (the `pins` or `experiments` object) was read from the config file `file`, so that
 * messages about it name the file. Internal: called by the config-file loader.
 */
export function noteConfigFile(value: object, file: string): void {
  configFiles.set(value, file);
}

function configuredNames(option: 'pins' | 'experiments', names: string[], from: unknown): ConfiguredName[] {
  const file = typeof from === 'object' && from !== null ? configFiles.get(from) : undefined;
  return names.map((name) => ({ option, name, source: file === undefined ? 'option' : { file } }));
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** The store's own default for bare names (`langfuseStore`: `'production'`), if it has one. */
function storeDefaultSelector(store: PromptStore): string | undefined {
  const selector = store.defaultSelector;
  return typeof selector === 'string' && selector !== '' ? selector : undefined;
}
