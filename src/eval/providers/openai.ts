/**
 * The `openai` provider: any OpenAI-compatible server (OpenAI, vLLM, Ollama, llama.cpp, LM Studio)
 * through the `openai` SDK (an optional peer dependency, imported when an eval needs it). Base URL from
 * the model's `baseUrl`, else `OPENAI_BASE_URL`; key from `apiKeyEnv`, else `OPENAI_API_KEY`. Retries are
 * the SDK's (408, 409, 429, 5xx and connection errors, honouring `Retry-After` and `retry-after-ms`);
 * each attempt counts in `calls.made`.
 * @module
 */

import { overridesOf } from '../models.js';
import { answerFromResponse } from './response.js';
import { apiKeyOf, countingFetch, errorText, loadSdk } from './sdk.js';
import type { ProviderFactory, RequestAdapter } from './types.js';

interface OpenAIClient {
  chat: { completions: { create(body: unknown, options: { signal: AbortSignal }): Promise<object> } };
}
type OpenAIConstructor = new (options: Record<string, unknown>) => OpenAIClient;

/** Make the OpenAI provider factory; `adapter` is DESIGN section 11's `toOpenAIChat`. */
export function openaiProviderFactory(adapter: RequestAdapter): ProviderFactory {
  return async (target, context) => {
    const key = apiKeyOf(target, 'OPENAI_API_KEY', context);
    if (typeof key === 'string') return key;
    const sdk = await loadSdk('openai', target, context);
    if (typeof sdk === 'string') return sdk;
    const OpenAI = ((sdk as { default?: unknown }).default ??
      (sdk as { OpenAI?: unknown }).OpenAI) as OpenAIConstructor;
    const baseURL = target.entry.baseUrl ?? (context.env.OPENAI_BASE_URL || undefined);
    const client = new OpenAI({
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
          return answerFromResponse(await client.chat.completions.create(request, { signal }));
        } catch (error) {
          throw new Error(errorText(error, key.key), { cause: error });
        }
      },
    };
  };
}
