/**
 * The built-in providers wired to DESIGN section 11's adapters: requests for `openai` and `custom` are
 * built by `toOpenAIChat`, for `anthropic` by `toAnthropic` (both validate the variables as `render`
 * does, and apply the eval model's settings as `overrides`).
 * @module
 */

import { type AnthropicOptions, toAnthropic } from '../../providers/anthropic.js';
import { type OpenAIChatOptions, toOpenAIChat } from '../../providers/openai.js';
import type { EvalProviderName } from '../types.js';
import { builtinProviders } from './index.js';
import type { ProviderFactory } from './types.js';

/** `openai`, `anthropic` and `custom`, over the section 11 adapters. */
export const defaultProviders: Record<EvalProviderName, ProviderFactory> = builtinProviders({
  openaiChat: (prompt, vars, options) => toOpenAIChat(prompt, vars, options as OpenAIChatOptions),
  anthropic: (prompt, vars, options) => toAnthropic(prompt, vars, options as AnthropicOptions),
});
