/**
 * The result object of an eval from its answers: per version × model the pass rate (Wilson 95% CI), mean
 * score (Student-t 95% CI), per-assertion pass rates, latency percentiles, tokens and cost; per case the
 * answers side by side; and each candidate against the baseline on the same model, paired on the cases
 * both answered: McNemar on pass/fail (the verdict), Agresti–Min CI of the pass-rate difference, and a
 * seeded paired bootstrap on scores.
 * @module
 */

import {
  mcnemarTest,
  pairedBootstrap,
  pairedDifferenceInterval,
  quantile,
  summarize,
  wilsonInterval,
} from '../stats/index.js';
import type { PreparedEval, PreparedRun, PreparedUnit } from './prepare.js';
import { promptDiff } from './prompt-diff.js';
import type { CaseResult, CaseRow, Comparison, EvalResult, RunSummary } from './types.js';

/** Significance level of verdicts. */
export const ALPHA = 0.05;

/** Build the result object. */
export function summarizeEval(
  prepared: PreparedEval,
  results: ReadonlyMap<PreparedUnit, CaseResult>,
  calls: { made: number; cached: number },
  interrupted: boolean,
): EvalResult {
  const byRun = new Map<PreparedRun, Array<{ unit: PreparedUnit; result: CaseResult }>>();
  for (const run of prepared.runs) byRun.set(run, []);
  const rows = new Map<number, CaseRow>();
  for (const c of prepared.cases) rows.set(c.index, { index: c.index, vars: c.vars, results: [] });
  for (const unit of prepared.units) {
    const result = results.get(unit);
    if (result === undefined) continue;
    byRun.get(unit.run)?.push({ unit, result });
    rows.get(unit.case.index)?.results.push(result);
  }
  const runs = prepared.runs.map((run) =>
    runSummary(
      run,
      (byRun.get(run) ?? []).map((x) => x.result),
    ),
  );
  const baseline = prepared.versions[0];
  const comparisons: Comparison[] = [];
  if (baseline !== undefined) {
    const ownModels = prepared.runs.every((r) => !r.target.explicit);
    const baseRuns = prepared.runs.filter((r) => r.version === baseline);
    for (const run of prepared.runs) {
      if (run.version === baseline) continue;
      const base = ownModels ? baseRuns[0] : baseRuns.find((b) => b.target.id === run.target.id);
      if (base === undefined) continue;
      comparisons.push(compare(base, run, byRun));
    }
  }
  return {
    ...(prepared.file === undefined ? {} : { file: prepared.file }),
    prompt: prepared.prompt,
    baseline: baseline?.record.version ?? '',
    runs,
    cases: [...rows.values()],
    comparisons,
    calls: { made: calls.made, cached: calls.cached },
    interrupted,
  };
}

function runSummary(run: PreparedRun, results: readonly CaseResult[]): RunSummary {
  const n = results.length;
  const passed = results.filter((r) => r.pass).length;
  const errors = results.filter((r) => r.error !== undefined).length;
  const scores = summarize(results.map((r) => r.score));
  const latencies = results.flatMap((r) => (r.latencyMs === undefined ? [] : [r.latencyMs]));
  const answered = results.filter((r) => r.error === undefined);
  const assertions: Record<string, { passRate: number; count: number }> = {};
  const tally = new Map<string, { pass: number; count: number }>();
  for (const r of results) {
    for (const a of r.assertions) {
      const t = tally.get(a.type) ?? { pass: 0, count: 0 };
      t.count++;
      if (a.pass) t.pass++;
      tally.set(a.type, t);
    }
  }
  for (const [type, t] of tally) assertions[type] = { passRate: t.pass / t.count, count: t.count };
  const costKnown = answered.length > 0 && answered.every((r) => r.costUsd !== undefined);
  return {
    version: run.version.record.version,
    selector: run.version.selector,
    model: run.target.id,
    cases: n,
    passed,
    passRate: n === 0 ? 0 : passed / n,
    passRateCi95: n === 0 ? [0, 0] : wilsonInterval(passed, n),
    meanScore: n === 0 ? 0 : scores.mean,
    // Scores live in 0..1: the Student-t interval is clamped to it.
    scoreCi95: n < 2 ? [scores.mean || 0, scores.mean || 0] : [Math.max(0, scores.ci[0]), Math.min(1, scores.ci[1])],
    errors,
    assertions,
    latencyMs: { p50: round(quantile(latencies, 0.5)), p95: round(quantile(latencies, 0.95)) },
    inputTokens: answered.reduce((s, r) => s + (r.inputTokens ?? 0), 0),
    outputTokens: answered.reduce((s, r) => s + (r.outputTokens ?? 0), 0),
    ...(costKnown ? { costUsd: answered.reduce((s, r) => s + (r.costUsd as number), 0) } : {}),
  };
}

function compare(
  base: PreparedRun,
  cand: PreparedRun,
  byRun: ReadonlyMap<PreparedRun, Array<{ unit: PreparedUnit; result: CaseResult }>>,
): Comparison {
  const keyOf = (u: PreparedUnit) => `${u.case.index}:${u.repeat}`;
  const baseBy = new Map((byRun.get(base) ?? []).map((x) => [keyOf(x.unit), x.result]));
  const a: CaseResult[] = [];
  const b: CaseResult[] = [];
  for (const { unit, result } of byRun.get(cand) ?? []) {
    const other = baseBy.get(keyOf(unit));
    if (other === undefined || other.error !== undefined || result.error !== undefined) continue;
    a.push(other);
    b.push(result);
  }
  const passA = a.map((r) => r.pass);
  const passB = b.map((r) => r.pass);
  const n = a.length;
  const rate = (xs: boolean[]) => (n === 0 ? 0 : xs.filter(Boolean).length / n);
  const passRateDelta = rate(passB) - rate(passA);
  const test = mcnemarTest(passA, passB);
  const boot = pairedBootstrap(
    a.map((r) => r.score),
    b.map((r) => r.score),
    { seed: 1 },
  );
  const verdict: Comparison['verdict'] =
    n > 0 && test.p < ALPHA
      ? passRateDelta > 0
        ? 'better'
        : passRateDelta < 0
          ? 'worse'
          : 'no-difference'
      : 'no-difference';
  return {
    model: cand.target.id,
    baseline: base.version.record.version,
    candidate: cand.version.record.version,
    pairs: n,
    passRateDelta,
    ci95: n === 0 ? [0, 0] : pairedDifferenceInterval(passA, passB),
    pValue: test.p,
    scoreDelta: n === 0 ? 0 : boot.diff,
    scoreCi95: n === 0 ? [0, 0] : boot.ci,
    scorePValue: boot.p,
    verdict,
    diff: promptDiff(base.version.record, cand.version.record),
  };
}

function round(v: number): number {
  return Number.isFinite(v) ? Math.round(v * 10) / 10 : 0;
}
