/**
 * `promptops/openai`: prompts → the parameters of the `openai` SDK's `chat.completions.create` and
 * `responses.create`. Needs `openai` (an optional peer dependency of promptops) for its types.
 *
 * @example
 * ```ts
 * import OpenAI from 'openai';
 * import { toOpenAIChat } from 'promptops/openai';
 *
 * const p = await prompts.getPrompt('support/triage');
 * const res = await new OpenAI().chat.completions.create(toOpenAIChat(p, { ticket }, { placeholders: { history } }));
 * prompts.recordUsage(p, res);
 * const triage = p.parseOutput(res.choices[0]?.message.content);
 * ```
 * @module
 */

export type {
  OpenAIChatOptions,
  OpenAIChatPlaceholderMessage,
  OpenAIResponsesOptions,
  OpenAIResponsesPlaceholderMessage,
} from './providers/openai.js';
export { toOpenAIChat, toOpenAIResponses } from './providers/openai.js';
export type { AdaptablePrompt, AdapterOptions } from './providers/request.js';
