import { describe, expectTypeOf, it } from 'vitest';
import { type EvalDefinition, type EvalResult, evaluate } from '../../src/eval.js';

describe('promptops/eval types', () => {
  it('evaluate takes a file or a definition and resolves to the result object', () => {
    expectTypeOf(evaluate).parameter(0).toEqualTypeOf<string | EvalDefinition>();
    expectTypeOf(evaluate).returns.resolves.toEqualTypeOf<EvalResult>();
    expectTypeOf<EvalResult['comparisons'][number]['verdict']>().toEqualTypeOf<'better' | 'worse' | 'no-difference'>();
    expectTypeOf<EvalResult['runs'][number]['latencyMs']>().toEqualTypeOf<{ p50: number; p95: number }>();
  });
  it('rejects definitions of the wrong shape', () => {
    const ok: EvalDefinition = {
      prompt: 'a',
      versions: ['1.0.0'],
      cases: [{ vars: { x: 1 } }],
      models: ['openai:m', { provider: 'anthropic', name: 'c', maxTokens: 10 }],
    };
    void ok;
    // @ts-expect-error versions is a list of selectors
    const bad: EvalDefinition = { prompt: 'a', versions: '1.0.0', cases: [] };
    void bad;
    const badModel: EvalDefinition = {
      prompt: 'a',
      versions: ['1'],
      cases: [],
      // @ts-expect-error unknown provider
      models: [{ provider: 'azure', name: 'x' }],
    };
    void badModel;
  });
});
