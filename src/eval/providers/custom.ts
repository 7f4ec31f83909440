/**
 * The `custom` provider: a module of yours (path relative to the eval file) whose default export takes
 * the request (the OpenAI chat request that `toOpenAIChat` builds, with `model` set to the entry's name)
 * and returns the text, or a response in the OpenAI chat or Anthropic messages shape, or
 * `{ text, inputTokens?, outputTokens? }`. Each call counts as one model call.
 * @module
 */

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { overridesOf } from '../models.js';
import { type AnswerShape, answerFromResponse } from './response.js';
import type { ProviderFactory, RequestAdapter } from './types.js';

/** The default export of a custom provider module. */
export type CustomModel = (request: unknown, context: { signal: AbortSignal }) => AnswerShape | Promise<AnswerShape>;

/** Make the custom provider factory; `adapter` is DESIGN section 11's `toOpenAIChat`. */
export function customProviderFactory(adapter: RequestAdapter): ProviderFactory {
  return async (target, context) => {
    const path = resolve(context.dir, target.entry.module ?? target.name);
    let mod: { default?: unknown };
    try {
      mod = (await context.importModule(pathToFileURL(path).href)) as { default?: unknown };
    } catch (error) {
      return `the custom model module "${target.entry.module}" cannot be loaded (${(error as Error).message.split('\n')[0]}): the path is relative to the eval file`;
    }
    const answer = mod.default;
    if (typeof answer !== 'function') {
      return `the custom model module "${target.entry.module}" must export a default function (request) => text or response`;
    }
    return {
      buildRequest: (prompt, vars, placeholders) =>
        adapter(prompt, vars, { placeholders, overrides: overridesOf(target) }),
      async send(request, signal) {
        context.countRequest();
        return answerFromResponse(await (answer as CustomModel)(request, { signal }));
      },
    };
  };
}
