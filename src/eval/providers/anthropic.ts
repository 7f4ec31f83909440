/**
 * The `anthropic` provider, through the `@anthropic-ai/sdk` client (an optional peer dependency,
 * imported when an eval needs it). Base URL from the model's `baseUrl`, else `ANTHROPIC_BASE_URL`; key
 * from `apiKeyEnv`, else `ANTHROPIC_API_KEY`. Retries are the SDK's (honouring `Retry-After` and
 * `retry-after-ms`); each attempt counts in `calls.made`.
 * @module
 */

import { sdkProviderFactory } from './sdk.js';
import type { ProviderFactory, RequestAdapter } from './types.js';

interface AnthropicClient {
  messages: { create(body: unknown, options: { signal: AbortSignal }): Promise<object> };
}

/** Make the Anthropic provider factory; `adapter` is DESIGN section 11's `toAnthropic`. */
export function anthropicProviderFactory(adapter: RequestAdapter): ProviderFactory {
  return sdkProviderFactory<AnthropicClient>(
    {
      pkg: '@anthropic-ai/sdk',
      exportName: 'Anthropic',
      keyEnv: 'ANTHROPIC_API_KEY',
      baseUrlEnv: 'ANTHROPIC_BASE_URL',
      create: (client, request, signal) => client.messages.create(request, { signal }),
    },
    adapter,
  );
}
