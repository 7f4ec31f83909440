/**
 * zod/mini, the validator behind Picoschema / JSON Schema input and output checks, loaded when a prompt first
 * needs it rather than with promptops: `import('promptops')` does not pay for it (about 50 ms under Node), and
 * the client loads it on its asynchronous load path, alongside the store's answer.
 *
 * Only the slow path of a check needs it: a schema compiles, and input its precompiled fast check accepts
 * renders, without zod. When a check needs zod before it was loaded:
 * - under Node (ESM or CommonJS, Node ≥ 20.16), it is loaded synchronously then, so the synchronous APIs
 *   (`compilePrompt`, `compileInputSchema`, `definePrompt`, `parseOutput`) work as before without any await;
 * - elsewhere (browsers, workers), the check throws a {@link PromptOpsError} saying to
 *   `await loadSchemaValidator()` once first. Prompts from a client never need that: the client awaits it.
 * @module
 */
import { PromptOpsError } from '../../errors.js';
import type { zodMini } from './zod-mini.js';

/** The functions of zod/mini that promptops uses (see `./zod-mini.ts`). */
export type ZodMini = typeof zodMini;

let zod: ZodMini | undefined;
let loading: Promise<ZodMini> | undefined;
/** For tests: pretend that no synchronous loader exists (as in a browser). */
let syncLoading = true;

/**
 * Load the schema validator (zod/mini) once; later calls share the first load. Needed only for prompts compiled
 * or defined without a client (`compilePrompt`, `compileInputSchema`, `definePrompt`) outside Node: call it once
 * before they validate. The client calls it itself.
 *
 * @example
 * ```ts
 * import { definePrompt, loadSchemaValidator } from 'promptops';
 *
 * await loadSchemaValidator(); // in a browser or a worker, once, before rendering without a client
 * export const greeting = definePrompt({ name: 'greeting', version: '1.0.0', input: { customer: 'string' }, template: 'Hi {{customer}}' });
 * ```
 */
export function loadSchemaValidator(): Promise<void> {
  loading ??= import('./zod-mini.js').then((module) => (zod ??= module.zodMini));
  return loading.then(() => undefined);
}

/** Start loading the validator without waiting (a failure shows where it is awaited). */
export function preloadSchemaValidator(): void {
  loadSchemaValidator().catch(() => undefined);
}

/**
 * zod/mini, loading it synchronously under Node when it is not loaded yet.
 * @throws {PromptOpsError} elsewhere, when {@link loadSchemaValidator} has not finished
 */
export function schemaValidator(): ZodMini {
  zod ??= syncLoading ? requireSync() : undefined;
  if (zod !== undefined) return zod;
  throw new PromptOpsError(
    'this schema check needs the schema validator (zod/mini), which promptops loads on first use and has not ' +
      'loaded yet: `await loadSchemaValidator()` (from "promptops") once before rendering or parsing output of ' +
      'prompts made without a client (compilePrompt, compileInputSchema, definePrompt); prompts from a client ' +
      'are ready',
  );
}

/** zod/mini through Node's `require` (from the ESM and the CommonJS build alike), or `undefined` outside Node. */
function requireSync(): ZodMini | undefined {
  try {
    const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const nodeModule = process?.getBuiltinModule?.('node:module') as typeof import('node:module') | undefined;
    if (nodeModule === undefined) return undefined;
    // In the CommonJS build `import.meta` is empty; `__filename` is this file there.
    const base = typeof __filename === 'string' ? __filename : import.meta.url;
    return nodeModule.createRequire(base)('zod/mini') as ZodMini;
  } catch {
    return undefined;
  }
}

/** Tests only: forget the loaded validator; `sync: false` acts as a runtime without a synchronous loader. */
export function resetSchemaValidatorForTests(options: { sync: boolean }): void {
  zod = undefined;
  loading = undefined;
  syncLoading = options.sync;
}
