// The `prices` option's type: a price source or false, on the core and the Node client alike.
import { describe, expectTypeOf, it } from 'vitest';
import { createPromptClient as createNodeClient } from '../../src/client/client.node.js';
import { createPromptClient, memoryStore, type PriceSource, type PromptClientOptions } from '../../src/index.js';
import { genaiPrices, type PricedCall } from '../../src/prices.js';

describe('prices option types', () => {
  it('takes genaiPrices, your own source or false', () => {
    const store = memoryStore([]);
    expectTypeOf(genaiPrices).toEqualTypeOf<PriceSource>();
    expectTypeOf<PromptClientOptions['prices']>().toEqualTypeOf<PriceSource | false | undefined>();
    createPromptClient({ store, prices: genaiPrices });
    createNodeClient({ store, prices: false });
    createPromptClient({ store, prices: { name: 'mine', costUsd: (call: PricedCall) => call.inputTokens / 1e6 } });
    createPromptClient({ store, prices: { name: 'async', costUsd: async () => undefined } });
    // @ts-expect-error true is not a price source
    createPromptClient({ store, prices: true });
    // @ts-expect-error a source needs costUsd
    createNodeClient({ store, prices: { name: 'x' } });
  });
});
