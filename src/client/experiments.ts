/**
 * A/B experiments on prompt versions: configuration, validation, and the deterministic assignment
 * of a variant from an assignment key (a user id, a session id…). See DESIGN.md section 8 and
 * `docs/experiments.md`.
 *
 * The assignment hashes `experimentName + ':' + assignmentKey` (UTF-8) with 32-bit FNV-1a followed by
 * murmur3's finaliser, and maps the hash onto the cumulative weights. It uses no randomness and no
 * state, so the same key gets the same variant in every process, after every restart and in every
 * runtime. This module is part of the core entry: it stays small and dependency-free.
 * @module
 */
import { ConfigError } from '../errors.js';
import { nameKeyRule, object, type Rule, record, rule, selectorRule, typeName, validateOrThrow } from './validate.js';

/**
 * One experiment on one prompt name.
 *
 * @example
 * ```ts
 * { variants: { control: '1.2.0', candidate: '2.0.0' }, weights: { control: 90, candidate: 10 } }
 * ```
 */
export interface ExperimentConfig {
  /**
   * Variant name → selector (an exact version, a range, a label or `'latest'`). The first listed
   * variant is the control: it is served when `getPrompt` gets no `assignmentKey`.
   */
  variants: Record<string, string>;
  /**
   * Variant name → relative weight: non-negative numbers with a positive sum (`{ control: 90,
   * candidate: 10 }` and `{ control: 9, candidate: 1 }` split alike). A variant of weight 0 is never
   * assigned. Every variant needs a weight, and every weight a variant.
   * @default equal weights
   */
  weights?: Record<string, number>;
  /**
   * The experiment's name, reported in `assignment` events and used as the salt of the hash:
   * renaming an experiment reshuffles who gets which variant; changing only the weights moves
   * as few keys as possible.
   * @default the prompt name
   */
  name?: string;
}

/** The `experiments` client option: prompt name → {@link ExperimentConfig}. */
export type ExperimentsOptions = Record<string, ExperimentConfig>;

/** A validated experiment. Internal. */
export interface Experiment {
  /** The experiment's name (hash salt). */
  readonly name: string;
  /** The prompt name it applies to. */
  readonly prompt: string;
  /** Variant names, in configuration order (index 0 is the control). */
  readonly variants: readonly string[];
  /** The selector of each variant, by index. */
  readonly selectors: readonly string[];
  /** Running sums of the weights, by index. */
  readonly cumulative: readonly number[];
  /** Sum of the weights. */
  readonly total: number;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A finite number (at least `min`), saying what it got otherwise. */
const numberRule =
  (min?: number): Rule =>
  (value, path, problems) => {
    if (!finite(value) || (min !== undefined && value < min)) {
      const got = typeof value === 'number' ? String(value) : typeName(value);
      problems.push([path, `must be a finite number${min === undefined ? '' : ` of at least ${min}`}, got ${got}`]);
    }
  };

/** The shape of the `experiments` option, then what the shape cannot say (weights ⇄ variants, sum > 0). */
export const experimentsRule: Rule = (value, path, problems) => {
  record(
    nameKeyRule,
    object({
      variants: record(() => undefined, selectorRule),
      'weights?': record(() => undefined, numberRule(0)),
      'name?': rule((n) => typeof n === 'string' && n !== '', 'must be a non-empty string'),
    }),
  )(value, path, problems);
  if (problems.length > 0) return;
  for (const [prompt, config] of Object.entries(value as ExperimentsOptions)) {
    const at = (field: string, text: string) => problems.push([[...path, prompt, field], text]);
    const variants = Object.keys(config.variants);
    const weights = config.weights;
    if (variants.length === 0) at('variants', 'must name at least one variant');
    if (weights === undefined) continue;
    for (const key of Object.keys(weights)) {
      if (!variants.includes(key))
        at('weights', `has a weight for "${key}", which is not a variant (${variants.join(', ')})`);
    }
    for (const variant of variants) {
      if (weights[variant] === undefined) at('weights', `has no weight for "${variant}"; give every variant one`);
    }
    const sum = variants.reduce((total, v) => total + (weights[v] ?? 0), 0);
    if (!(sum > 0 && sum < Number.POSITIVE_INFINITY)) at('weights', 'must have a positive, finite sum');
  }
};

/**
 * Validate the `experiments` option.
 * @returns the experiments by prompt name, or `undefined` when there are none.
 * @throws `ConfigError` naming the option at fault, e.g.
 *   `option "experiments["support/greeting"].weights": has no weight for "candidate"; give every variant one`.
 */
export function compileExperiments(raw: unknown): Map<string, Experiment> | undefined {
  if (raw === undefined) return undefined;
  const options = validateOrThrow<ExperimentsOptions>(experimentsRule, raw, { root: 'experiments' });
  const out = new Map<string, Experiment>();
  for (const [prompt, config] of Object.entries(options)) {
    const variants = Object.keys(config.variants);
    let total = 0;
    const cumulative = variants.map((variant) => (total += config.weights?.[variant] ?? 1));
    const selectors = variants.map((variant) => config.variants[variant] as string);
    out.set(prompt, { name: config.name ?? prompt, prompt, variants, selectors, cumulative, total });
  }
  return out.size === 0 ? undefined : out;
}

/**
 * The index of the variant that `key` is assigned to: deterministic, stable across processes.
 * Variants of weight 0 are never chosen.
 */
export function assignVariant(experiment: Experiment, key: string): number {
  // hash / 2^32 < 1, so the point is below the last running sum: the loop stops at a variant, and
  // never at one of weight 0 (its running sum equals the previous one).
  const point = (hash32(`${experiment.name}:${key}`) / 4294967296) * experiment.total;
  let i = 0;
  while (point >= (experiment.cumulative[i] as number)) i++;
  return i;
}

/**
 * 32-bit FNV-1a over the UTF-8 bytes of `text` (lone surrogates as U+FFFD, as `TextEncoder` does),
 * then murmur3's `fmix32` finaliser for a well-spread result. An unsigned 32-bit integer.
 */
export function hash32(text: string): number {
  // ASCII (ids, emails, UUIDs) hashes its char codes directly; anything else goes through TextEncoder.
  const bytes = NON_ASCII.test(text) ? new TextEncoder().encode(text) : undefined;
  const length = bytes === undefined ? text.length : bytes.length;
  let h = 0x811c9dc5;
  for (let i = 0; i < length; i++) {
    h = Math.imul(h ^ (bytes === undefined ? text.charCodeAt(i) : (bytes[i] as number)), 0x01000193);
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const NON_ASCII = /[^\0-\x7f]/;

const metricsRule: Rule = record(() => undefined, numberRule());

/**
 * Check the metrics of `recordOutcome`: an object of finite numbers, at least one.
 * @returns a copy of the metrics.
 * @throws `ConfigError` naming the metric at fault, e.g. `option "metrics.score": must be a finite number`.
 */
export function checkOutcomeMetrics(metrics: unknown): Record<string, number> {
  const checked = validateOrThrow<Record<string, number>>(metricsRule, metrics, { root: 'metrics' });
  if (Object.keys(checked).length === 0) {
    throw new ConfigError('is empty; pass at least one metric, e.g. { score: 1, costUsd: 0.002 }', {
      option: 'metrics',
    });
  }
  return { ...checked };
}
