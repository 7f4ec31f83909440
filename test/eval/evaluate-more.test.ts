import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EvalConfigError, type EvalDefinition, evaluate } from '../../src/eval.js';
import { rejectionOf } from '../helpers/errors.js';
import { FIXTURES, fixtureStore, tempDir } from './helpers.js';
import { type ModelServer, startAnthropicServer, startOpenAIServer } from './model-servers.js';

let openai: ModelServer;
let anthropic: ModelServer;
const store = fixtureStore();
beforeAll(async () => {
  openai = await startOpenAIServer();
  anthropic = await startAnthropicServer();
});
afterAll(async () => {
  await openai.close();
  await anthropic.close();
  await store.close();
});

const env = () => ({
  OPENAI_API_KEY: 'sk-test-openai-key',
  OPENAI_BASE_URL: openai.baseUrl,
  ANTHROPIC_API_KEY: 'sk-ant-test-key',
  ANTHROPIC_BASE_URL: anthropic.baseUrl,
});
const cases = (...names: string[]) => names.map((customer) => ({ vars: { customer, company: 'Acme' } }));
const run = async (def: EvalDefinition, extra: Parameters<typeof evaluate>[1] = {}) =>
  evaluate(def, { store, cwd: await tempDir(), env: env(), ...extra });

describe('evaluate(): providers, judge, repeat, errors', () => {
  it('runs on an Anthropic model with a judge, counting judge calls', async () => {
    const before = anthropic.requests;
    const result = await run({
      prompt: 'support/greeting',
      versions: ['1.0.0', '2.0.0'],
      models: [{ provider: 'anthropic', name: 'claude-haiku-4-5', maxTokens: 100 }],
      cases: cases('Ada', 'Grace'),
      expect: [{ judge: 'The reply welcomes the customer.' }],
      judge: 'anthropic:claude-haiku-4-5',
    });
    expect(result.runs.map((r) => [r.model, r.passRate, r.meanScore])).toEqual([
      ['anthropic:claude-haiku-4-5', 0, 0.1],
      ['anthropic:claude-haiku-4-5', 1, 0.9],
    ]);
    expect(result.cases[0]?.results[0]?.assertions[0]).toEqual({
      type: 'judge',
      pass: false,
      score: 0.1,
      reason: 'graded by the stand-in',
    });
    expect(result.calls).toEqual({ made: 8, cached: 0 }); // 4 answers + 4 judge calls
    // No pricing given: the price table knows claude-haiku-4-5.
    expect(result.runs[0]?.costUsd).toBeGreaterThan(0);
    expect(anthropic.requests - before).toBe(8);
    expect(anthropic.keys.at(-1)).toContain('sk-ant-test-key');
  });

  it('runs a custom model module (path relative to the eval), given the OpenAI chat request', async () => {
    const result = await run({
      prompt: 'support/greeting',
      versions: ['2.0.0'],
      models: [
        {
          provider: 'custom',
          module: join(FIXTURES, 'custom-model.mjs'),
          name: 'echo',
          pricing: { inputPerMTok: 1, outputPerMTok: 2 },
        },
      ],
      cases: cases('Ada'),
      expect: [{ contains: 'Greet Ada from Acme warmly' }],
    });
    expect(result.runs[0]).toMatchObject({
      model: 'custom:echo',
      passRate: 1,
      inputTokens: 10,
      outputTokens: 3,
      costUsd: 16 / 1_000_000,
    });
    expect(result.calls.made).toBe(1);
  });

  it('leaves the cost of a model nobody prices unknown, and max-cost-usd fails on it', async () => {
    const result = await run({
      prompt: 'support/greeting',
      versions: ['2.0.0'],
      models: ['openai:my-local-llama'],
      cases: cases('Ada'),
      expect: [{ 'max-cost-usd': 1 }],
    });
    expect(result.runs[0]?.costUsd).toBeUndefined();
    expect(result.cases[0]?.results[0]?.assertions[0]).toMatchObject({
      type: 'max-cost-usd',
      pass: false,
      reason: expect.stringMatching(/cost unknown/),
    });
  });

  it('repeats each case, keyed by repeat index in the cache', async () => {
    const result = await run({
      prompt: 'support/greeting',
      versions: ['2.0.0'],
      models: ['openai:gpt-4o-mini'],
      cases: cases('Ada'),
      repeat: 3,
    });
    expect(result.runs[0]?.cases).toBe(3);
    expect(result.calls.made).toBe(3);
    expect(result.cases[0]?.results.map((r) => r.repeat)).toEqual([0, 1, 2]);
    expect(result.comparisons).toEqual([]);
  });

  it("records a failed model call as that case's error, after retries, and goes on", async () => {
    const before = openai.requests;
    const result = await run(
      {
        prompt: 'support/greeting',
        versions: ['1.0.0', '2.0.0'],
        models: ['openai:gpt-4o-mini'],
        cases: cases('Ada', 'Boom', 'Retry'),
        expect: [{ contains: '{{customer}}' }],
      },
      { maxRetries: 2 },
    );
    const boom = result.cases[1]?.results ?? [];
    expect(boom.map((r) => [r.pass, r.score, typeof r.error])).toEqual([
      [false, 0, 'string'],
      [false, 0, 'string'],
    ]);
    expect(boom[0]?.error).toContain('500');
    expect(boom[0]?.error).not.toContain('sk-test-openai-key');
    expect(result.runs.map((r) => [r.cases, r.errors])).toEqual([
      [3, 1],
      [3, 1],
    ]);
    // Ada: 2 calls; Boom: 3 attempts per version; Retry: one 429 then an answer, per version.
    expect(result.calls.made).toBe(2 + 6 + 4);
    expect(openai.requests - before).toBe(12);
    expect(result.cases[2]?.results.map((r) => r.output)).toEqual(['Hello there!', 'Hello Retry, welcome to Acme!']);
    // Comparisons use only the pairs both sides answered.
    expect(result.comparisons[0]?.pairs).toBe(2);
  });

  it('retries on the Anthropic SDK too, honouring Retry-After, each attempt counted', async () => {
    const before = anthropic.requests;
    const result = await run({
      prompt: 'support/greeting',
      versions: ['2.0.0'],
      models: [{ provider: 'anthropic', name: 'claude-haiku-4-5', maxTokens: 50 }],
      cases: cases('Retry'),
    });
    expect(result.cases[0]?.results[0]?.output).toBe('Hello Retry, welcome to Acme!');
    expect(result.calls.made).toBe(2);
    expect(anthropic.requests - before).toBe(2);
  });

  it('holds to --concurrency as a hard bound', async () => {
    openai.holdUntil = 4;
    openai.maxInFlight = 0;
    try {
      const result = await run(
        {
          prompt: 'support/greeting',
          versions: ['1.0.0', '2.0.0'],
          models: ['openai:gpt-4o-mini'],
          cases: cases('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'),
        },
        { concurrency: 4, cache: false },
      );
      expect(result.calls.made).toBe(16);
      expect(openai.maxInFlight).toBe(4);
    } finally {
      openai.holdUntil = 0;
    }
  });

  it('keeps the answers so far when the signal aborts', async () => {
    const controller = new AbortController();
    const result = await run(
      {
        prompt: 'support/greeting',
        versions: ['1.0.0', '2.0.0'],
        models: ['openai:gpt-4o-mini'],
        cases: cases('A', 'B', 'C', 'D'),
      },
      {
        concurrency: 1,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.done === 3) controller.abort();
        },
      },
    );
    expect(result.interrupted).toBe(true);
    expect(result.runs.map((r) => r.cases)).toEqual([2, 1]);
    expect(result.comparisons[0]?.pairs).toBe(1);
  });
});

