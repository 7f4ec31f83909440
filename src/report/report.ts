/**
 * Outcome reports: from a stream of promptops events (as written by `jsonlSink`), per prompt name,
 * version and variant, the renders, outcomes, and the mean and confidence interval of every
 * outcome metric; then, per metric, the difference of each variant from the baseline (Welch's
 * t-test) with a plain-words verdict. Values are accumulated (Welford), not kept, so a file of
 * millions of events needs little memory.
 * @module
 */
import * as semver from '../engine/semver.js';
import { Accumulator, type Difference, type Summary, welchTest } from '../stats/index.js';

/** Options of {@link ReportBuilder}. */
export interface ReportOptions {
  /**
   * The arm every other arm is compared with. A variant name (or, for prompts without experiments, a
   * version).
   * @default `'control'` when such a variant exists, else the first variant in alphabetical order;
   *   for versions, the lowest version
   */
  baseline?: string;
  /** Metrics where a lower value is better (overrides the guess from the name). @default [] */
  lowerIsBetter?: readonly string[];
  /** Metrics where a higher value is better (overrides the guess from the name). @default [] */
  higherIsBetter?: readonly string[];
  /**
   * Confidence level of every interval; a difference is significant when its interval excludes 0
   * (p < 1 − level).
   * @default 0.95
   */
  level?: number;
}

/** One row: a name, version and variant. */
export interface ReportRow {
  version: string;
  /** The experiment variant; absent for traffic no experiment assigned. */
  variant?: string;
  renders: number;
  /** Outcome events. */
  outcomes: number;
  /** Summary of each outcome metric, by metric name. */
  metrics: Record<string, Summary>;
  /** Model calls recorded with `recordUsage` (`usage` events); absent when there were none. */
  usage?: UsageSummary;
}

/** Tokens and cost of the model calls of one row. */
export interface UsageSummary {
  /** `usage` events. */
  calls: number;
  /** Input tokens of all calls. */
  inputTokens: number;
  /** Output tokens of all calls. */
  outputTokens: number;
  /** Cost per call in USD (mean and confidence interval) over the calls that had a cost. */
  costPerCall?: Summary;
  /** Total USD of the calls that had a cost. */
  costTotal?: number;
  /** Calls without a cost (a model neither `model.pricing` nor the price table knows). */
  callsWithoutCost: number;
}

/** How the arms of a prompt were formed. */
export type ArmKind = 'variant' | 'version';

/** One arm: the rows of one variant (or, without variants, of one version) taken together. */
export interface ReportArm {
  /** The variant name, or the version. */
  arm: string;
  /** Versions in the arm. */
  versions: string[];
  renders: number;
  outcomes: number;
  /** `assignment` events of the arm (variants only). */
  assignments: number;
  metrics: Record<string, Summary>;
}

/** The difference between an arm and the baseline on one metric. */
export interface ReportComparison {
  metric: string;
  baseline: string;
  arm: string;
  /** Which direction is better for the metric, and whether that was guessed from its name. */
  better: 'higher' | 'lower';
  guessedDirection: boolean;
  /** Sample sizes: baseline, arm, and both. */
  nBaseline: number;
  nArm: number;
  n: number;
  /** Welch's test of `arm − baseline`; absent when either side has fewer than 2 outcomes. */
  test?: Difference;
  significant: boolean;
  /** `'better'`, `'worse'` or `'same'` (by the point estimate, significant or not). */
  direction: 'better' | 'worse' | 'same' | 'unknown';
  /** The plain-words verdict, e.g. `candidate better on score (+0.12, 95% CI +0.05..+0.19), significant at n=1,200`. */
  verdict: string;
}

/** Everything about one prompt name. */
export interface PromptReport {
  name: string;
  rows: ReportRow[];
  /** `'variant'` when any event of the prompt had a variant, else `'version'`. */
  armKind: ArmKind;
  arms: ReportArm[];
  baseline: string | undefined;
  /** Metric names, sorted. */
  metrics: string[];
  comparisons: ReportComparison[];
  /** `error` events of the prompt. */
  errors: number;
  /** A caveat to show with the comparisons, if any. */
  note?: string;
}

/** The whole report. */
export interface Report {
  /** Confidence level used. */
  level: number;
  /** Events read (lines that parsed as events). */
  events: number;
  /** Lines that were not events (malformed JSON, unknown shapes), with the first few locations. */
  skipped: { count: number; examples: string[] };
  prompts: PromptReport[];
}

const LOWER_IS_BETTER =
  /cost|price|usd|eur|latency|duration|time|ms$|secs?$|seconds|tokens|error|fail|retr|loss|bytes|abandon|churn|complain/i;
const MAX_EXAMPLES = 5;

