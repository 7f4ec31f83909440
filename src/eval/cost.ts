/**
 * The cost of one answer: from the eval model's `pricing`, else the record's `model.pricing`, else the
 * maintained price table of `@pydantic/genai-prices` (by provider and model id). For a model none of these
 * knows, the cost is unknown (absent), never guessed.
 * @module
 */

import { calcPrice } from '@pydantic/genai-prices';
import type { ModelPricing } from './types.js';

/** Tokens of one answer. `inputTokens` counts every input token, cached ones included. */
export interface TokenUsage {
  inputTokens?: number;
  outputTokens?: number;
  cachedInputTokens?: number;
}

/** The model an answer came from, for the price table. */
export interface PricedModel {
  /** `'openai'`, `'anthropic'`, or `'custom'` (looked up by model id alone). */
  provider: string;
  name: string;
}

/** USD cost of `usage`; `undefined` when the price or the token counts are unknown. */
export function costOf(usage: TokenUsage, pricing: ModelPricing | undefined, model: PricedModel): number | undefined {
  if (usage.inputTokens === undefined || usage.outputTokens === undefined) return undefined;
  const cached = Math.min(usage.cachedInputTokens ?? 0, usage.inputTokens);
  if (pricing !== undefined) {
    const fresh = usage.inputTokens - cached;
    return (
      (fresh * pricing.inputPerMTok +
        cached * (pricing.cachedInputPerMTok ?? pricing.inputPerMTok) +
        usage.outputTokens * pricing.outputPerMTok) /
      1_000_000
    );
  }
  try {
    const price = calcPrice(
      {
        input_tokens: usage.inputTokens,
        output_tokens: usage.outputTokens,
        ...(cached > 0 ? { cache_read_tokens: cached } : {}),
      },
      model.name,
      model.provider === 'custom' ? {} : { providerId: model.provider },
    );
    return price === null ? undefined : price.total_price;
  } catch {
    return undefined;
  }
}
