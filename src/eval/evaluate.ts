/**
 * `evaluate(fileOrDefinition, options)`: load an eval, check it completely before any model call, run
 * it, and return the result object that `promptops eval --json` prints. `loadEval` and `runEval` are its
 * two halves, for callers (the CLI) that check several evals before running any.
 * @module
 */

import { relative, resolve } from 'node:path';
import { readConfigFile, storeFromConfig } from '../client/config-file.node.js';
import { fileStore } from '../stores/fs/file-store.js';
import type { PromptStore } from '../stores/types.js';
import { CACHE_DIR, diskCache, noCache, type ResponseCache } from './cache.js';
import { ProblemList } from './errors.js';
import { type EvalSource, objectSource, readEvalFile } from './eval-file.js';
import { type PreparedEval, prepareEval } from './prepare.js';
import { defaultProviders } from './providers/default.js';
import type { ProviderFactory } from './providers/types.js';
import { runUnits } from './runner.js';
import { summarizeEval } from './summarize.js';
import type { CaseResult, EvalDefinition, EvalProviderName, EvalResult } from './types.js';

/** Progress of a run, after each answer. */
export interface EvalProgress {
  /** Answers so far in this eval. */
  done: number;
  /** Answers the eval will have. */
  total: number;
  /** The answer that just finished. */
  result: CaseResult;
  /** Case index of that answer. */
  index: number;
}

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /**
   * Where the prompts come from.
   * @default the store of promptops.config.json in `cwd` (or `$PROMPTOPS_CONFIG`), else the folder `<cwd>/prompts`
   */
  store?: PromptStore;
  /** Working directory: the response cache and relative paths of a definition object start here. @default process.cwd() */
  cwd?: string;
  /** Environment for API keys and base URLs. @default process.env */
  env?: Readonly<Record<string, string | undefined>>;
  /** Most model calls in flight at once (a hard bound; judge calls included). @default 4 */
  concurrency?: number;
  /** Overrides the eval's `repeat`. @default the eval's, else 1 */
  repeat?: number;
  /** `false` sends every call; a {@link ResponseCache} replaces the disk cache. @default the disk cache in `<cwd>/.promptops/cache` */
  cache?: boolean | ResponseCache;
  /** Stops the run: no new call starts, calls in flight are cancelled, the answers so far are returned (`interrupted: true`). @default none */
  signal?: AbortSignal;
  /** Retries of a failed model call (408, 409, 429, 5xx, connection errors; `Retry-After` honoured). @default 2 */
  maxRetries?: number;
  /** Timeout of one model request in ms. @default 60000 */
  timeoutMs?: number;
  /** The fetch the provider SDKs use. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /** Clock for latency, in ms. @default performance.now */
  now?: () => number;
  /** Called after each answer. @default none */
  onProgress?: (progress: EvalProgress) => void;
  /** Replace built-in providers (`openai`, `anthropic`, `custom`). @default the built-in ones */
  providers?: Partial<Record<EvalProviderName, ProviderFactory>>;
}

/** A loaded, checked eval with the counters of its run. */
export interface LoadedEval {
  readonly prepared: PreparedEval;
  readonly calls: { made: number; cached: number };
}

/**
 * Run an eval and return its result object.
 *
 * @example
 * ```ts
 * import { evaluate } from 'promptops/eval';
 * const result = await evaluate('evals/greeting.eval.yaml', { concurrency: 8 });
 * for (const c of result.comparisons) console.log(c.candidate, c.verdict, c.passRateDelta);
 * ```
 * @throws {EvalConfigError} before any model call, listing every problem of the eval (file, line, fix)
 */
export async function evaluate(
  fileOrDefinition: string | EvalDefinition,
  options: EvaluateOptions = {},
): Promise<EvalResult> {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const owned = options.store === undefined ? await defaultStore(cwd, env) : undefined;
  const store = options.store ?? (owned as { store: PromptStore }).store;
  try {
    const loaded = await loadEval(fileOrDefinition, { ...options, store });
    return await runEval(loaded, options);
  } finally {
    await owned?.close();
  }
}

/** Load and check an eval (no model call). @throws {EvalConfigError} listing every problem */
export async function loadEval(
  fileOrDefinition: string | EvalDefinition,
  options: EvaluateOptions & { store: PromptStore },
): Promise<LoadedEval> {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const problems = new ProblemList();
  let raw: unknown;
  let source: EvalSource;
  if (typeof fileOrDefinition === 'string') {
    const abs = resolve(cwd, fileOrDefinition);
    const rel = relative(cwd, abs);
    const read = await readEvalFile(abs, rel === '' || rel.startsWith('..') ? abs : rel, problems);
    if (read === undefined) {
      return problems.fail();
    }
    raw = read.raw;
    source = read.source;
  } else {
    raw = fileOrDefinition;
    source = objectSource(cwd);
  }
  const calls = { made: 0, cached: 0 };
  const prepared = await prepareEval(raw, source, {
    store: options.store,
    cwd,
    providers: { ...defaultProviders, ...options.providers },
    providerContext: {
      env,
      countRequest: () => {
        calls.made++;
      },
      maxRetries: options.maxRetries ?? 2,
      timeoutMs: options.timeoutMs ?? 60_000,
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      importModule: (id) => import(id),
    },
    ...(options.repeat === undefined ? {} : { repeat: options.repeat }),
  });
  return { prepared, calls };
}

/** Run a loaded eval. */
export async function runEval(loaded: LoadedEval, options: EvaluateOptions = {}): Promise<EvalResult> {
  const cwd = options.cwd ?? process.cwd();
  const cache =
    options.cache === false
      ? noCache
      : options.cache === undefined || options.cache === true
        ? diskCache(resolve(cwd, CACHE_DIR))
        : options.cache;
  const { prepared, calls } = loaded;
  const onProgress = options.onProgress;
  const outcome = await runUnits(prepared, {
    concurrency: options.concurrency ?? 4,
    cache,
    calls,
    now: options.now ?? (() => performance.now()),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(onProgress === undefined
      ? {}
      : { onUnit: (result, unit, done, total) => onProgress({ done, total, result, index: unit.case.index }) }),
  });
  return summarizeEval(prepared, outcome.results, calls, outcome.interrupted);
}

async function defaultStore(
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<{ store: PromptStore; close(): Promise<void> }> {
  const found = await readConfigFile({ cwd, env });
  if (found !== undefined) {
    const store = await storeFromConfig(found, { env, watch: false });
    return { store, close: async () => store.close?.() };
  }
  const store = fileStore({ dir: resolve(cwd, 'prompts') });
  return { store, close: () => store.close() };
}