interface Row {
  version: string;
  variant: string | undefined;
  renders: number;
  outcomes: number;
  metrics: Map<string, Accumulator>;
  usage?: { calls: number; inputTokens: number; outputTokens: number; cost: Accumulator; costTotal: number };
}

interface NameState {
  rows: Map<string, Row>;
  assignments: Map<string, number>;
  errors: number;
}

/**
 * Build a {@link Report} event by event.
 *
 * @example
 * ```ts
 * const builder = new ReportBuilder({ lowerIsBetter: ['costUsd'] });
 * for (const line of text.split('\n')) builder.addLine(line, 'events.jsonl');
 * const report = builder.build();
 * ```
 */
export class ReportBuilder {
  readonly #options: ReportOptions;
  readonly #names = new Map<string, NameState>();
  #events = 0;
  #skipped = 0;
  readonly #examples: string[] = [];

  constructor(options: ReportOptions = {}) {
    const level = options.level ?? 0.95;
    if (!(level > 0 && level < 1)) throw new RangeError(`level must be between 0 and 1 (exclusive), got ${level}`);
    this.#options = options;
  }

  /** Add one JSONL line (blank lines are ignored). `where` (e.g. `'events.jsonl:12'`) labels a skipped line. */
  addLine(line: string, where: string): void {
    const text = line.trim();
    if (text === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.#skip(`${where}: not JSON`);
      return;
    }
    this.add(value, where);
  }

  /** Add one parsed event. Returns false (and counts it as skipped) when it is not a promptops event. */
  add(value: unknown, where = '(event)'): boolean {
    const problem = this.#add(value);
    if (problem === undefined) {
      this.#events++;
      return true;
    }
    this.#skip(`${where}: ${problem}`);
    return false;
  }