describe('evaluate(): datasets and assertions', () => {
  it("reads .csv and .yaml datasets; templated equals; case-level expect adds to the file's", async () => {
    const csv = await run({
      prompt: 'support/greeting',
      versions: ['2.0.0'],
      models: ['openai:gpt-4o-mini'],
      cases: join(FIXTURES, 'cases.csv'),
      expect: [{ equals: 'Hello {{customer}}, welcome to {{company}}!' }],
    });
    expect(csv.cases.map((c) => c.vars)).toEqual([
      { customer: 'Ada', company: 'Acme' },
      { customer: 'Grace', company: 'Initech' },
    ]);
    expect(csv.runs[0]?.passRate).toBe(1);
    const yaml = await run({
      prompt: 'support/greeting',
      versions: ['2.0.0'],
      models: ['openai:gpt-4o-mini'],
      cases: join(FIXTURES, 'cases.yaml'),
      expect: [{ contains: 'welcome' }],
    });
    expect(yaml.cases.map((c) => c.results[0]?.assertions.map((a) => a.type))).toEqual([
      ['contains', 'equals'],
      ['contains'],
    ]);
    expect(yaml.runs[0]?.passRate).toBe(1);
  });

  it('checks json-schema, max-latency-ms (injected clock), max-cost-usd and js scorers', async () => {
    let t = 0;
    const result = await run(
      {
        prompt: 'support/greeting',
        versions: ['1.0.0', '2.0.0'],
        models: ['openai:gpt-4o-mini'],
        cases: cases('Ada'),
        expect: [
          { 'max-latency-ms': 100 },
          { 'max-cost-usd': 0.001 },
          { js: join(FIXTURES, 'scorers/length.mjs') },
          { regex: '^hello', flags: 'i' },
          { 'json-schema': { greeting: 'string' } },
        ],
      },
      { now: () => (t += 60), concurrency: 1 },
    );
    const [v1, v2] = result.cases[0]?.results ?? [];
    expect(v1?.latencyMs).toBe(60);
    expect(v1?.assertions.map((a) => [a.type, a.pass, a.score])).toEqual([
      ['max-latency-ms', true, 1],
      ['max-cost-usd', true, 1],
      ['js', false, 7 / 20],
      ['regex', false, 0],
      ['json-schema', false, 0],
    ]);
    expect(v2?.assertions.map((a) => [a.type, a.pass])).toEqual([
      ['max-latency-ms', true],
      ['max-cost-usd', true],
      ['js', true],
      ['regex', true],
      ['json-schema', false],
    ]);
    expect(v2?.assertions[4]?.reason).toMatch(/not JSON/);
  });
});

