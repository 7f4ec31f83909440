/**
 * `promptops/anthropic`: prompts → the parameters of `@anthropic-ai/sdk`'s `messages.create`. Needs
 * `@anthropic-ai/sdk` (an optional peer dependency of promptops) for its types.
 *
 * @example
 * ```ts
 * import Anthropic from '@anthropic-ai/sdk';
 * import { toAnthropic } from 'promptops/anthropic';
 *
 * const p = await prompts.getPrompt('support/triage');
 * const msg = await new Anthropic().messages.create(toAnthropic(p, { ticket }));
 * prompts.recordUsage(p, msg);
 * ```
 * @module
 */
export type { AnthropicOptions, AnthropicPlaceholderMessage } from './providers/anthropic.js';
export { toAnthropic } from './providers/anthropic.js';
export type { AdaptablePrompt, AdapterOptions } from './providers/request.js';
