/**
 * `js: ./scorers/tone.mjs`: a module (relative to the eval file) whose default export scores an answer:
 * `(output, case) => boolean | number` in 0..1, sync or async. A number passes at ≥ 0.5 unless the
 * assertion sets `threshold`. A scorer that throws or returns anything else fails the assertion.
 * @module
 */

import type { CompiledAssertion, Scorer } from './types.js';

/** Load a scorer module. Resolves to the function, or a message saying what is wrong. */
export async function loadScorer(absPath: string): Promise<Scorer | string> {
  let mod: { default?: unknown };
  try {
    const { pathToFileURL } = await import('node:url');
    mod = (await import(pathToFileURL(absPath).href)) as { default?: unknown };
  } catch (error) {
    return `the scorer module cannot be loaded (${(error as Error).message.split('\n')[0]}): the path is relative to the eval file`;
  }
  if (typeof mod.default !== 'function') {
    return 'the scorer module must export a default function (output, case) => boolean | number';
  }
  return mod.default as Scorer;
}

/** The `js` assertion. */
export function jsAssertion(scorer: Scorer, threshold: number): CompiledAssertion {
  return {
    type: 'js',
    async check(answer) {
      let value: unknown;
      try {
        value = await scorer(answer.output, {
          vars: answer.vars,
          index: answer.index,
          repeat: answer.repeat,
          version: answer.version,
          model: answer.model,
        });
      } catch (error) {
        return {
          type: 'js',
          pass: false,
          score: 0,
          reason: `the scorer threw: ${(error as Error)?.message ?? String(error)}`,
        };
      }
      if (typeof value === 'boolean')
        return value ? { type: 'js', pass: true, score: 1 } : { type: 'js', pass: false, score: 0 };
      if (typeof value === 'number' && value >= 0 && value <= 1) {
        const pass = value >= threshold;
        return pass
          ? { type: 'js', pass, score: value }
          : { type: 'js', pass, score: value, reason: `scored ${value}, below ${threshold}` };
      }
      return {
        type: 'js',
        pass: false,
        score: 0,
        reason: `the scorer returned ${JSON.stringify(value)}; return a boolean or a number in 0..1`,
      };
    },
  };
}
