/**
 * The `prices` client option's contract: where `recordUsage` finds the cost of a call whose prompt has
 * no `model.pricing`. The core ships no price data (the browser bundle stays small); the Node entry
 * uses `genaiPrices` (`promptops/prices`) by default, and any runtime can pass it or its own source.
 * @module
 */

/** One model call to price: its tokens, the model that answered and, when the prompt names it, the provider. */
export interface PricedCall {
  /** The model id to look up (the answering model, else the prompt's model name). */
  model: string;
  /** The provider of the prompt's model config (`'openai'`, `'anthropic'`…), when it names one. */
  provider?: string;
  /** Every input token, cached ones included. */
  inputTokens: number;
  outputTokens: number;
  /** The part of `inputTokens` read from the provider's prompt cache. */
  cachedInputTokens?: number;
  /** The part of `inputTokens` written to the provider's prompt cache (Anthropic, AI SDK). */
  cacheWriteTokens?: number;
  /** The part of `outputTokens` spent on reasoning. */
  reasoningTokens?: number;
}

/**
 * A price table for the `prices` client option: `genaiPrices` from `promptops/prices`, or your own.
 *
 * @example
 * ```ts
 * const prices: PriceSource = {
 *   name: 'our-contract-prices',
 *   costUsd: (call) => (call.model === 'acme-llm' ? (call.inputTokens * 2 + call.outputTokens * 8) / 1e6 : undefined),
 * };
 * ```
 */
export interface PriceSource {
  /** What the prices come from, for messages (e.g. `'@pydantic/genai-prices'`). */
  readonly name: string;
  /**
   * The cost of `call` in USD, or `undefined` for a model the source does not know (the `usage` event then
   * has no `costUsd`: never a guess). May be async, e.g. to load its data on first use. A throw or a
   * rejection counts as `undefined`.
   */
  costUsd(call: PricedCall): number | undefined | Promise<number | undefined>;
}
