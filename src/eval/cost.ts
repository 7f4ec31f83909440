/**
 * The cost of one answer: from the eval model's `pricing`, else the record's `model.pricing`, else the
 * maintained price table (`@pydantic/genai-prices`, by provider and model id). For a model none of these
 * knows, the cost is unknown (absent), never guessed. The arithmetic and the price-table lookup are the
 * ones `recordUsage` uses on Node (`client/usage.ts`, `genaiPrices`), so an eval and a production usage event price a call alike.
 * @module
 */

import { costFromPriceTable } from '../client/genai-prices.js';
import { costFromPricing } from '../client/usage.js';
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
export async function costOf(
  usage: TokenUsage,
  pricing: ModelPricing | undefined,
  model: PricedModel,
): Promise<number | undefined> {
  if (usage.inputTokens === undefined || usage.outputTokens === undefined) return undefined;
  const tokens = {
    inputTokens: usage.inputTokens,
    outputTokens: usage.outputTokens,
    ...(usage.cachedInputTokens !== undefined && usage.cachedInputTokens > 0
      ? { cachedInputTokens: usage.cachedInputTokens }
      : {}),
  };
  if (pricing !== undefined) return costFromPricing(tokens, pricing);
  return costFromPriceTable(tokens, model.name, model.provider === 'custom' ? undefined : model.provider);
}
