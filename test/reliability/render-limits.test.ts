/**
 * Defects 1 and 2 of issue 13 (DESIGN section 4): a render is bounded in steps and output, input nested deeper
 * than 256 levels is refused, and nothing but a `PromptOpsError` ever leaves a render. Each test has its own
 * timeout, so a render that hangs fails instead of stalling the run.
 */
import { describe, expect, it } from 'vitest';
import { createPromptClient } from '../../src/client/client.js';
import { compilePrompt } from '../../src/engine/prompt.js';
import type { PromptRecord } from '../../src/engine/record.js';
import { compileTemplate } from '../../src/engine/template/compile.js';
import { ConfigError, isPromptOpsError, PromptInputError } from '../../src/errors.js';
import { memoryStore } from '../../src/stores/memory.js';
import { thrown } from '../helpers/errors.js';
import { HANG_MS } from '../helpers/wait.js';

const text = (name: string, template: string, extra: Partial<PromptRecord> = {}): PromptRecord => ({
  name,
  version: '1.0.0',
  type: 'text',
  template,
  ...extra,
});

/** The render limit error `fn` throws, checked. */
function renderLimit(fn: () => unknown): PromptInputError {
  const error = thrown(fn);
  expect(error).toBeInstanceOf(PromptInputError);
  const limit = error as PromptInputError;
  expect(limit.code).toBe('RENDER_LIMIT');
  return limit;
}

const nested = (depth: number, inner: string): string => '{{#a}}'.repeat(depth) + inner + '{{/a}}'.repeat(depth);

describe('maxSteps', () => {
  it('30 nested sections over a: [1, 2] stop with RENDER_LIMIT naming prompt and limit, strict or not', {
    timeout: HANG_MS,
  }, () => {
    const prompt = compilePrompt(text('bomb', nested(30, 'x')), { strict: false });
    for (const strict of [true, false]) {
      const error = renderLimit(() => prompt.render({ a: [1, 2] }, { strict }));
      expect(error.promptName).toBe('bomb');
      expect(error.version).toBe('1.0.0');
      expect(error.message).toMatch(/bomb@1\.0\.0/);
      expect(error.message).toMatch(/maxSteps \(1000000\)/);
      expect(error.issues[0]?.code).toBe('max_steps');
    }
  });

  it('with a declared schema too (strict validation passes, the render is still bounded)', { timeout: HANG_MS }, () => {
    const prompt = compilePrompt(
      text('bomb', nested(30, 'x'), { input: { schema: { type: 'object', properties: { a: { type: 'array' } } } } }),
    );
    renderLimit(() => prompt.render({ a: [1, 2] }));
  });

  it('is a compilePrompt and a client option; a render under it is untouched', { timeout: HANG_MS }, async () => {
    const record = text('loop', '{{#items}}{{.}},{{/items}}');
    const small = compilePrompt(record, { maxSteps: 10 });
    expect(small.render({ items: [1, 2, 3] })).toBe('1,2,3,');
    renderLimit(() => small.render({ items: Array.from({ length: 11 }, (_, i) => i) }));
    const client = createPromptClient({ store: memoryStore([record]), maxSteps: 10 });
    const p = await client.getPrompt('loop');
    expect(p.render({ items: [1, 2, 3] })).toBe('1,2,3,');
    expect(renderLimit(() => p.render({ items: Array.from({ length: 11 }, (_, i) => i) })).message).toMatch(
      /maxSteps \(10\)/,
    );
    await client.close();
  });

  it('refuses a bad limit option with a ConfigError', () => {
    expect(() => createPromptClient({ store: memoryStore([]), maxSteps: 0 })).toThrow(ConfigError);
    expect(() => createPromptClient({ store: memoryStore([]), maxOutputChars: 1.5 })).toThrow(/maxOutputChars/);
    expect(() => compilePrompt(text('x', 'x'), { maxSteps: -1 })).toThrow(ConfigError);
  });
});

describe('maxOutputChars', () => {
  it('output past V8 string length (1,000 × 1 MB) stops at the limit, not with a RangeError', {
    timeout: HANG_MS,
  }, () => {
    const prompt = compilePrompt(text('big', '{{#items}}{{x}}{{/items}}'), { strict: false });
    const x = 'y'.repeat(1_000_000);
    const error = renderLimit(() => prompt.render({ items: Array.from({ length: 1_000 }, () => 1), x }));
    expect(error.message).toMatch(/maxOutputChars \(10000000 characters\)/);
    expect(error.issues[0]?.code).toBe('max_output_chars');
  });

  it('a 16-level partial diamond of 16 KB partials (under the include cap) stops at the limit', {
    timeout: HANG_MS,
  }, () => {
    const filler = 'z'.repeat(16 * 1024);
    const partials = new Map<string, PromptRecord>();
    for (let i = 0; i < 16; i++) partials.set(`p${i}`, text(`p${i}`, `${filler}{{> p${i + 1}}}{{> p${i + 1}}}`));
    partials.set('p16', text('p16', filler));
    const prompt = compilePrompt(text('diamond', '{{> p0}}'), { partials: (name) => partials.get(name) });
    const error = renderLimit(() => prompt.render({}));
    expect(error.promptName).toBe('diamond');
  });

  it('a flat template whose input is longer than the limit, and chat messages together', () => {
    const flat = compilePrompt(text('flat', 'Hi {{name}}'), { maxOutputChars: 10 });
    expect(flat.render({ name: 'Ada' })).toBe('Hi Ada');
    renderLimit(() => flat.render({ name: 'Ada Lovelace' }));
    const chat = compilePrompt(
      {
        name: 'chat',
        version: '1.0.0',
        type: 'chat',
        messages: [
          { role: 'system', content: 'Hi {{a}}' },
          { role: 'user', content: 'Hi {{b}}' },
        ],
      },
      { maxOutputChars: 12 },
    );
    expect(chat.renderMessages({ a: 'x', b: 'y' })).toHaveLength(2);
    renderLimit(() => chat.renderMessages({ a: 'xxxx', b: 'yyyy' }));
  });
});

describe('deep input and engine errors', () => {
  const deep = (depth: number): Record<string, unknown> => {
    let value: Record<string, unknown> = { end: true };
    for (let i = 0; i < depth; i++) value = { a: value };
    return value;
  };

  it('an interpolated value nested deeper than 256 levels is RENDER_LIMIT; 250 levels render', () => {
    const prompt = compilePrompt(text('deep', '{{x}}'), { strict: false });
    const error = renderLimit(() => prompt.render({ x: deep(100_000) }));
    expect(error.issues[0]?.code).toBe('max_input_depth');
    expect(error.message).toMatch(/deeper than 256 levels/);
    expect(prompt.render({ x: deep(250) })).toMatch(/^\{"a":/);
  });

  it('a strict prompt with a declared schema gets the same error, not a stack overflow from validation', () => {
    const prompt = compilePrompt(
      text('deep', '{{x}}', { input: { schema: { type: 'object', properties: { x: { type: 'object' } } } } }),
    );
    renderLimit(() => prompt.render({ x: deep(100_000) }));
  });

  it('compileTemplate alone never throws a RangeError: a 100k-deep value is RENDER_LIMIT', () => {
    const template = compileTemplate('{{x}}', { location: { promptName: 'raw' } });
    const error = renderLimit(() => template.render({ x: deep(100_000) }));
    expect(error.issues[0]?.code).toBe('max_input_depth');
    expect(error.message).toMatch(/raw/);
    expect(isPromptOpsError(error)).toBe(true);
  });
});
