/**
 * `promptops/prices`: price sources for the `prices` option of `createPromptClient`, kept out of the core
 * entry so that a browser or worker bundle carries price data only when the app asks for it.
 *
 * On Node (the `node` export condition of `promptops`) the client prices calls from `genaiPrices` by
 * default; elsewhere pass it to get the same costs:
 *
 * @example
 * ```ts
 * import { createPromptClient, httpStore } from 'promptops';
 * import { genaiPrices } from 'promptops/prices';
 *
 * const prompts = createPromptClient({ store: httpStore({ url: '/prompts' }), prices: genaiPrices });
 * ```
 * @module
 */

export { genaiPrices } from './client/genai-prices.js';
export type { PricedCall, PriceSource } from './client/price-source.js';
