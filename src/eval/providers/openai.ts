/**
 * The `openai` provider: any OpenAI-compatible server (OpenAI, vLLM, Ollama, llama.cpp, LM Studio)
 * through the `openai` SDK (an optional peer dependency, imported when an eval needs it). Base URL from
 * the model's `baseUrl`, else `OPENAI_BASE_URL`; key from `apiKeyEnv`, else `OPENAI_API_KEY`. Retries are
 * the SDK's (408, 409, 429, 5xx and connection errors, honouring `Retry-After` and `retry-after-ms`);
 * each attempt counts in `calls.made`.
 * @module
 */

import { sdkProviderFactory } from './sdk.js';
import type { ProviderFactory, RequestAdapter } from './types.js';

interface OpenAIClient {
  chat: { completions: { create(body: unknown, options: { signal: AbortSignal }): Promise<object> } };
}

/** Make the OpenAI provider factory; `adapter` is DESIGN section 11's `toOpenAIChat`. */
export function openaiProviderFactory(adapter: RequestAdapter): ProviderFactory {
  return sdkProviderFactory<OpenAIClient>(
    {
      pkg: 'openai',
      exportName: 'OpenAI',
      keyEnv: 'OPENAI_API_KEY',
      baseUrlEnv: 'OPENAI_BASE_URL',
      create: (client, request, signal) => client.chat.completions.create(request, { signal }),
    },
    adapter,
  );
}
