/**
 * The text and usage of a model's answer, from the shapes providers return: an OpenAI chat completion,
 * an Anthropic message, `{ text, inputTokens?, outputTokens? }`, or a plain string.
 * @module
 */

import type { ModelAnswer } from './types.js';

/** What a model may answer with. */
export type AnswerShape = string | object;

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' ? (v as Obj) : {});
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** Read an answer. @throws {TypeError} for a shape it does not know */
export function answerFromResponse(response: AnswerShape): ModelAnswer {
  if (typeof response === 'string') return { text: response };
  const r = obj(response);
  if (typeof r.text === 'string') {
    return withUsage({ text: r.text }, num(r.inputTokens), num(r.outputTokens), num(r.cachedInputTokens));
  }
  if (Array.isArray(r.choices)) {
    const message = obj(obj(r.choices[0]).message);
    const calls = message.tool_calls;
    const text =
      typeof message.content === 'string'
        ? message.content
        : Array.isArray(calls)
          ? JSON.stringify(calls.map((c) => obj(c).function ?? c))
          : '';
    const u = obj(r.usage);
    return withUsage(
      { text },
      num(u.prompt_tokens),
      num(u.completion_tokens),
      num(obj(u.prompt_tokens_details).cached_tokens),
    );
  }
  if (Array.isArray(r.content)) {
    const parts: string[] = [];
    for (const item of r.content) {
      const block = obj(item);
      if (block.type === 'text' && typeof block.text === 'string') parts.push(block.text);
      else if (block.type === 'tool_use') parts.push(JSON.stringify({ name: block.name, input: block.input }));
    }
    const u = obj(r.usage);
    const read = num(u.cache_read_input_tokens) ?? 0;
    const created = num(u.cache_creation_input_tokens) ?? 0;
    const input = num(u.input_tokens);
    return withUsage(
      { text: parts.join('') },
      input === undefined ? undefined : input + read + created,
      num(u.output_tokens),
      read,
    );
  }
  throw new TypeError(
    'the model answered with an unknown shape: return a string, { text }, or an OpenAI / Anthropic response',
  );
}

function withUsage(answer: ModelAnswer, input?: number, output?: number, cached?: number): ModelAnswer {
  if (input !== undefined) answer.inputTokens = input;
  if (output !== undefined) answer.outputTokens = output;
  if (cached !== undefined && cached > 0) answer.cachedInputTokens = cached;
  return answer;
}
