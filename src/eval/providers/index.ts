/**
 * The built-in providers of evals, made from DESIGN section 11's request adapters: `openai` (toOpenAIChat),
 * `anthropic` (toAnthropic), and `custom` (a module of yours, given the toOpenAIChat request).
 * @module
 */

import type { EvalProviderName } from '../types.js';
import { anthropicProviderFactory } from './anthropic.js';
import { customProviderFactory } from './custom.js';
import { openaiProviderFactory } from './openai.js';
import type { ProviderFactory, RequestAdapter } from './types.js';

export type { EvalProvider, ModelAnswer, ProviderContext, ProviderFactory, RequestAdapter } from './types.js';

/** The three providers, over the given adapters. */
export function builtinProviders(adapters: {
  openaiChat: RequestAdapter;
  anthropic: RequestAdapter;
}): Record<EvalProviderName, ProviderFactory> {
  return {
    openai: openaiProviderFactory(adapters.openaiChat),
    anthropic: anthropicProviderFactory(adapters.anthropic),
    custom: customProviderFactory(adapters.openaiChat),
  };
}