  #add(value: unknown): string | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
    const e = value as Record<string, unknown>;
    if (typeof e.type !== 'string') return 'no "type"';
    if (typeof e.name !== 'string' || e.name === '') return `a "${e.type}" event without a "name"`;
    const variant = typeof e.variant === 'string' ? e.variant : undefined;
    switch (e.type) {
      case 'render': {
        if (typeof e.version !== 'string') return 'a "render" event without a "version"';
        this.#row(e.name, e.version, variant).renders++;
        return undefined;
      }
      case 'outcome': {
        if (typeof e.version !== 'string') return 'an "outcome" event without a "version"';
        const metrics = e.metrics;
        if (typeof metrics !== 'object' || metrics === null || Array.isArray(metrics)) {
          return 'an "outcome" event without "metrics"';
        }
        const entries = Object.entries(metrics as Record<string, unknown>);
        for (const [metric, v] of entries) {
          if (typeof v !== 'number' || !Number.isFinite(v))
            return `an "outcome" event whose metric "${metric}" is not a finite number`;
        }
        const row = this.#row(e.name, e.version, variant);
        row.outcomes++;
        for (const [metric, v] of entries) {
          let acc = row.metrics.get(metric);
          if (acc === undefined) {
            acc = new Accumulator();
            row.metrics.set(metric, acc);
          }
          acc.add(v as number);
        }
        return undefined;
      }
      case 'usage': {
        if (typeof e.version !== 'string') return 'a "usage" event without a "version"';
        const tokens = [e.inputTokens, e.outputTokens];
        if (tokens.some((t) => typeof t !== 'number' || !Number.isFinite(t) || t < 0)) {
          return 'a "usage" event without token counts';
        }
        const row = this.#row(e.name, e.version, variant);
        row.usage ??= { calls: 0, inputTokens: 0, outputTokens: 0, cost: new Accumulator(), costTotal: 0 };
        row.usage.calls++;
        row.usage.inputTokens += e.inputTokens as number;
        row.usage.outputTokens += e.outputTokens as number;
        if (typeof e.costUsd === 'number' && Number.isFinite(e.costUsd)) {
          row.usage.cost.add(e.costUsd);
          row.usage.costTotal += e.costUsd;
        }
        return undefined;
      }
      case 'assignment': {
        if (variant === undefined) return 'an "assignment" event without a "variant"';
        const state = this.#state(e.name);
        state.assignments.set(variant, (state.assignments.get(variant) ?? 0) + 1);
        return undefined;
      }
      case 'error':
        this.#state(e.name).errors++;
        return undefined;
      case 'fetch':
      case 'refresh':
        this.#state(e.name);
        return undefined;
      default:
        return `unknown event type "${e.type}"`;
    }
  }

  #skip(example: string): void {
    this.#skipped++;
    if (this.#examples.length < MAX_EXAMPLES) this.#examples.push(example);
  }

  #state(name: string): NameState {
    let state = this.#names.get(name);
    if (state === undefined) {
      state = { rows: new Map(), assignments: new Map(), errors: 0 };
      this.#names.set(name, state);
    }
    return state;
  }

  #row(name: string, version: string, variant: string | undefined): Row {
    const state = this.#state(name);
    const key = `${version}\u0000${variant ?? ''}`;
    let row = state.rows.get(key);
    if (row === undefined) {
      row = { version, variant, renders: 0, outcomes: 0, metrics: new Map() };
      state.rows.set(key, row);
    }
    return row;
  }

  /** The report of everything added so far. */
  build(): Report {
    const level = this.#options.level ?? 0.95;
    const prompts = [...this.#names.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, state]) => this.#prompt(name, state, level));
    return { level, events: this.#events, skipped: { count: this.#skipped, examples: [...this.#examples] }, prompts };
  }

  #prompt(name: string, state: NameState, level: number): PromptReport {
    const rows = [...state.rows.values()].sort(
      (a, b) => compareVersions(a.version, b.version) || (a.variant ?? '').localeCompare(b.variant ?? ''),
    );
    const metricNames = new Set<string>();
    for (const row of rows) for (const metric of row.metrics.keys()) metricNames.add(metric);
    const metrics = [...metricNames].sort();
    const armKind: ArmKind =
      rows.some((r) => r.variant !== undefined) || state.assignments.size > 0 ? 'variant' : 'version';

    // Arms: rows of one variant (or one version) merged.
    const armRows = new Map<string, Row[]>();
    for (const row of rows) {
      const arm = armKind === 'variant' ? row.variant : row.version;
      if (arm === undefined) continue; // unassigned traffic is not part of the experiment
      armRows.set(arm, [...(armRows.get(arm) ?? []), row]);
    }
    if (armKind === 'variant')
      for (const variant of state.assignments.keys()) if (!armRows.has(variant)) armRows.set(variant, []);
    const arms: ReportArm[] = [...armRows.entries()].map(([arm, list]) => {
      const merged: Record<string, Summary> = {};
      for (const metric of metrics) {
        const acc = mergeAccumulators(list.map((r) => r.metrics.get(metric)));
        if (acc.n > 0) merged[metric] = acc.summary(level);
      }
      return {
        arm,
        versions: [...new Set(list.map((r) => r.version))],
        renders: list.reduce((s, r) => s + r.renders, 0),
        outcomes: list.reduce((s, r) => s + r.outcomes, 0),
        assignments: armKind === 'variant' ? (state.assignments.get(arm) ?? 0) : 0,
        metrics: merged,
      };
    });
    arms.sort((a, b) => (armKind === 'version' ? compareVersions(a.arm, b.arm) : a.arm.localeCompare(b.arm)));
    const baseline = this.#baseline(arms, armKind);
    if (baseline !== undefined) {
      // The baseline first, then the others.
      arms.sort((a, b) => (a.arm === baseline ? -1 : b.arm === baseline ? 1 : 0));
    }

    const comparisons: ReportComparison[] = [];
    const base = arms.find((a) => a.arm === baseline);
    if (base !== undefined) {
      for (const metric of metrics) {
        for (const arm of arms) {
          if (arm === base) continue;
          comparisons.push(this.#compare(metric, base, arm, level));
        }
      }
    }
    const report: PromptReport = {
      name,
      rows: rows.map((r) => {
        const out: ReportRow = { version: r.version, renders: r.renders, outcomes: r.outcomes, metrics: {} };
        if (r.variant !== undefined) out.variant = r.variant;
        if (r.usage !== undefined) {
          const u = r.usage;
          out.usage = {
            calls: u.calls,
            inputTokens: u.inputTokens,
            outputTokens: u.outputTokens,
            callsWithoutCost: u.calls - u.cost.n,
          };
          if (u.cost.n > 0) {
            out.usage.costPerCall = u.cost.summary(level);
            out.usage.costTotal = u.costTotal;
          }
        }
        for (const [metric, acc] of [...r.metrics.entries()].sort(([a], [b]) => a.localeCompare(b))) {
          out.metrics[metric] = acc.summary(level);
        }
        return out;
      }),
      armKind,
      arms,
      baseline,
      metrics,
      comparisons,
      errors: state.errors,
    };
    if (armKind === 'version' && arms.length > 1 && comparisons.length > 0) {
      report.note =
        'No experiment assigned these versions: they ran at different times or for different callers, so a difference may come from that rather than from the prompt.';
    }
    if (armKind === 'variant' && rows.some((r) => r.variant === undefined)) {
      const unassigned = rows.filter((r) => r.variant === undefined).reduce((s, r) => s + r.outcomes + r.renders, 0);
      report.note = `${unassigned.toLocaleString('en-US')} render and outcome events without a variant (no assignmentKey) are listed but left out of the comparisons.`;
    }
    return report;
  }

  #baseline(arms: readonly ReportArm[], kind: ArmKind): string | undefined {
    const wanted = this.#options.baseline;
    if (wanted !== undefined && arms.some((a) => a.arm === wanted)) return wanted;
    if (kind === 'variant' && arms.some((a) => a.arm === 'control')) return 'control';
    return arms[0]?.arm; // sorted: the first variant alphabetically, or the lowest version
  }

  #compare(metric: string, base: ReportArm, arm: ReportArm, level: number): ReportComparison {
    const explicitLower = this.#options.lowerIsBetter?.includes(metric) ?? false;
    const explicitHigher = this.#options.higherIsBetter?.includes(metric) ?? false;
    const guessedDirection = !explicitLower && !explicitHigher;
    const better: 'higher' | 'lower' =
      explicitLower || (guessedDirection && LOWER_IS_BETTER.test(metric)) ? 'lower' : 'higher';
    const a = base.metrics[metric];
    const b = arm.metrics[metric];
    const nBaseline = a?.n ?? 0;
    const nArm = b?.n ?? 0;
    const test = a === undefined || b === undefined ? undefined : welchTest(a, b, level);
    const significant = test !== undefined && test.p < 1 - level && test.diff !== 0;
    const direction =
      test === undefined
        ? 'unknown'
        : test.diff === 0
          ? 'same'
          : test.diff > 0 === (better === 'higher')
            ? 'better'
            : 'worse';
    const comparison: ReportComparison = {
      metric,
      baseline: base.arm,
      arm: arm.arm,
      better,
      guessedDirection,
      nBaseline,
      nArm,
      n: nBaseline + nArm,
      significant,
      direction,
      verdict: '',
    };
    if (test !== undefined) comparison.test = test;
    comparison.verdict = verdictOf(comparison, level);
    return comparison;
  }
}

