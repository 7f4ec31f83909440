/**
 * What the OpenAI and Anthropic providers share: loading the optional peer SDK (with an error that names
 * the package to install), the API key (named, never printed), and a fetch that counts every request.
 * @module
 */

import type { ModelTarget } from '../models.js';
import type { ProviderContext } from './types.js';

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
