/**
 * Everything an eval needs before its first model call, checked all at once: the prompt and each version,
 * the models and their providers (SDK installed, API key set), the cases and their variables against each
 * version's input schema, the assertions, the judge. Any problem is an {@link EvalConfigError} listing
 * every one with file, line and fix; no model has been called.
 * @module
 */

import { createPromptClient, type PromptClient } from '../client/client.js';
import type { Prompt } from '../client/prompt.js';
import type { PromptRecord } from '../engine/record.js';
import { isPromptOpsError, type PromptInputError } from '../errors.js';
import { memoryStore } from '../stores/memory.js';
import type { PromptStore } from '../stores/types.js';
import { type CompiledAssertion, compileAssertion, type Scorer, scorerPath } from './assertions/index.js';
import { loadScorer } from './assertions/js.js';
import { type SchemaCheck, schemaCheck } from './assertions/json-schema.js';
import { JUDGE_PROMPT } from './assertions/judge.js';
import { cacheKey } from './cache.js';
import { type LoadedCase, loadCases } from './datasets.js';
import { ProblemList } from './errors.js';
import type { EvalSource } from './eval-file.js';
import { checkDefinition } from './eval-file.js';
import { type ModelTarget, modelFromRecord, parseModelSpec } from './models.js';
import type { EvalProvider, ProviderContext, ProviderFactory } from './providers/types.js';
import type { AssertionSpec, EvalDefinition, EvalProviderName, ModelPricing } from './types.js';

/** One version of the eval, loaded. */
export interface PreparedVersion {
  /** The selector as written. */
  readonly selector: string;
  readonly prompt: Prompt;
  readonly record: PromptRecord;
  /** The check of its `output.schema`, when it has one. */
  readonly outputCheck?: SchemaCheck;
}

/** One version on one model. */
export interface PreparedRun {
  readonly version: PreparedVersion;
  readonly target: ModelTarget;
  readonly provider: EvalProvider;
  /** Prices for cost: the eval's, else the record's. */
  readonly pricing?: ModelPricing;
}

/** One model call to make: a case, a repeat, a run, and the request built for it. */
export interface PreparedUnit {
  readonly run: PreparedRun;
  readonly case: LoadedCase;
  readonly repeat: number;
  readonly request: unknown;
  /** The response cache key. */
  readonly key: string;
  /** File-level assertions, then the case's own. */
  readonly assertions: readonly CompiledAssertion[];
}

/** The judge of `judge` assertions. */
export interface PreparedJudge {
  readonly target: ModelTarget;
  readonly provider: EvalProvider;
  readonly prompt: Prompt;
}

/** An eval ready to run. */
export interface PreparedEval {
  readonly file?: string;
  readonly prompt: string;
  readonly versions: readonly PreparedVersion[];
  readonly runs: readonly PreparedRun[];
  readonly cases: readonly LoadedCase[];
  /** In run order: case by case, repeat by repeat, each run of the case side by side. */
  readonly units: readonly PreparedUnit[];
  readonly judge?: PreparedJudge;
  readonly repeat: number;
}

/** What {@link prepareEval} needs. */
export interface PrepareOptions {
  readonly store: PromptStore;
  readonly cwd: string;
  readonly providers: Readonly<Record<EvalProviderName, ProviderFactory>>;
  readonly providerContext: Omit<ProviderContext, 'dir'>;
  /** Overrides the eval's `repeat`. */
  readonly repeat?: number;
}

/** The default `maxTokens` of an Anthropic judge without one. */
const JUDGE_MAX_TOKENS = 512;

