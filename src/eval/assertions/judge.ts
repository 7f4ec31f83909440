/**
 * `judge: "The reply is polite."`: LLM-as-judge. The judge model (the eval's `judge:`) reads the criteria
 * and the answer and replies with a score in 0..1; the assertion passes at ≥ 0.5 unless it sets
 * `threshold`. The criteria are a template rendered with the case's variables.
 * @module
 */

import type { PromptRecord } from '../../engine/record.js';
import { templateValue } from './template-value.js';
import type { CompiledAssertion } from './types.js';

/** The prompt the judge model gets; requests for it are built by the judge provider's adapter. */
export const JUDGE_PROMPT: PromptRecord = {
  name: 'promptops/eval-judge',
  version: '1.0.0',
  type: 'chat',
  input: { schema: { criteria: 'string', output: 'string' } },
  messages: [
    {
      role: 'system',
      content:
        'You grade the output of another model against criteria. Reply with JSON only: ' +
        '{"score": <a number from 0 (fails the criteria) to 1 (fully meets them)>, "reason": "<one sentence>"}.',
    },
    { role: 'user', content: 'Criteria:\n{{criteria}}\n\nOutput to grade:\n<output>\n{{output}}\n</output>' },
  ],
};

/**
 * Read the judge's reply: JSON `{ "score": n }` (also inside a fenced block or after other text), else a
 * bare number in 0..1, else PASS / FAIL / yes / no. `undefined` when none of these is there.
 */
export function parseJudgeReply(text: string): { score: number; reason?: string } | undefined {
  const json = /\{[\s\S]*\}/.exec(text);
  if (json !== null) {
    try {
      const value = JSON.parse(json[0]) as { score?: unknown; reason?: unknown; pass?: unknown };
      const score =
        typeof value.score === 'number'
          ? value.score
          : typeof value.pass === 'boolean'
            ? value.pass
              ? 1
              : 0
            : undefined;
      if (score !== undefined && score >= 0 && score <= 1) {
        return typeof value.reason === 'string' ? { score, reason: value.reason } : { score };
      }
    } catch {
      // fall through to the plain forms
    }
  }
  const trimmed = text.trim();
  const number = /^(0(?:\.\d+)?|1(?:\.0+)?)\b/.exec(trimmed);
  if (number !== null) return { score: Number(number[1]) };
  if (/^(pass|yes)\b/i.test(trimmed)) return { score: 1 };
  if (/^(fail|no)\b/i.test(trimmed)) return { score: 0 };
  return undefined;
}

/** The `judge` assertion. */
export function judgeAssertion(criteria: string, threshold: number): CompiledAssertion {
  const render = templateValue(criteria);
  return {
    type: 'judge',
    usesModel: true,
    async check(answer, services) {
      let verdict: { score: number; reason?: string };
      try {
        verdict = await services.judge(render(answer.vars), answer, services.signal);
      } catch (error) {
        return { type: 'judge', pass: false, score: 0, reason: `the judge failed: ${(error as Error).message}` };
      }
      const pass = verdict.score >= threshold;
      return {
        type: 'judge',
        pass,
        score: verdict.score,
        ...(verdict.reason !== undefined
          ? { reason: verdict.reason }
          : pass
            ? {}
            : { reason: `scored ${verdict.score}, below ${threshold}` }),
      };
    },
  };
}
