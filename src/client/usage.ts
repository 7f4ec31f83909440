/**
 * Usage and cost of a model call made with a prompt: the `usage` event of `prompts.recordUsage()`.
 * Takes what the SDKs return (an OpenAI chat or Responses result, an Anthropic message, an AI SDK
 * result or its `usage`) or plain `{ model?, inputTokens, outputTokens, cachedInputTokens?,
 * reasoningTokens? }`. The cost comes from the prompt's `model.pricing`, else from the client's `prices`
 * source (`PriceSource`: on Node `genaiPrices` of `promptops/prices` by default; none elsewhere unless the app
 * passes one, so the core bundle carries no price data); a model neither knows gets no cost, never a guess.
 * See DESIGN.md section 11.
 * @module
 */
import type { ModelConfig } from '../engine/record.js';
import { ConfigError } from '../errors.js';
import type { UsageEvent } from '../telemetry/events.js';
import type { PricedCall, PriceSource } from './price-source.js';

/** Plain usage, for SDKs promptops does not read. */
export interface UsageInput {
  /** The model that answered. */
  model?: string;
  /** Every input token, cached ones included. */
  inputTokens: number;
  outputTokens: number;
  /** The cached part of `inputTokens`. */
  cachedInputTokens?: number;
  /** The reasoning part of `outputTokens`. */
  reasoningTokens?: number;
}

/** Options of `recordUsage`. */
export interface RecordUsageOptions {
  /** How long the model call took, in milliseconds. @default not recorded */
  latencyMs?: number;
  /**
   * The model the call asked for, when it is not the prompt's (a per-call override): the event's
   * `requestModel` and OpenTelemetry's `gen_ai.request.model`.
   * @default the prompt's `model.name`
   */
  requestModel?: string;
}

/** Usage read from a response, before cost. */
export interface NormalizedUsage extends UsageInput {
  /** Input tokens written to the provider's prompt cache (Anthropic, AI SDK), part of `inputTokens`. */
  cacheWriteTokens?: number;
}

/** What a usage event is about: a prompt from `getPrompt`. */
export interface UsagePrompt {
  readonly name: string;
  readonly version: string;
  readonly hash: string;
  readonly variant?: string;
  readonly model: string | ModelConfig | undefined;
}

type Data = Record<string, unknown>;

const isData = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * Read the tokens of a model call from what an SDK returned.
 * @throws {ConfigError} when the value is none of the accepted shapes
 */
export function normalizeUsage(value: unknown): NormalizedUsage {
  if (isData(value)) {
    // AI SDK result (generateText / streamText after awaiting): totalUsage covers every step.
    const aiUsage = isData(value.totalUsage) ? value.totalUsage : isData(value.usage) ? value.usage : undefined;
    if (aiUsage !== undefined && 'inputTokens' in aiUsage) {
      const response = isData(value.response) ? value.response : {};
      return withModel(fromTokenCounts(aiUsage), text(response.modelId));
    }
    if ('inputTokens' in value || 'outputTokens' in value) return fromTokenCounts(value);
    const usage = isData(value.usage) ? value.usage : value;
    const model = text(value.model);
    if ('prompt_tokens' in usage || 'completion_tokens' in usage) {
      // OpenAI Chat Completions: prompt_tokens counts cached tokens too.
      const details = isData(usage.prompt_tokens_details) ? usage.prompt_tokens_details : {};
      const out = isData(usage.completion_tokens_details) ? usage.completion_tokens_details : {};
      return withModel(
        compact({
          inputTokens: count(usage.prompt_tokens) ?? 0,
          outputTokens: count(usage.completion_tokens) ?? 0,
          cachedInputTokens: count(details.cached_tokens),
          reasoningTokens: count(out.reasoning_tokens),
        }),
        model,
      );
    }
    if ('input_tokens' in usage) {
      if ('cache_read_input_tokens' in usage || 'cache_creation_input_tokens' in usage || value.type === 'message') {
        // Anthropic: input_tokens counts only the uncached input.
        const read = count(usage.cache_read_input_tokens) ?? 0;
        const write = count(usage.cache_creation_input_tokens) ?? 0;
        const details = isData(usage.output_tokens_details) ? usage.output_tokens_details : {};
        return withModel(
          compact({
            inputTokens: (count(usage.input_tokens) ?? 0) + read + write,
            outputTokens: count(usage.output_tokens) ?? 0,
            cachedInputTokens: read > 0 ? read : undefined,
            cacheWriteTokens: write > 0 ? write : undefined,
            reasoningTokens: count(details.thinking_tokens),
          }),
          model,
        );
      }
      // OpenAI Responses: input_tokens counts cached tokens too.
      const details = isData(usage.input_tokens_details) ? usage.input_tokens_details : {};
      const out = isData(usage.output_tokens_details) ? usage.output_tokens_details : {};
      return withModel(
        compact({
          inputTokens: count(usage.input_tokens) ?? 0,
          outputTokens: count(usage.output_tokens) ?? 0,
          cachedInputTokens: count(details.cached_tokens),
          reasoningTokens: count(out.reasoning_tokens),
        }),
        model,
      );
    }
  }
  throw new ConfigError(
    'recordUsage needs an OpenAI chat or Responses result, an Anthropic message, an AI SDK result (or its usage), ' +
      'or { model?, inputTokens, outputTokens, cachedInputTokens?, reasoningTokens? }',
    { option: 'usage' },
  );
}

