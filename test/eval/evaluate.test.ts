import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval.js';
import { FIXTURES, fixtureStore, tempDir } from './helpers.js';
import { type ModelServer, startAnthropicServer, startOpenAIServer } from './model-servers.js';

let openai: ModelServer;
let anthropic: ModelServer;
beforeAll(async () => {
  openai = await startOpenAIServer();
  anthropic = await startAnthropicServer();
});
afterAll(async () => {
  await openai.close();
  await anthropic.close();
});

const env = () => ({
  OPENAI_API_KEY: 'sk-test-openai-key',
  OPENAI_BASE_URL: openai.baseUrl,
  ANTHROPIC_API_KEY: 'sk-ant-test-key',
  ANTHROPIC_BASE_URL: anthropic.baseUrl,
});

describe('evaluate() against local OpenAI- and Anthropic-compatible servers', () => {
  it('runs two versions over the cases: exact pass rates, verdict, diff, and a re-run makes no call', async () => {
    const cwd = await tempDir();
    const store = fixtureStore();
    const before = openai.requests;
    const result = await evaluate(join(FIXTURES, 'greeting.eval.yaml'), {
      store,
      cwd,
      env: env(),
    });
    expect(result.prompt).toBe('support/greeting');
    expect(result.baseline).toBe('1.0.0');
    expect(result.runs.map((r) => [r.version, r.model, r.cases, r.passRate, r.errors])).toEqual([
      ['1.0.0', 'openai:gpt-4o-mini', 8, 0.25, 0],
      ['2.0.0', 'openai:gpt-4o-mini', 8, 1, 0],
    ]);
    expect(result.runs[0]?.assertions).toEqual({
      contains: { passRate: 0.25, count: 8 },
      'not-contains': { passRate: 1, count: 8 },
      regex: { passRate: 1, count: 8 },
    });
    const [c] = result.comparisons;
    expect(c).toMatchObject({
      model: 'openai:gpt-4o-mini',
      baseline: '1.0.0',
      candidate: '2.0.0',
      pairs: 8,
      passRateDelta: 0.75,
      verdict: 'better',
    });
    expect(c?.pValue).toBeCloseTo(2 * 0.5 ** 6, 12);
    expect(c?.diff).toContain('-Greet {{customer}} from {{company}} briefly.');
    expect(c?.diff).toContain('+Greet {{customer}} from {{company}} warmly and use their name.');
    expect(result.calls).toEqual({ made: 16, cached: 0 });
    expect(openai.requests - before).toBe(16);
    expect(result.cases[0]?.results.map((r) => [r.version, r.output, r.pass])).toEqual([
      ['1.0.0', 'Hi Ada!', true],
      ['2.0.0', 'Hello Ada, welcome to Acme!', true],
    ]);
    expect(result.runs[0]?.costUsd).toBeGreaterThan(0);

    const again = await evaluate(join(FIXTURES, 'greeting.eval.yaml'), {
      store,
      cwd,
      env: env(),
    });
    expect(again.calls).toEqual({ made: 0, cached: 16 });
    expect(openai.requests - before).toBe(16);
    expect(again.runs.map((r) => r.passRate)).toEqual([0.25, 1]);
    await store.close();
  });
});
