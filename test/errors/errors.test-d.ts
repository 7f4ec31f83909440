import { describe, expectTypeOf, it } from 'vitest';
import {
  type ConfigError,
  isPromptOpsError,
  type PromptInputError,
  type PromptNotFoundError,
  PromptOpsError,
  type PromptOutputError,
  type StoreError,
} from '../../src/errors.js';

describe('errors narrow by code', () => {
  it('isPromptOpsError(e) && e.code narrows to the class', () => {
    const e: unknown = undefined;
    if (isPromptOpsError(e)) {
      if (e.code === 'STORE_ERROR') expectTypeOf(e).toEqualTypeOf<StoreError>();
      if (e.code === 'PROMPT_NOT_FOUND') expectTypeOf(e).toEqualTypeOf<PromptNotFoundError>();
      if (e.code === 'RENDER_LIMIT') expectTypeOf(e).toEqualTypeOf<PromptInputError>();
      if (e.code === 'PROMPT_OUTPUT') expectTypeOf(e.text).toEqualTypeOf<string>();
    }
  });

  it('isPromptOpsError(e, code) narrows to the class', () => {
    const e: unknown = undefined;
    if (isPromptOpsError(e, 'CONFIG')) expectTypeOf(e).toEqualTypeOf<ConfigError>();
    if (isPromptOpsError(e, 'PROMPT_OUTPUT')) expectTypeOf(e).toEqualTypeOf<PromptOutputError>();
    if (isPromptOpsError(e, 'STORE_ERROR')) expectTypeOf(e.retryable).toEqualTypeOf<boolean>();
    // A class with two codes (PromptInputError) narrows to the class with that one code, never to `never`.
    if (isPromptOpsError(e, 'RENDER_LIMIT')) {
      expectTypeOf(e).toExtend<PromptInputError>();
      expectTypeOf(e.code).toEqualTypeOf<'RENDER_LIMIT'>();
      expectTypeOf(e.issues).not.toBeNever();
    }
    if (isPromptOpsError(e, 'PROMPT_INPUT')) expectTypeOf(e).toExtend<PromptInputError>();
    // @ts-expect-error: not a code
    isPromptOpsError(e, 'NOPE');
  });

  it('names are literal, and the base constructor takes no code', () => {
    expectTypeOf<StoreError['name']>().toEqualTypeOf<'StoreError'>();
    // @ts-expect-error: the code is fixed by the class
    new PromptOpsError('x', {}, 'STORE_ERROR');
  });
});
