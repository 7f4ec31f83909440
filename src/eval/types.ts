/**
 * Public types of `promptops/eval`: the eval definition (what a `*.eval.yaml` file holds) and the
 * result object that `evaluate()` returns and `promptops eval --json` prints (DESIGN section 12).
 * @module
 */

import type { ChatMessage, ModelPricing } from '../engine/record.js';

/** A model's price in USD per million tokens: the record's `model.pricing` type. */
export type { ModelPricing };

/** The providers an eval can call. */
export type EvalProviderName = 'openai' | 'anthropic' | 'custom';

/**
 * One model of an eval: `'openai:gpt-4o-mini'`, or an object with the provider, the model id and
 * settings that win over the record's model config.
 */
export interface EvalModelEntry {
  /** `'openai'` (any OpenAI-compatible server), `'anthropic'`, or `'custom'` (a module of yours). */
  provider: EvalProviderName;
  /** The provider's model id. Required for `openai` and `anthropic`; for `custom`, the module path by default. */
  name?: string;
  /** Base URL of the API; wins over `OPENAI_BASE_URL` / `ANTHROPIC_BASE_URL`. @default the SDK's default */
  baseUrl?: string;
  /** Environment variable holding the API key; it must be set. @default 'OPENAI_API_KEY' or 'ANTHROPIC_API_KEY' */
  apiKeyEnv?: string;
  /** Prices for cost, winning over the record's `model.pricing` and the price table. @default the record's, else the price table */
  pricing?: ModelPricing;
  /** `custom` only: the module (relative to the eval file) whose default export answers a request. */
  module?: string;
  /** Overrides of the record's model config, passed to the request adapter. @default the record's */
  temperature?: number;
  /** @default the record's */
  maxTokens?: number;
  /** @default the record's */
  topP?: number;
  /** @default the record's */
  stop?: string[];
  /** @default the record's */
  seed?: number;
  /** Provider-specific settings, passed through verbatim. @default the record's */
  params?: Record<string, unknown>;
}

/** A model as written in an eval: `'provider:name'` or an {@link EvalModelEntry}. */
export type EvalModelSpec = string | EvalModelEntry;

/**
 * One assertion, written as a one-key map with optional settings beside it:
 * `{ contains: '{{customer}}' }`, `{ regex: '^hi', flags: 'i' }`, `{ judge: 'Polite.', threshold: 0.7 }`,
 * `{ 'json-schema': true }`, `{ 'max-latency-ms': 4000 }`, `{ js: './scorers/tone.mjs' }`.
 */
export type AssertionSpec = Record<string, unknown>;

/** One case: the prompt's variables, messages for its placeholders, and its own assertions. */
export interface EvalCase {
  /** @default {} */
  vars?: Record<string, unknown>;
  /** Messages for the placeholders of a chat prompt. @default {} */
  placeholders?: Record<string, ChatMessage[]>;
  /** Assertions of this case, added to the file-level `expect`. @default [] */
  expect?: AssertionSpec[];
}

/** An eval: what a `*.eval.yaml` file holds, or what is passed to `evaluate()` directly. */
export interface EvalDefinition {
  /** The prompt name, e.g. `'support/greeting'`. */
  prompt: string;
  /** Selectors of the versions to run; the first is the baseline. */
  versions: string[];
  /** The models to run each version on. @default each version's own model */
  models?: EvalModelSpec[];
  /** The cases, or the path of a `.jsonl` / `.yaml` / `.csv` dataset (relative to the eval file). */
  cases: string | EvalCase[];
  /** Assertions applied to every case. @default [] */
  expect?: AssertionSpec[];
  /** The model of `judge` assertions. @default none: a `judge` assertion then is a usage error */
  judge?: EvalModelSpec;
  /** How many times each case runs on each version and model. @default 1 */
  repeat?: number;
}

/** One assertion's outcome on one answer. */
export interface AssertionResult {
  /** The assertion's type, e.g. `'contains'`. */
  type: string;
  pass: boolean;
  /** 0..1; a boolean assertion scores 1 or 0. */
  score: number;
  /** Why it failed, or the judge's reason. */
  reason?: string;
}

/** One answer: a case run once on one version and model. */
export interface CaseResult {
  version: string;
  /** `'provider:name'`. */
  model: string;
  /** 0-based repeat index. */
  repeat: number;
  /** The model's text; absent when the call failed. */
  output?: string;
  /** Why the model call failed (after retries); the case then scores 0 and fails. */
  error?: string;
  pass: boolean;
  /** Mean of the assertions' scores (1 for a case without assertions that answered, 0 after an error). */
  score: number;
  latencyMs?: number;
  inputTokens?: number;
  outputTokens?: number;
  costUsd?: number;
  /** `true` when the answer came from the disk cache. */
  cached?: boolean;
  assertions: AssertionResult[];
}

/** One case, with every version × model × repeat answer side by side. */
export interface CaseRow {
  /** 0-based index in the dataset. */
  index: number;
  vars: Record<string, unknown>;
  results: CaseResult[];
}

/** Aggregate of one version on one model. */
export interface RunSummary {
  /** The resolved version. */
  version: string;
  /** The selector it came from, e.g. `'production'`. */
  selector: string;
  /** `'provider:name'`. */
  model: string;
  /** Answers counted: cases × repeats (errors included). */
  cases: number;
  passed: number;
  passRate: number;
  /** Wilson 95% interval of the pass rate. */
  passRateCi95: [number, number];
  meanScore: number;
  /** Student-t 95% interval of the mean score. */
  scoreCi95: [number, number];
  errors: number;
  /** Pass rate of each assertion type, over the answers that have it. */
  assertions: Record<string, { passRate: number; count: number }>;
  latencyMs: { p50: number; p95: number };
  inputTokens: number;
  outputTokens: number;
  /** Total cost; absent when the cost of some answer is unknown. */
  costUsd?: number;
}

/** A candidate against the baseline on one model, over the cases both answered. */
export interface Comparison {
  model: string;
  /** The baseline's version. */
  baseline: string;
  /** The candidate's version. */
  candidate: string;
  /** Pairs both sides answered (case × repeat). */
  pairs: number;
  /** Pass rate of the candidate minus the baseline's, over the pairs. */
  passRateDelta: number;
  /** Paired 95% interval of `passRateDelta` (Agresti–Min). */
  ci95: [number, number];
  /** McNemar's two-sided p-value (exact below 25 discordant pairs). */
  pValue: number;
  /** Mean score of the candidate minus the baseline's, over the pairs. */
  scoreDelta: number;
  /** Paired bootstrap 95% interval of `scoreDelta` (seeded, 2,000 resamples). */
  scoreCi95: [number, number];
  /** Paired bootstrap p-value of `scoreDelta`. */
  scorePValue: number;
  /** `'better'` / `'worse'` when McNemar's p < 0.05, else `'no-difference'`. */
  verdict: 'better' | 'worse' | 'no-difference';
  /** The prompt diff, baseline → candidate: template or messages, schema and model, as a unified diff. */
  diff: string;
}

/** The result of one eval (what `promptops eval --json` prints for one file). */
export interface EvalResult {
  /** The eval file, when the eval came from one. */
  file?: string;
  prompt: string;
  /** The baseline's resolved version. */
  baseline: string;
  runs: RunSummary[];
  cases: CaseRow[];
  comparisons: Comparison[];
  /** Model calls sent (judge calls and retries included), and answers served from the disk cache. */
  calls: { made: number; cached: number };
  /** `true` when the run was stopped (Ctrl-C, `signal`) before every case ran; the result holds what finished. */
  interrupted: boolean;
}
