// zod/mini loads on first need (src/engine/schema/validator.ts). Each test file has its own module registry, so
// resetting the loader here acts as a fresh process; `sync: false` acts as a browser (no synchronous require).
import { beforeEach, describe, expect, it } from 'vitest';
import { createPromptClient } from '../../../src/client/client.js';
import { definePrompt } from '../../../src/client/define.js';
import { compileOutputSchema } from '../../../src/engine/output.js';
import { compilePrompt } from '../../../src/engine/prompt.js';
import { compileInputSchema } from '../../../src/engine/schema/index.js';
import { loadSchemaValidator, resetSchemaValidatorForTests } from '../../../src/engine/schema/validator.js';
import { isPromptOpsError, PromptInputError } from '../../../src/errors.js';
import { memoryStore } from '../../../src/stores/memory.js';
import { thrown as errorOf, rejectionOf } from '../../helpers/errors.js';

const record = {
  name: 'greeting',
  version: '1.0.0',
  type: 'text' as const,
  template: 'Hi {{customer}}, {{tone}}',
  input: { schema: { customer: 'string', 'tone(enum)': ['formal', 'friendly'] } },
};

describe('without a synchronous loader (browsers, workers)', () => {
  beforeEach(() => resetSchemaValidatorForTests({ sync: false }));

  it('compiles and renders input the fast check accepts without loading zod', () => {
    const prompt = compilePrompt(record);
    expect(prompt.render({ customer: 'Ada', tone: 'formal' })).toBe('Hi Ada, formal');
    expect(compileInputSchema({ a: 'string' }).validate({ a: 'x' }).ok).toBe(true);
  });

  it('says to await loadSchemaValidator() when a check needs zod before it loaded', () => {
    const error = errorOf(() => compilePrompt(record).render({ customer: 'Ada', tone: 'rude' }));
    expect(isPromptOpsError(error)).toBe(true);
    expect((error as Error).message).toMatch(/await loadSchemaValidator\(\)/);
    expect(errorOf(() => compileOutputSchema({ answer: 'string' }).check({ answer: 1 }))).toBeInstanceOf(Error);
  });

  it('checks with zod once loadSchemaValidator() resolved', async () => {
    await loadSchemaValidator();
    const error = errorOf(() => compilePrompt(record).render({ customer: 'Ada', tone: 'rude' }));
    expect(error).toBeInstanceOf(PromptInputError);
    expect((error as PromptInputError).issues[0]?.message).toMatch(/expected one of "formal", "friendly"/);
    expect(compileOutputSchema({ answer: 'string' }).check({ answer: 1 }).ok).toBe(false);
  });

  it('a client loads it itself: its prompts check input without an await by the caller', async () => {
    const client = createPromptClient({ store: memoryStore([record]) });
    const p = await client.getPrompt('greeting');
    const error = errorOf(() => p.render({ customer: 'Ada', tone: 'rude' }));
    expect(error).toBeInstanceOf(PromptInputError);
    expect(await rejectionOf(client.getPrompt('nothing@1.0.0'))).toBeInstanceOf(Error);
  });

  it('definePrompt needs no zod where it is written, when its defaults fit the fast check', () => {
    const defined = definePrompt({
      name: 'greeting',
      version: '1.0.0',
      input: { customer: 'string', 'tone(enum)': ['formal', 'friendly'] },
      default: { tone: 'formal' },
      template: 'Hi {{customer}}, {{tone}}',
    });
    expect(defined.render({ customer: 'Ada' })).toBe('Hi Ada, formal');
  });
});

describe('under Node', () => {
  beforeEach(() => resetSchemaValidatorForTests({ sync: true }));

  it('loads zod synchronously on first need: the synchronous APIs work without any await', () => {
    const error = errorOf(() => compilePrompt(record).render({ customer: 'Ada', tone: 'rude' }));
    expect(error).toBeInstanceOf(PromptInputError);
  });
});
