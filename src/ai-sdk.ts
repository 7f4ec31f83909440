/**
 * `promptops/ai-sdk`: prompts → the settings of the AI SDK's `generateText` / `streamText`. Needs
 * `ai` (an optional peer dependency of promptops).
 *
 * @example
 * ```ts
 * import { generateText } from 'ai';
 * import { openai } from '@ai-sdk/openai';
 * import { toAISDK } from 'promptops/ai-sdk';
 *
 * const p = await prompts.getPrompt('support/triage');
 * const result = await generateText({ model: openai('gpt-4o-mini'), ...toAISDK(p, { ticket }) });
 * prompts.recordUsage(p, result);
 * ```
 * @module
 */
export type { AISDKOptions, AISDKPlaceholderMessage, AISDKRequest } from './providers/ai-sdk.js';
export { toAISDK } from './providers/ai-sdk.js';
export type { AdaptablePrompt, AdapterOptions } from './providers/request.js';