describe('evaluate(): usage errors before any model call', () => {
  it('lists every problem at once with file and line', async () => {
    const dir = await tempDir();
    const file = join(dir, 'bad.eval.yaml');
    await writeFile(
      file,
      [
        'prompt: support/greeting',
        'versions: [1.0.0, 9.9.9]',
        'models: [openai:gpt-4o-mini]',
        'cases: ./missing.jsonl',
        'expect:',
        '  - containz: x',
      ].join('\n'),
    );
    const before = openai.requests;
    const error = (await rejectionOf(evaluate(file, { store, cwd: dir, env: env() }))) as EvalConfigError;
    expect(error.code).toBe('CONFIG');
    expect(error.problems.map((p) => [p.line, p.message])).toEqual([
      [2, expect.stringContaining('No version of prompt "support/greeting"')],
      [4, expect.stringContaining('the dataset "./missing.jsonl" cannot be read (ENOENT)')],
      [6, expect.stringContaining('unknown assertion "containz": did you mean "contains"?')],
    ]);
    expect(error.message).toContain('bad.eval.yaml:6');
    expect(openai.requests).toBe(before);
  });

  it("checks every case against each version's input schema", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'cases.jsonl'),
      '{"vars":{"customer":"Ada","company":"Acme"}}\n{"vars":{"customer":"Bo"}}\n{"vars":{}}\n',
    );
    const error = (await rejectionOf(
      evaluate(
        {
          prompt: 'support/greeting',
          versions: ['2.0.0', '3.0.0'],
          models: ['openai:gpt-4o-mini'],
          cases: './cases.jsonl',
        },
        { store, cwd: dir, env: env() },
      ),
    )) as EvalConfigError;
    expect(error.problems.map((p) => [p.file, p.line])).toEqual([
      ['cases.jsonl', 2],
      ['cases.jsonl', 3],
      ['cases.jsonl', 1],
      ['cases.jsonl', 2],
      ['cases.jsonl', 3],
    ]);
    expect(error.problems[0]?.message).toMatch(/case 1 does not fit the input of support\/greeting@2\.0\.0: company/);
    expect(error.problems[2]?.message).toMatch(/3\.0\.0: tone/);
  });

  it('names a missing API key without printing any key, and an unknown prompt', async () => {
    const e1 = (await rejectionOf(
      evaluate(
        {
          prompt: 'support/greeting',
          versions: ['1.0.0'],
          models: [{ provider: 'openai', name: 'gpt-4o-mini', apiKeyEnv: 'MY_KEY' }, 'anthropic:claude-haiku-4-5'],
          cases: cases('Ada'),
        },
        { store, cwd: await tempDir(), env: { OPENAI_API_KEY: 'sk-secret' } },
      ),
    )) as EvalConfigError;
    expect(e1.problems.map((p) => p.message)).toEqual([
      'model openai:gpt-4o-mini takes its API key from MY_KEY (apiKeyEnv), which is not set: export it',
      'model anthropic:claude-haiku-4-5 needs an API key: export ANTHROPIC_API_KEY (or name another variable with apiKeyEnv)',
    ]);
    expect(e1.message).not.toContain('sk-secret');
    const e2 = (await rejectionOf(
      evaluate(
        { prompt: 'support/greting', versions: ['1.0.0'], cases: [] },
        { store, cwd: await tempDir(), env: env() },
      ),
    )) as EvalConfigError;
    expect(e2.problems[0]?.message).toMatch(/Did you mean "support\/greeting"/);
  });
});
