/**
 * What the OpenAI and Anthropic providers share: loading the optional peer SDK (with an error that names
 * the package to install), the API key (named, never printed), and a fetch that counts every request.
 * @module
 */

import { type ModelTarget, overridesOf } from '../models.js';
import { answerFromResponse } from './response.js';
import type { ProviderContext, ProviderFactory, RequestAdapter } from './types.js';

/** Import an optional peer SDK. Resolves to the module, or a message naming the package to install. */
export async function loadSdk(pkg: string, target: ModelTarget, context: ProviderContext): Promise<unknown> {
  try {
    return await context.importModule(pkg);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (
      code === 'ERR_MODULE_NOT_FOUND' ||
      code === 'MODULE_NOT_FOUND' ||
      /Cannot find (module|package)/.test(String(error))
    ) {
      return `the ${target.provider} provider (model ${target.id}) needs the "${pkg}" package, an optional peer dependency of promptops: npm install ${pkg}`;
    }
    return `the "${pkg}" package cannot be loaded: ${(error as Error).message}`;
  }
}

/** The API key of a model: `apiKeyEnv`, else the provider's variable. A message when it is not set. */
export function apiKeyOf(target: ModelTarget, defaultEnv: string, context: ProviderContext): { key: string } | string {
  const name = target.entry.apiKeyEnv ?? defaultEnv;
  const key = context.env[name];
  if (key === undefined || key === '') {
    return target.entry.apiKeyEnv !== undefined
      ? `model ${target.id} takes its API key from ${name} (apiKeyEnv), which is not set: export it`
      : `model ${target.id} needs an API key: export ${name} (or name another variable with apiKeyEnv)`;
  }
  return { key };
}

/** A fetch that counts each request it sends (so that SDK retries count in `calls.made`). */
export function countingFetch(context: ProviderContext): typeof globalThis.fetch {
  const inner = context.fetch ?? globalThis.fetch;
  return (input, init) => {
    context.countRequest();
    return inner(input, init);
  };
}

/** An SDK error as text, without the API key in it. */
export function errorText(error: unknown, secret: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return secret.length >= 4 ? message.split(secret).join('***') : message;
}

/** How one SDK-backed provider differs from another: its package, its variables and its create call. */
export interface SdkProviderSpec<Client> {
  /** The npm package of the SDK (an optional peer dependency). */
  pkg: string;
  /** The named export of the client class, used when the module has no default export. */
  exportName: string;
  /** The variable holding the API key when the model sets no `apiKeyEnv`. */
  keyEnv: string;
  /** The variable holding the base URL when the model sets no `baseUrl`. */
  baseUrlEnv: string;
  /** Send one request with the SDK's client and resolve to its response. */
  create(client: Client, request: unknown, signal: AbortSignal): Promise<object>;
}

/**
 * A provider factory over an official SDK client: the key (named, never printed), the SDK loaded on
 * demand, the SDK's own retries and timeout, a fetch that counts every attempt, and requests built by
 * `adapter` (DESIGN section 11's adapter for that SDK).
 */
export function sdkProviderFactory<Client>(spec: SdkProviderSpec<Client>, adapter: RequestAdapter): ProviderFactory {
  return async (target, context) => {
    const key = apiKeyOf(target, spec.keyEnv, context);
    if (typeof key === 'string') return key;
    const sdk = await loadSdk(spec.pkg, target, context);
    if (typeof sdk === 'string') return sdk;
    const ClientClass = ((sdk as { default?: unknown }).default ??
      (sdk as Record<string, unknown>)[spec.exportName]) as new (
      options: Record<string, unknown>,
    ) => Client;
    const baseURL = target.entry.baseUrl ?? (context.env[spec.baseUrlEnv] || undefined);
    const client = new ClientClass({
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
          return answerFromResponse(await spec.create(client, request, signal));
        } catch (error) {
          throw new Error(errorText(error, key.key), { cause: error });
        }
      },
    };
  };
}
