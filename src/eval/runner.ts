/**
 * Running a prepared eval: every unit (a case, a repeat, a version on a model) at most `concurrency` at a
 * time, answers from the disk cache when it has them, assertions checked as answers arrive. A failed
 * model call is that unit's error and the run goes on; when `signal` aborts, no new unit starts, the
 * calls in flight are cancelled, and the units that finished are kept.
 * @module
 */

import type { Answer, AssertionServices } from './assertions/index.js';
import { parseJudgeReply } from './assertions/judge.js';
import { type CachedAnswer, cacheKey, type ResponseCache } from './cache.js';
import { costOf } from './cost.js';
import type { PreparedEval, PreparedUnit } from './prepare.js';
import type { EvalProvider } from './providers/types.js';
import type { AssertionResult, CaseResult } from './types.js';

/** Options of {@link runUnits}. */
export interface RunUnitsOptions {
  /** Most units (and so most model calls) in flight at once. */
  readonly concurrency: number;
  readonly cache: ResponseCache;
  /** Counters: `cached` is bumped here, `made` by the providers. */
  readonly calls: { made: number; cached: number };
  /** Milliseconds from an arbitrary origin, for latency. */
  readonly now: () => number;
  readonly signal?: AbortSignal;
  /** Called after each unit finishes. */
  readonly onUnit?: (result: CaseResult, unit: PreparedUnit, done: number, total: number) => void;
}

/** What {@link runUnits} resolves to. */
export interface UnitsOutcome {
  /** Results by unit, for the units that finished. */
  readonly results: Map<PreparedUnit, CaseResult>;
  /** `true` when the signal stopped the run before every unit finished. */
  readonly interrupted: boolean;
}

/** Run every unit of `prepared`. */
export async function runUnits(prepared: PreparedEval, options: RunUnitsOptions): Promise<UnitsOutcome> {
  const units = prepared.units;
  const results = new Map<PreparedUnit, CaseResult>();
  const controller = new AbortController();
  const outer = options.signal;
  const onAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) controller.abort(outer.reason);
  else outer?.addEventListener('abort', onAbort, { once: true });
  const signal = controller.signal;
  const services = makeServices(prepared, options, signal);

  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < units.length && !signal.aborted) {
      const unit = units[next++] as PreparedUnit;
      const result = await runUnit(unit, options, services, signal);
      if (result === undefined) continue; // cancelled mid-call: not a result
      results.set(unit, result);
      done++;
      options.onUnit?.(result, unit, done, units.length);
    }
  };
  try {
    const limit = Math.max(1, Math.min(options.concurrency, units.length));
    await Promise.all(Array.from({ length: limit }, worker));
  } finally {
    outer?.removeEventListener('abort', onAbort);
  }
  return { results, interrupted: results.size < units.length };
}

async function runUnit(
  unit: PreparedUnit,
  options: RunUnitsOptions,
  services: AssertionServices,
  signal: AbortSignal,
): Promise<CaseResult | undefined> {
  const { run } = unit;
  const base = { version: run.version.record.version, model: run.target.id, repeat: unit.repeat };
  let answer: CachedAnswer;
  let cached = false;
  try {
    const got = await call(run.provider, unit.request, unit.key, options, signal);
    answer = got.answer;
    cached = got.cached;
  } catch (error) {
    if (signal.aborted) return undefined;
    return { ...base, error: messageOf(error), pass: false, score: 0, assertions: [] };
  }
  const costUsd = await costOf(answer, run.pricing, run.target);
  const view: Answer = {
    output: answer.text,
    vars: unit.case.vars,
    index: unit.case.index,
    repeat: unit.repeat,
    version: base.version,
    model: base.model,
    latencyMs: answer.latencyMs,
    costUsd,
  };
  const assertions: AssertionResult[] = [];
  for (const assertion of unit.assertions) {
    try {
      assertions.push(await assertion.check(view, services));
    } catch (error) {
      assertions.push({ type: assertion.type, pass: false, score: 0, reason: messageOf(error) });
    }
    if (signal.aborted && assertion.usesModel) return undefined;
  }
  const pass = assertions.every((a) => a.pass);
  const score = assertions.length === 0 ? 1 : assertions.reduce((s, a) => s + a.score, 0) / assertions.length;
  return {
    ...base,
    output: answer.text,
    pass,
    score,
    latencyMs: answer.latencyMs,
    ...(answer.inputTokens === undefined ? {} : { inputTokens: answer.inputTokens }),
    ...(answer.outputTokens === undefined ? {} : { outputTokens: answer.outputTokens }),
    ...(costUsd === undefined ? {} : { costUsd }),
    ...(cached ? { cached: true } : {}),
    assertions,
  };
}

/** One model call through the cache. */
async function call(
  provider: EvalProvider,
  request: unknown,
  key: string,
  options: RunUnitsOptions,
  signal: AbortSignal,
): Promise<{ answer: CachedAnswer; cached: boolean }> {
  const hit = await options.cache.get(key);
  if (hit !== undefined) {
    options.calls.cached++;
    return { answer: hit, cached: true };
  }
  const started = options.now();
  const got = await provider.send(request, signal);
  const answer: CachedAnswer = { ...got, latencyMs: Math.max(0, options.now() - started) };
  try {
    await options.cache.set(key, answer);
  } catch {
    // A cache that cannot be written costs a re-run its calls, nothing else.
  }
  return { answer, cached: false };
}

function makeServices(prepared: PreparedEval, options: RunUnitsOptions, signal: AbortSignal): AssertionServices {
  const checks = new Map(prepared.versions.map((v) => [v.record.version, v.outputCheck]));
  return {
    signal,
    outputSchema: (version) => checks.get(version),
    async judge(criteria, answer, judgeSignal) {
      const judge = prepared.judge;
      if (judge === undefined) throw new Error('no judge model: add "judge:" to the eval');
      const request = judge.provider.buildRequest(judge.prompt, { criteria, output: answer.output }, {});
      const key = cacheKey({
        provider: judge.target.provider,
        model: judge.target.name,
        request,
        repeat: answer.repeat,
      });
      const { answer: reply } = await call(judge.provider, request, key, options, judgeSignal);
      const verdict = parseJudgeReply(reply.text);
      if (verdict === undefined) {
        throw new Error(`the judge's reply is not a score: ${JSON.stringify(reply.text.slice(0, 120))}`);
      }
      return verdict;
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
