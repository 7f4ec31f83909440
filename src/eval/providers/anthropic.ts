/**
 * The `anthropic` provider, through the `@anthropic-ai/sdk` client (an optional peer dependency,
 * imported when an eval needs it). Base URL from the model's `baseUrl`, else `ANTHROPIC_BASE_URL`; key
 * from `apiKeyEnv`, else `ANTHROPIC_API_KEY`. Retries are the SDK's (honouring `Retry-After` and
 * `retry-after-ms`); each attempt counts in `calls.made`.
 * @module
 */

import { overridesOf } from '../models.js';
import { answerFromResponse } from './response.js';
import { apiKeyOf, countingFetch, errorText, loadSdk } from './sdk.js';
import type { ProviderFactory, RequestAdapter } from './types.js';

interface AnthropicClient {
  messages: { create(body: unknown, options: { signal: AbortSignal }): Promise<object> };
}
type AnthropicConstructor = new (options: Record<string, unknown>) => AnthropicClient;

/** Make the Anthropic provider factory; `adapter` is DESIGN section 11's `toAnthropic`. */
export function anthropicProviderFactory(adapter: RequestAdapter): ProviderFactory {
  return async (target, context) => {
    const key = apiKeyOf(target, 'ANTHROPIC_API_KEY', context);
    if (typeof key === 'string') return key;
    const sdk = await loadSdk('@anthropic-ai/sdk', target, context);
    if (typeof sdk === 'string') return sdk;
    const Anthropic = ((sdk as { default?: unknown }).default ??
      (sdk as { Anthropic?: unknown }).Anthropic) as AnthropicConstructor;
    const baseURL = target.entry.baseUrl ?? (context.env.ANTHROPIC_BASE_URL || undefined);
    const client = new Anthropic({
      apiKey: key.key,
      ...(baseURL === undefined ? {} : { baseURL }),
      maxRetries: context.maxRetries,
      timeout: context.timeoutMs,
      fetch: countingFetch(context),
    });
    return {
      buildRequest: (prompt, vars, placeholders) =>
        adapter(prompt, vars, { placeholders, overrides: overridesOf(target) }),
      async send(request, signal) {
        try {
          return answerFromResponse(await client.messages.create(request, { signal }));
        } catch (error) {
          throw new Error(errorText(error, key.key), { cause: error });
        }
      },
    };
  };
}
