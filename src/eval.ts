/**
 * `promptops/eval`: offline evaluation. Run prompt versions × models × cases, check the answers with
 * assertions, and compare each candidate with the baseline on the same cases (DESIGN section 12).
 * Node only (files, the disk cache); the provider SDKs `openai` and `@anthropic-ai/sdk` are optional
 * peers, imported when an eval needs them.
 *
 * @example
 * ```ts
 * import { evaluate } from 'promptops/eval';
 * const result = await evaluate('evals/greeting.eval.yaml');
 * console.log(result.runs.map((r) => `${r.version} on ${r.model}: ${r.passRate}`));
 * ```
 * @module
 */

export type { CachedAnswer, ResponseCache } from './eval/cache.js';
export { diskCache } from './eval/cache.js';
export { EvalConfigError, type EvalProblem } from './eval/errors.js';
export { type EvalProgress, type EvaluateOptions, evaluate } from './eval/evaluate.js';
export { renderEvalHtml } from './eval/html.js';
export type { ModelTarget } from './eval/models.js';
export type {
  EvalProvider,
  ModelAnswer,
  ProviderContext,
  ProviderFactory,
  RequestAdapter,
} from './eval/providers/index.js';
export { formatEvalTable } from './eval/table.js';
export type {
  AssertionResult,
  AssertionSpec,
  CaseResult,
  CaseRow,
  Comparison,
  EvalCase,
  EvalDefinition,
  EvalModelEntry,
  EvalModelSpec,
  EvalProviderName,
  EvalResult,
  ModelPricing,
  RunSummary,
} from './eval/types.js';