/**
 * The plain-words verdict of a comparison, e.g.
 * `candidate better on score (+0.12, 95% CI +0.05..+0.19), significant at n=1,200` or
 * `candidate worse on costUsd (+0.0004, 95% CI −0.0001..+0.0009), not significant at n=120`.
 */
export function verdictOf(c: Omit<ReportComparison, 'verdict'>, level = 0.95): string {
  const n = c.n.toLocaleString('en-US');
  const test = c.test;
  if (test === undefined) {
    return `${c.arm} vs ${c.baseline} on ${c.metric}: not enough data (n=${c.nArm.toLocaleString('en-US')} vs ${c.nBaseline.toLocaleString('en-US')}; at least 2 outcomes per arm are needed)`;
  }
  const decimals = decimalsFor(test.ci[1] - test.diff, test.diff);
  const estimate = `${signed(test.diff, decimals)}, ${Math.round(level * 100)}% CI ${signed(test.ci[0], decimals)}..${signed(test.ci[1], decimals)}`;
  const word = c.direction === 'same' ? `no different from ${c.baseline}` : c.direction;
  return `${c.arm} ${word} on ${c.metric} (${estimate}), ${c.significant ? 'significant' : 'not significant'} at n=${n}`;
}

/**
 * Decimals for an estimate with a confidence half-width of `halfWidth`: the last digit shown is
 * between a twentieth and a half of the half-width (0.07 → 2 decimals, 0.5 → 1, 3 → 0).
 */
export function decimalsFor(halfWidth: number, value: number): number {
  const scale = (halfWidth > 0 && Number.isFinite(halfWidth) ? halfWidth : Math.abs(value)) / 2;
  if (!(scale > 0) || !Number.isFinite(scale)) return 2;
  return Math.min(10, Math.max(0, -Math.floor(Math.log10(scale))));
}

/** `+0.12` / `−0.05` (a real minus sign) / `0`. */
export function signed(value: number, decimals: number): string {
  const text = Math.abs(value).toFixed(decimals);
  if (Number(text) === 0) return text;
  return `${value < 0 ? '\u2212' : '+'}${text}`;
}

function mergeAccumulators(list: ReadonlyArray<Accumulator | undefined>): Accumulator {
  const present = list.filter((a): a is Accumulator => a !== undefined && a.n > 0);
  if (present.length === 1) return present[0] as Accumulator;
  return Accumulator.merge(present);
}

function compareVersions(a: string, b: string): number {
  const va = semver.valid(a);
  const vb = semver.valid(b);
  if (va !== null && vb !== null) return semver.compare(va, vb);
  if (va !== null) return -1;
  if (vb !== null) return 1;
  return a.localeCompare(b);
}