/** Load and check an eval. @throws {EvalConfigError} with every problem found */
export async function prepareEval(raw: unknown, source: EvalSource, options: PrepareOptions): Promise<PreparedEval> {
  const problems = new ProblemList();
  const at = (path: (string | number)[], message: string) => problems.add(source.file, source.lineOf(path), message);
  const def = checkDefinition(raw, source, problems);
  if (def === undefined) {
    return problems.fail();
  }
  const repeat = options.repeat ?? def.repeat ?? 1;
  const context: ProviderContext = { ...options.providerContext, dir: source.dir };

  const client = createPromptClient({ store: options.store, cache: false });
  try {
    const versions = await loadVersions(client, def, at);
    const cases = await loadCases(def.cases, source, problems, options.cwd);

    // Models: the eval's, else each version's own.
    const explicit: ModelTarget[] = [];
    (def.models ?? []).forEach((spec, i) => {
      const target = parseModelSpec(spec);
      if (typeof target === 'string') at(['models', i], target);
      else explicit.push(target);
    });
    const pairs: Array<{ version: PreparedVersion; target: ModelTarget; line: (string | number)[] }> = [];
    versions.forEach((version, i) => {
      if (def.models !== undefined) {
        explicit.forEach((target, m) => {
          pairs.push({ version, target, line: ['models', m] });
        });
        return;
      }
      const own = modelFromRecord(version.record.model);
      if (own === undefined) {
        at(
          ['versions', i],
          `${def.prompt}@${version.record.version} has no model: add "models:" to the eval (e.g. models: [openai:gpt-4o-mini]) or a model to the prompt`,
        );
      } else {
        pairs.push({ version, target: own, line: ['versions', i] });
      }
    });

    // Assertions: js scorers first (they load asynchronously), then every assertion.
    const scorers = new Map<string, Scorer>();
    const failed = new Set<string>();
    const where = (spec: AssertionSpec): [string, number | undefined] => {
      const index = (def.expect ?? []).indexOf(spec);
      if (index >= 0) return [source.file, source.lineOf(['expect', index])];
      const c = cases.find((x) => x.expect.includes(spec));
      return [c?.file ?? source.file, c?.line];
    };
    for (const spec of [...(def.expect ?? []), ...cases.flatMap((c) => c.expect)]) {
      const path = scorerPath(spec, source.dir);
      if (path === undefined || scorers.has(path) || failed.has(path)) continue;
      const scorer = await loadScorer(path);
      if (typeof scorer !== 'string') scorers.set(path, scorer);
      else {
        failed.add(path);
        problems.add(...where(spec), `${scorer} (${path})`);
      }
    }
    const compile = (spec: AssertionSpec, prefix: string): CompiledAssertion | undefined => {
      const path = scorerPath(spec, source.dir);
      if (path !== undefined && failed.has(path)) return undefined;
      const compiled = compileAssertion(spec, { dir: source.dir, scorers });
      if (typeof compiled !== 'string') return compiled;
      problems.add(...where(spec), `${prefix}${compiled}`);
      return undefined;
    };
    const fileAssertions = (def.expect ?? []).flatMap((spec) => compile(spec, '') ?? []);
    const caseAssertions = new Map<LoadedCase, CompiledAssertion[]>();
    for (const c of cases) {
      caseAssertions.set(
        c,
        c.expect.flatMap((spec, i) => compile(spec, `case ${c.index}, expect[${i}]: `) ?? []),
      );
    }
    const all = [...fileAssertions, ...[...caseAssertions.values()].flat()];

    // json-schema: true needs each version's output schema.
    if (all.some((a) => a.type === 'json-schema')) {
      versions.forEach((v, i) => {
        const schema = v.record.output?.schema;
        if (schema === undefined) return;
        try {
          (v as { outputCheck?: SchemaCheck }).outputCheck = schemaCheck(schema);
        } catch (error) {
          at(
            ['versions', i],
            `the output schema of ${def.prompt}@${v.record.version} is invalid: ${(error as Error).message}`,
          );
        }
      });
    }

    // Providers, one per model (the SDK loaded, the key present), made once.
    const providerOf = new Map<string, EvalProvider | string>();
    const makeProvider = async (target: ModelTarget): Promise<EvalProvider | string> => {
      const cacheId = `${target.id}|${target.entry.baseUrl ?? ''}|${target.entry.apiKeyEnv ?? ''}|${JSON.stringify(target.entry)}`;
      let provider = providerOf.get(cacheId);
      if (provider === undefined) {
        provider = await options.providers[target.provider](target, context);
        providerOf.set(cacheId, provider);
      }
      return provider;
    };
    const runs: PreparedRun[] = [];
    const reported = new Set<string>();
    for (const pair of pairs) {
      const provider = await makeProvider(pair.target);
      if (typeof provider === 'string') {
        if (!reported.has(provider)) at(pair.line, provider);
        reported.add(provider);
        continue;
      }
      // The record's pricing is for the record's model: it applies only when the eval runs that model.
      const own = modelFromRecord(pair.version.record.model);
      const pricing =
        pair.target.entry.pricing ??
        (own?.name === pair.target.name ? pricingOf(pair.version.record.model) : undefined);
      runs.push({
        version: pair.version,
        target: pair.target,
        provider,
        ...(pricing === undefined ? {} : { pricing }),
      });
    }

    // The judge.
    let judge: PreparedJudge | undefined;
    if (all.some((a) => a.usesModel)) {
      if (def.judge === undefined) {
        const i = (def.expect ?? []).findIndex((s) => 'judge' in s);
        at(
          i >= 0 ? ['expect', i] : ['cases'],
          'a judge assertion needs the judge\'s model: add e.g. "judge: openai:gpt-4o-mini" to the eval',
        );
      } else {
        const parsed = parseModelSpec(def.judge);
        if (typeof parsed === 'string') at(['judge'], parsed);
        else {
          const target =
            parsed.provider === 'anthropic' && parsed.entry.maxTokens === undefined
              ? { ...parsed, entry: { ...parsed.entry, maxTokens: JUDGE_MAX_TOKENS } }
              : parsed;
          const provider = await makeProvider(target);
          if (typeof provider === 'string') at(['judge'], provider);
          else {
            const judgeClient = createPromptClient({ store: memoryStore([JUDGE_PROMPT]), cache: false });
            const prompt = await judgeClient.getPrompt(`${JUDGE_PROMPT.name}@${JUDGE_PROMPT.version}`);
            await judgeClient.close();
            judge = { target, provider, prompt };
          }
        }
      }
    }

    // Every request, built now: a case that does not fit a version's input schema is reported here.
    const units: PreparedUnit[] = [];
    const requests = new Map<string, unknown>();
    // A variable that some version of the eval declares but this one does not is left out for this one
    // (versions may differ in their inputs); a variable no version declares stays, and fails as unknown.
    const declared = new Set(versions.flatMap((v) => v.prompt.variables));
    const varsFor = (version: PreparedVersion, vars: Record<string, unknown>): Record<string, unknown> => {
      const own = new Set(version.prompt.variables);
      return Object.fromEntries(Object.entries(vars).filter(([k]) => own.has(k) || !declared.has(k)));
    };
    for (const run of runs) {
      for (const c of cases) {
        try {
          const vars = varsFor(run.version, c.vars);
          requests.set(
            `${runs.indexOf(run)}:${c.index}`,
            run.provider.buildRequest(run.version.prompt, vars, c.placeholders),
          );
        } catch (error) {
          problems.add(c.file, c.line, caseProblem(error, c, def.prompt, run));
        }
      }
    }
    problems.throwIfAny();
    for (const c of cases) {
      for (let r = 0; r < repeat; r++) {
        runs.forEach((run, i) => {
          const request = requests.get(`${i}:${c.index}`);
          units.push({
            run,
            case: c,
            repeat: r,
            request,
            key: cacheKey({ provider: run.target.provider, model: run.target.name, request, repeat: r }),
            assertions: [...fileAssertions, ...(caseAssertions.get(c) ?? [])],
          });
        });
      }
    }
    return {
      ...(source.file === '<definition>' ? {} : { file: source.file }),
      prompt: def.prompt,
      versions,
      runs,
      cases,
      units,
      ...(judge === undefined ? {} : { judge }),
      repeat,
    };
  } finally {
    await client.close();
  }
}

