// Input and output checks run on promptops's own check (src/engine/schema/check.ts), not on zod: the browser core
// bundles without zod (issue 14's size budget), and the synchronous APIs validate everywhere without any loader.
import { describe, expect, it } from 'vitest';
import { definePrompt } from '../../../src/client/define.js';
import { compileOutputSchema, parseOutput } from '../../../src/engine/output.js';
import { compilePrompt } from '../../../src/engine/prompt.js';
import { compileInputSchema } from '../../../src/engine/schema/index.js';
import { PromptInputError, PromptOutputError } from '../../../src/errors.js';
import { bundledFiles } from '../../helpers/browser-bundle.js';
import { thrown } from '../../helpers/errors.js';

const record = {
  name: 'greeting',
  version: '1.0.0',
  type: 'text' as const,
  template: 'Hi {{customer}}, {{tone}}',
  input: { schema: { customer: 'string', 'tone(enum)': ['formal', 'friendly'] } },
};

describe('the core without zod', () => {
  it('{ createPromptClient, httpStore } and the synchronous APIs bundle without any zod module', async () => {
    const inputs = await bundledFiles(
      "export { createPromptClient, httpStore, memoryStore, compilePrompt, compileInputSchema, definePrompt } from './src/index.ts';",
    );
    expect(inputs.some((path) => path.endsWith('src/engine/schema/check.ts'))).toBe(true);
    expect(inputs.filter((path) => /node_modules\/zod\//.test(path))).toEqual([]);
  });

  it('the synchronous APIs check input and output without any await, in the words they always used', () => {
    const error = thrown(() => compilePrompt(record).render({ customer: 'Ada', tone: 'rude' }));
    expect(error).toBeInstanceOf(PromptInputError);
    expect((error as PromptInputError).issues).toEqual([
      { path: ['tone'], code: 'invalid_value', message: 'expected one of "formal", "friendly", got string "rude"' },
    ]);
    expect(compileInputSchema({ a: 'string' }).validate({}).ok).toBe(false);
    const defined = definePrompt({
      name: 'greeting',
      version: '1.0.0',
      input: { customer: 'string', 'tone(enum)': ['formal', 'friendly'] },
      default: { tone: 'formal' },
      template: 'Hi {{customer}}, {{tone}}',
    });
    expect(defined.render({ customer: 'Ada' })).toBe('Hi Ada, formal');
    expect(compileOutputSchema({ answer: 'string' }).check({ answer: 1 })).toEqual({
      ok: false,
      issues: [{ path: ['answer'], code: 'invalid_type', message: 'expected string, got number 1' }],
    });
    const output = { ...record, output: { schema: { 'answer(enum)': ['yes', 'no'] } } };
    expect(parseOutput(output, '{"answer":"yes"}')).toEqual({ answer: 'yes' });
    expect(thrown(() => parseOutput(output, '{"answer":"maybe"}'))).toBeInstanceOf(PromptOutputError);
  });
});
