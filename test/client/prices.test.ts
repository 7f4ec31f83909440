// The `prices` option: the price table is Node's default (issue 19: model calls are made from servers), and
// outside Node only what the app passes (issue 14: the browser core carries no price data). Every price comes
// from bundled data: `fetch` is stubbed to fail, and is never called.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDefaultClient, resetDefaultClient } from '../../src/client/default-client.node.js';
import * as core from '../../src/index.js';
import * as node from '../../src/index.node.js';
import { genaiPrices, type PricedCall, type PriceSource } from '../../src/prices.js';
import { thrownBy } from '../helpers/errors.js';
import { CHAT_COMPLETION } from '../providers/recording-server.js';

// gpt-4o-mini: $0.15 input, $0.075 cached input, $0.60 output per 1M tokens (genai-prices data).
const TABLE_COST = (1000 * 0.15 + 200 * 0.075 + 300 * 0.6) / 1e6;
const record = (model: unknown) => ({ name: 'support/triage', version: '1.0.0', template: 'Hi', model }) as never;
const tableModel = { name: 'gpt-4o-mini', provider: 'openai' };

async function costOf(
  create: typeof core.createPromptClient,
  options: Partial<core.PromptClientOptions>,
  model = tableModel,
) {
  const prompts = create({ store: core.memoryStore([record(model)]), ...options });
  try {
    return await prompts.recordUsage(await prompts.getPrompt('support/triage'), CHAT_COMPLETION);
  } finally {
    await prompts.close();
  }
}

const fetch = vi.fn(() => Promise.reject(new Error('no network in this test')));
beforeEach(() => vi.stubGlobal('fetch', fetch));
afterEach(() => {
  expect(fetch).not.toHaveBeenCalled();
  vi.unstubAllGlobals();
});

describe('prices on Node (the node export condition)', () => {
  it('createPromptClient prices from the table by default; prices: false turns the table off', async () => {
    expect((await costOf(node.createPromptClient, {})).costUsd).toBeCloseTo(TABLE_COST, 12);
    const off = await costOf(node.createPromptClient, { prices: false });
    expect(off).not.toHaveProperty('costUsd');
    expect(off.inputTokens).toBe(1200); // the event keeps its shape: only the cost is absent
    // model.pricing still prices with the table off.
    const pricing = { inputPerMTok: 1, outputPerMTok: 4 };
    const own = await costOf(node.createPromptClient, { prices: false }, { ...tableModel, pricing } as never);
    expect(own.costUsd).toBeCloseTo((1200 * 1 + 300 * 4) / 1e6, 12);
  });

  it('the default client prices from the table, configured or read from promptops.config.json', async () => {
    node.configure({ store: core.memoryStore([record(tableModel)]) });
    const configured = await node.getDefaultClient();
    const event = await configured.recordUsage(await configured.getPrompt('support/triage'), CHAT_COMPLETION);
    expect(event.costUsd).toBeCloseTo(TABLE_COST, 12);
    await node.resetDefaultClient();

    const dir = await mkdtemp(join(tmpdir(), 'promptops-prices-'));
    const saved = process.env.PROMPTOPS_CONFIG;
    try {
      await writeFile(
        join(dir, 'support-triage.prompt.json'),
        JSON.stringify({ name: 'support/triage', version: '1.0.0', template: 'Hi', model: tableModel }),
      );
      await writeFile(join(dir, 'promptops.config.json'), JSON.stringify({ store: { type: 'file', dir: '.' } }));
      process.env.PROMPTOPS_CONFIG = join(dir, 'promptops.config.json');
      const loaded = await getDefaultClient();
      const p = await loaded.getPrompt('support/triage');
      expect((await loaded.recordUsage(p, CHAT_COMPLETION)).costUsd).toBeCloseTo(TABLE_COST, 12);
    } finally {
      if (saved === undefined) delete process.env.PROMPTOPS_CONFIG;
      else process.env.PROMPTOPS_CONFIG = saved;
      await resetDefaultClient();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('prices in the browser core (src/index.ts)', () => {
  it('prices only from model.pricing unless the app passes a price source', async () => {
    expect(await costOf(core.createPromptClient, {})).not.toHaveProperty('costUsd');
    expect((await costOf(core.createPromptClient, { prices: genaiPrices })).costUsd).toBeCloseTo(TABLE_COST, 12);
    expect(await costOf(core.createPromptClient, { prices: false })).not.toHaveProperty('costUsd');
    const pricing = { inputPerMTok: 2, outputPerMTok: 8 };
    const own = await costOf(core.createPromptClient, {}, { ...tableModel, pricing } as never);
    expect(own.costUsd).toBeCloseTo((1200 * 2 + 300 * 8) / 1e6, 12);
  });

  it('takes any price source; one that does not know the model, throws or answers nonsense gives no cost', async () => {
    const calls: PricedCall[] = [];
    const source: PriceSource = {
      name: 'contract',
      costUsd: (call) => {
        calls.push(call);
        return call.model === 'gpt-4o-mini-2024-07-18' ? 0.5 : undefined;
      },
    };
    expect((await costOf(core.createPromptClient, { prices: source })).costUsd).toBe(0.5);
    expect(calls).toEqual([
      {
        model: 'gpt-4o-mini-2024-07-18',
        provider: 'openai',
        inputTokens: 1200,
        outputTokens: 300,
        cachedInputTokens: 200,
        reasoningTokens: 0,
      },
    ]);
    const unknown = await costOf(core.createPromptClient, { prices: { ...source, costUsd: () => undefined } });
    expect(unknown).not.toHaveProperty('costUsd');
    const failing: PriceSource = { name: 'down', costUsd: () => Promise.reject(new Error('down')) };
    expect(await costOf(core.createPromptClient, { prices: failing })).not.toHaveProperty('costUsd');
    const nonsense: PriceSource = { name: 'bad', costUsd: () => Number.NaN };
    expect(await costOf(core.createPromptClient, { prices: nonsense })).not.toHaveProperty('costUsd');
  });

  it('a prices value that is not a price source or false is a ConfigError naming the option and the fix', () => {
    for (const create of [core.createPromptClient, node.createPromptClient]) {
      for (const prices of [true, 'genai-prices', { name: 'x' }, { costUsd: () => 1 }, null]) {
        const error = thrownBy(core.ConfigError, () =>
          create({ store: core.memoryStore([]), prices: prices as unknown as PriceSource }),
        );
        expect(error.option).toBe('prices');
        expect(error.message).toMatch(/must be a price source \(\{ name, costUsd\(call\) \}\) or false/);
        expect(error.message).toContain("import { genaiPrices } from 'promptops/prices'");
      }
    }
  });
});