async function loadVersions(
  client: PromptClient,
  def: EvalDefinition,
  at: (path: (string | number)[], message: string) => void,
): Promise<PreparedVersion[]> {
  const out: PreparedVersion[] = [];
  for (const [i, selector] of def.versions.entries()) {
    try {
      const prompt = await client.getPrompt(`${def.prompt}@${selector}`);
      out.push({ selector, prompt, record: prompt.toJSON() });
    } catch (error) {
      if (isPromptOpsError(error, 'PROMPT_NOT_FOUND')) {
        at(['prompt'], `${error.message.replace(/\.$/, '')}`);
        return out;
      }
      if (isPromptOpsError(error, 'VERSION_NOT_FOUND')) at(['versions', i], error.message);
      else if (isPromptOpsError(error))
        at(['versions', i], `${def.prompt}@${selector} cannot be loaded: ${error.message}`);
      else throw error;
    }
  }
  return out;
}

function caseProblem(error: unknown, c: LoadedCase, prompt: string, run: PreparedRun): string {
  const at = `${prompt}@${run.version.record.version}`;
  if (isPromptOpsError(error) && error.code === 'PROMPT_INPUT') {
    const issues = (error as PromptInputError).issues
      .map((i) => `${i.path.length > 0 ? i.path.join('.') : '(vars)'}: ${i.message}`)
      .join('; ');
    return `case ${c.index} does not fit the input of ${at}: ${issues}. Fix the case's vars, or give the prompt a default`;
  }
  if (isPromptOpsError(error))
    return `case ${c.index}: the request for ${at} on ${run.target.id} cannot be built: ${error.message}`;
  return `case ${c.index}: the request for ${at} on ${run.target.id} cannot be built: ${(error as Error).message}`;
}

function pricingOf(model: unknown): ModelPricing | undefined {
  const pricing = (model as { pricing?: unknown } | null | undefined)?.pricing;
  if (pricing === null || typeof pricing !== 'object') return undefined;
  const p = pricing as Record<string, unknown>;
  return typeof p.inputPerMTok === 'number' && typeof p.outputPerMTok === 'number'
    ? (p as unknown as ModelPricing)
    : undefined;
}