/** promptops' own shape, which is also the AI SDK's `LanguageModelUsage`. */
function fromTokenCounts(usage: Data): NormalizedUsage {
  const inDetails = isData(usage.inputTokenDetails) ? usage.inputTokenDetails : {};
  const outDetails = isData(usage.outputTokenDetails) ? usage.outputTokenDetails : {};
  return compact({
    model: text(usage.model),
    inputTokens: count(usage.inputTokens) ?? 0,
    outputTokens: count(usage.outputTokens) ?? 0,
    cachedInputTokens: count(inDetails.cacheReadTokens) ?? count(usage.cachedInputTokens),
    cacheWriteTokens: count(inDetails.cacheWriteTokens),
    reasoningTokens: count(outDetails.reasoningTokens) ?? count(usage.reasoningTokens),
  });
}

function withModel(usage: NormalizedUsage, model: string | undefined): NormalizedUsage {
  return model === undefined || usage.model !== undefined ? usage : { model, ...usage };
}

/** The call as a price source sees it. */
function pricedCall(tokens: NormalizedUsage, model: string, provider: string | undefined): PricedCall {
  const { model: _answered, ...counts } = tokens;
  return provider === undefined ? { ...counts, model } : { ...counts, model, provider };
}

function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

/** USD of a call from explicit prices per million tokens (cached input at its own price when given). */
export function costFromPricing(usage: NormalizedUsage, pricing: NonNullable<ModelConfig['pricing']>): number {
  const cached = Math.min(usage.cachedInputTokens ?? 0, usage.inputTokens);
  const cachedPrice = pricing.cachedInputPerMTok ?? pricing.inputPerMTok;
  return (
    ((usage.inputTokens - cached) * pricing.inputPerMTok +
      cached * cachedPrice +
      usage.outputTokens * pricing.outputPerMTok) /
    1_000_000
  );
}

/** What the price source gives for `call`; `undefined` when it does not know the model, throws or rejects. */
async function costFromSource(source: PriceSource, call: PricedCall): Promise<number | undefined> {
  if (call.model === '') return undefined;
  try {
    const cost = await source.costUsd(call);
    return typeof cost === 'number' && Number.isFinite(cost) && cost >= 0 ? cost : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The `usage` event of a model call made with `prompt`. The cost comes from the prompt's `model.pricing`,
 * else from `prices` (the client's `prices` option); with neither, or for a model `prices` does not know,
 * the event has no `costUsd`.
 * @throws {ConfigError} when `usage` is none of the accepted shapes, or `latencyMs` is not a number ≥ 0
 */
export async function usageEvent(
  prompt: UsagePrompt,
  usage: unknown,
  options: RecordUsageOptions = {},
  prices?: PriceSource,
): Promise<UsageEvent> {
  if (typeof prompt?.name !== 'string' || typeof prompt.version !== 'string') {
    throw new ConfigError('must be a prompt from getPrompt()', { option: 'prompt' });
  }
  const latency = options.latencyMs;
  if (latency !== undefined && count(latency) === undefined) {
    throw new ConfigError(`must be a number of milliseconds ≥ 0, got ${String(latency)}`, { option: 'latencyMs' });
  }
  if (options.requestModel !== undefined && typeof options.requestModel !== 'string') {
    throw new ConfigError(`must be a model name string, got ${typeof options.requestModel}`, {
      option: 'requestModel',
    });
  }
  const tokens = normalizeUsage(usage);
  const config: ModelConfig | undefined =
    typeof prompt.model === 'string' ? { name: prompt.model } : (prompt.model ?? undefined);
  const model = tokens.model ?? config?.name ?? '';
  const event: UsageEvent = {
    type: 'usage',
    name: prompt.name,
    version: prompt.version,
    hash: prompt.hash,
    model,
    inputTokens: tokens.inputTokens,
    outputTokens: tokens.outputTokens,
  };
  const requestModel = text(options.requestModel) ?? config?.name;
  if (requestModel !== undefined && requestModel !== '') event.requestModel = requestModel;
  if (tokens.model !== undefined && tokens.model !== '') event.responseModel = tokens.model;
  if (prompt.variant !== undefined) event.variant = prompt.variant;
  if (tokens.cachedInputTokens !== undefined) event.cachedInputTokens = tokens.cachedInputTokens;
  if (tokens.reasoningTokens !== undefined) event.reasoningTokens = tokens.reasoningTokens;
  const cost =
    config?.pricing !== undefined
      ? costFromPricing(tokens, config.pricing)
      : prices === undefined
        ? undefined
        : await costFromSource(prices, pricedCall(tokens, model, config?.provider));
  if (cost !== undefined) event.costUsd = cost;
  if (latency !== undefined) event.latencyMs = latency;
  return event;
}
