// recordUsage: tokens from real-shaped responses of each SDK, cost from model.pricing or the price
// table (its bundled data, never the network), absent for a model nobody knows. The client is the Node
// entry's, which prices from the table by default (the browser core's: test/client/prices.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { costFromPriceTable } from '../../src/client/genai-prices.js';
import { normalizeUsage } from '../../src/client/usage.js';
import { ConfigError, createPromptClient, memoryStore, type PromptEvent } from '../../src/index.node.js';
import { rejectionOf } from '../helpers/errors.js';
import { ANTHROPIC_MESSAGE, CHAT_COMPLETION, RESPONSE } from '../providers/recording-server.js';

const record = (model: unknown) => ({ name: 'support/triage', version: '1.0.0', template: 'Hi', model }) as never;

async function setup(model: unknown) {
  const events: PromptEvent[] = [];
  const prompts = createPromptClient({
    store: memoryStore([record(model)]),
    hooks: { onEvent: (e) => void events.push(e) },
  });
  const p = await prompts.getPrompt('support/triage');
  return { prompts, p, events };
}

afterEach(() => vi.unstubAllGlobals());

describe('normalizeUsage', () => {
  it('reads OpenAI chat, Responses, Anthropic, AI SDK and plain usage', () => {
    expect(normalizeUsage(CHAT_COMPLETION)).toEqual({
      model: 'gpt-4o-mini-2024-07-18',
      inputTokens: 1200,
      outputTokens: 300,
      cachedInputTokens: 200,
      reasoningTokens: 0,
    });
    expect(normalizeUsage(RESPONSE)).toEqual({
      model: 'gpt-4o-mini-2024-07-18',
      inputTokens: 1000,
      outputTokens: 100,
      cachedInputTokens: 0,
      reasoningTokens: 40,
    });
    // Anthropic's input_tokens leaves out cache reads and writes; inputTokens counts every input token.
    expect(normalizeUsage(ANTHROPIC_MESSAGE)).toEqual({
      model: 'claude-haiku-4-5',
      inputTokens: 1000,
      outputTokens: 200,
      cachedInputTokens: 100,
      cacheWriteTokens: 100,
    });
    const aiUsage = {
      inputTokens: 1200,
      inputTokenDetails: { noCacheTokens: 1000, cacheReadTokens: 200, cacheWriteTokens: undefined },
      outputTokens: 300,
      outputTokenDetails: { textTokens: 260, reasoningTokens: 40 },
      totalTokens: 1500,
    };
    const aiResult = { text: 'x', usage: aiUsage, totalUsage: aiUsage, response: { modelId: 'gpt-4o-mini' } };
    const aiExpected = { inputTokens: 1200, outputTokens: 300, cachedInputTokens: 200, reasoningTokens: 40 };
    expect(normalizeUsage(aiResult)).toEqual({ model: 'gpt-4o-mini', ...aiExpected });
    expect(normalizeUsage(aiUsage)).toEqual(aiExpected);
    expect(normalizeUsage({ model: 'm', inputTokens: 5, outputTokens: 2 })).toEqual({
      model: 'm',
      inputTokens: 5,
      outputTokens: 2,
    });
  });

  it('refuses anything else with a ConfigError saying what it takes', () => {
    expect(() => normalizeUsage({ tokens: 5 })).toThrow(ConfigError);
    expect(() => normalizeUsage('x')).toThrow('recordUsage needs an OpenAI chat or Responses result');
  });
});

describe('recordUsage', () => {
  it('emits a usage event with cost from model.pricing (cached tokens at their price)', async () => {
    const pricing = { inputPerMTok: 1, outputPerMTok: 4, cachedInputPerMTok: 0.5 };
    const { prompts, p, events } = await setup({ name: 'my-model', pricing });
    const event = await prompts.recordUsage(p, CHAT_COMPLETION, { latencyMs: 840 });
    expect(event).toEqual({
      type: 'usage',
      name: 'support/triage',
      version: '1.0.0',
      hash: p.hash,
      model: 'gpt-4o-mini-2024-07-18',
      requestModel: 'my-model', // asked for: the prompt's model config
      responseModel: 'gpt-4o-mini-2024-07-18', // answered: the response's
      inputTokens: 1200,
      outputTokens: 300,
      cachedInputTokens: 200,
      reasoningTokens: 0,
      costUsd: (1000 * 1 + 200 * 0.5 + 300 * 4) / 1e6,
      latencyMs: 840,
    });
    expect(events.filter((e) => e.type === 'usage')).toEqual([event]);
    await prompts.close();
  });

  it('takes cost from the price table, offline, for a known model; none for an unknown one', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no network in this test')));
    vi.stubGlobal('fetch', fetch);
    const { prompts, p } = await setup({ name: 'gpt-4o-mini', provider: 'openai' });
    const openai = await prompts.recordUsage(p, CHAT_COMPLETION);
    // gpt-4o-mini: $0.15 input, $0.075 cached input, $0.60 output per 1M tokens (genai-prices data).
    expect(openai.costUsd).toBeCloseTo((1000 * 0.15 + 200 * 0.075 + 300 * 0.6) / 1e6, 12);
    const claude = await prompts.recordUsage(p, { ...ANTHROPIC_MESSAGE });
    expect(claude.model).toBe('claude-haiku-4-5');
    expect(
      await costFromPriceTable({ inputTokens: 1000, outputTokens: 200 }, 'claude-haiku-4-5', 'anthropic'),
    ).toBeCloseTo((1000 * 1 + 200 * 5) / 1e6, 12);
    const unknown = await prompts.recordUsage(p, { model: 'acme-llm-9000', inputTokens: 10, outputTokens: 5 });
    expect(unknown).not.toHaveProperty('costUsd');
    expect(fetch).not.toHaveBeenCalled();
    await prompts.close();
  });

  it('a prompt from getPrompt is required, and a latency must be a number', async () => {
    const { prompts, p } = await setup('gpt-4o-mini');
    expect(await rejectionOf(prompts.recordUsage({} as never, CHAT_COMPLETION))).toBeInstanceOf(ConfigError);
    expect(await rejectionOf(prompts.recordUsage(p, CHAT_COMPLETION, { latencyMs: -1 }))).toBeInstanceOf(ConfigError);
    const requestModel = 4 as unknown as string;
    expect(await rejectionOf(prompts.recordUsage(p, CHAT_COMPLETION, { requestModel }))).toBeInstanceOf(ConfigError);
    expect((await prompts.recordUsage(p, CHAT_COMPLETION, { requestModel: 'gpt-4.1' })).requestModel).toBe('gpt-4.1');
    await prompts.close();
  });
});
