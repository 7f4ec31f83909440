import { describe, expect, it } from 'vitest';
import { assertionType } from '../../src/eval/assertions/index.js';
import { parseJsonAnswer } from '../../src/eval/assertions/json-schema.js';
import { parseJudgeReply } from '../../src/eval/assertions/judge.js';
import { parseModelSpec } from '../../src/eval/models.js';
import { anthropicProviderFactory } from '../../src/eval/providers/anthropic.js';
import { openaiProviderFactory } from '../../src/eval/providers/openai.js';
import { answerFromResponse } from '../../src/eval/providers/response.js';
import type { ProviderContext } from '../../src/eval/providers/types.js';
import { formatEvalTable } from '../../src/eval/table.js';
import type { EvalResult } from '../../src/eval/types.js';

const context = (importModule: ProviderContext['importModule']): ProviderContext => ({
  env: { OPENAI_API_KEY: 'k', ANTHROPIC_API_KEY: 'k' },
  dir: '.',
  countRequest: () => {},
  maxRetries: 0,
  timeoutMs: 1000,
  importModule,
});

describe('eval building blocks', () => {
  it('names the package to install when an optional peer SDK is missing', async () => {
    const missing = async (id: string) => {
      throw Object.assign(new Error(`Cannot find package '${id}'`), { code: 'ERR_MODULE_NOT_FOUND' });
    };
    const target = parseModelSpec('openai:gpt-4o-mini');
    if (typeof target === 'string') throw new Error(target);
    expect(await openaiProviderFactory(() => ({}))(target, context(missing))).toBe(
      'the openai provider (model openai:gpt-4o-mini) needs the "openai" package, an optional peer dependency of promptops: npm install openai',
    );
    const claude = parseModelSpec('anthropic:claude-haiku-4-5');
    if (typeof claude === 'string') throw new Error(claude);
    expect(await anthropicProviderFactory(() => ({}))(claude, context(missing))).toMatch(
      /npm install @anthropic-ai\/sdk$/,
    );
  });

  it('parses model specs, with fixes for mistakes', () => {
    expect(parseModelSpec('anthropic:claude-haiku-4-5')).toMatchObject({
      id: 'anthropic:claude-haiku-4-5',
      provider: 'anthropic',
      explicit: true,
    });
    expect(parseModelSpec('gpt-4o')).toMatch(/needs its provider: write "openai:gpt-4o"/);
    expect(parseModelSpec('azure:gpt-4o')).toMatch(/unknown provider "azure"/);
    expect(parseModelSpec({ provider: 'openai', name: 'x', baseUrl: 'ftp://x' })).toMatch(/baseUrl/);
    expect(parseModelSpec({ provider: 'openai', name: 'x', temprature: 0 })).toMatch(
      /model field "temprature" is unknown/,
    );
    expect(parseModelSpec({ provider: 'custom', module: './m.mjs' })).toMatchObject({ id: 'custom:./m.mjs' });
  });

  it('reads judge replies in JSON, number and word forms', () => {
    expect(parseJudgeReply('{"score": 0.8, "reason": "ok"}')).toEqual({ score: 0.8, reason: 'ok' });
    expect(parseJudgeReply('Sure!\n```json\n{"score": 1}\n```')).toEqual({ score: 1 });
    expect(parseJudgeReply('0.25')).toEqual({ score: 0.25 });
    expect(parseJudgeReply('PASS: polite')).toEqual({ score: 1 });
    expect(parseJudgeReply('no')).toEqual({ score: 0 });
    expect(parseJudgeReply('{"score": 7}')).toBeUndefined();
    expect(parseJudgeReply('maybe')).toBeUndefined();
  });

  it('reads JSON answers, fenced or not', () => {
    expect(parseJsonAnswer('```json\n{"a":1}\n```')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonAnswer(' {"a":2} ')).toEqual({ ok: true, value: { a: 2 } });
    expect(parseJsonAnswer('nope').ok).toBe(false);
  });

  it('checks the written form of assertions', () => {
    expect(assertionType({ contains: 'x' })).toEqual({ type: 'contains', value: 'x' });
    expect(assertionType({ contains: 'x', regex: 'y' })).toMatch(/one assertion per list item/);
    expect(assertionType({ contains: 'x', threshold: 1 })).toMatch(/does not take "threshold"/);
    expect(assertionType('contains')).toMatch(/one-key map/);
  });

  it('reads OpenAI, Anthropic and plain answers', () => {
    expect(answerFromResponse('hi')).toEqual({ text: 'hi' });
    expect(
      answerFromResponse({
        choices: [{ message: { content: 'a' } }],
        usage: { prompt_tokens: 3, completion_tokens: 1, prompt_tokens_details: { cached_tokens: 2 } },
      }),
    ).toEqual({ text: 'a', inputTokens: 3, outputTokens: 1, cachedInputTokens: 2 });
    expect(
      answerFromResponse({
        content: [{ type: 'text', text: 'b' }],
        usage: { input_tokens: 3, output_tokens: 1, cache_read_input_tokens: 4 },
      }),
    ).toEqual({ text: 'b', inputTokens: 7, outputTokens: 1, cachedInputTokens: 4 });
    expect(() => answerFromResponse({ nothing: true })).toThrow(/unknown shape/);
  });

  it('formats a one-version eval without a comparison or a star', () => {
    const result: EvalResult = {
      prompt: 'p',
      baseline: '1.0.0',
      runs: [
        {
          version: '1.0.0',
          selector: '1.0.0',
          model: 'openai:m',
          cases: 1,
          passed: 0,
          passRate: 0,
          passRateCi95: [0, 0.79],
          meanScore: 0,
          scoreCi95: [0, 0],
          errors: 1,
          assertions: {},
          latencyMs: { p50: 0, p95: 0 },
          inputTokens: 0,
          outputTokens: 0,
        },
      ],
      cases: [
        {
          index: 0,
          vars: { a: 1 },
          results: [
            { version: '1.0.0', model: 'openai:m', repeat: 0, error: 'boom', pass: false, score: 0, assertions: [] },
          ],
        },
      ],
      comparisons: [],
      calls: { made: 1, cached: 0 },
      interrupted: false,
    };
    const text = formatEvalTable(result).join('\n');
    expect(text).not.toContain('★');
    expect(text).not.toContain('vs 1.0.0');
    expect(text).toContain('! error');
    expect(text).toMatch(/errors\s+1/);
  });
});
