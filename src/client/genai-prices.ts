/**
 * `genaiPrices`: the maintained price table of `@pydantic/genai-prices` as a {@link PriceSource}. Its
 * bundled data only (it never fetches prices at run time unless the application calls the package's own
 * `updatePrices`), loaded with `import()` on the first call it prices, so neither import time nor a bundle
 * that does not price pays for it. The Node entry's client uses it by default; elsewhere pass it as
 * `createPromptClient({ prices: genaiPrices })` (from `promptops/prices`).
 * @module
 */
import type { PricedCall, PriceSource } from './price-source.js';

type CalcPrice = typeof import('@pydantic/genai-prices').calcPrice;
let priceTable: Promise<CalcPrice | undefined> | undefined;

/** `calcPrice` of @pydantic/genai-prices, loaded once; `undefined` when it cannot be loaded. */
function loadPriceTable(): Promise<CalcPrice | undefined> {
  priceTable ??= import('@pydantic/genai-prices').then(
    (module) => module.calcPrice,
    () => undefined,
  );
  return priceTable;
}

/**
 * USD of a call from the price table of `@pydantic/genai-prices`, or `undefined` for a model it does not know.
 * @param usage - the tokens of the call
 * @param model - the model id
 * @param provider - the provider id (`'openai'`, `'anthropic'`…); `undefined` matches by model id alone
 */
export async function costFromPriceTable(
  usage: Omit<PricedCall, 'model' | 'provider'>,
  model: string,
  provider: string | undefined,
): Promise<number | undefined> {
  if (model === '') return undefined;
  const calcPrice = await loadPriceTable();
  if (calcPrice === undefined) return undefined;
  try {
    const tokens: Parameters<CalcPrice>[0] = { input_tokens: usage.inputTokens, output_tokens: usage.outputTokens };
    if (usage.cachedInputTokens !== undefined) tokens.cache_read_tokens = usage.cachedInputTokens;
    if (usage.cacheWriteTokens !== undefined) tokens.cache_write_tokens = usage.cacheWriteTokens;
    const result = calcPrice(tokens, model, provider === undefined ? undefined : { providerId: provider });
    const price = result?.total_price;
    return typeof price === 'number' && Number.isFinite(price) ? price : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The price table of [`@pydantic/genai-prices`](https://www.npmjs.com/package/@pydantic/genai-prices)
 * (about 77 kB min+gzip of data, loaded on the first call it prices; never fetched).
 *
 * @example
 * ```ts
 * import { createPromptClient, httpStore } from 'promptops';
 * import { genaiPrices } from 'promptops/prices';
 *
 * const prompts = createPromptClient({ store: httpStore({ url }), prices: genaiPrices });
 * ```
 */
export const genaiPrices: PriceSource = Object.freeze({
  name: '@pydantic/genai-prices',
  costUsd: (call: PricedCall) => costFromPriceTable(call, call.model, call.provider),
});
