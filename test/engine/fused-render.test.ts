import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFusedRender } from '../../src/engine/fused-render.js';
import { compilePrompt } from '../../src/engine/prompt.js';
import { compileInputSchema } from '../../src/engine/schema/index.js';
import { compileTemplate } from '../../src/engine/template/index.js';
import { PromptInputError } from '../../src/errors.js';
import { thrownBy } from '../helpers/errors.js';

/** The fused render of `source` over a Picoschema of required strings named `keys`. */
function fused(source: string, keys: readonly string[]) {
  const flat = compileTemplate(source).flat;
  const schema = compileInputSchema(Object.fromEntries(keys.map((key) => [key, 'string'])));
  if (flat === undefined || schema.requiredStrings === undefined) throw new Error('not a fusable shape');
  return compileFusedRender(flat, schema.requiredStrings);
}

describe('compileFusedRender', () => {
  it('renders every arity from one to four, keys in any order', () => {
    expect(fused('Hi {{a}}!', ['a'])?.({ a: 'Ada' })).toBe('Hi Ada!');
    expect(fused('{{b}} and {{a}}', ['a', 'b'])?.({ a: '1', b: '2' })).toBe('2 and 1');
    expect(fused('{{c}}{{a}}{{b}}.', ['a', 'b', 'c'])?.({ a: 'x', b: 'y', c: 'z' })).toBe('zxy.');
    expect(fused('<{{a}}|{{b}}|{{c}}|{{d}}>', ['d', 'c', 'b', 'a'])?.({ a: '1', b: '2', c: '3', d: '4' })).toBe(
      '<1|2|3|4>',
    );
    expect(fused('{{a}}', ['a'])?.(Object.assign(Object.create(null), { a: 'bare' }))).toBe('bare');
  });

  it('answers undefined ("take the general path") for anything but exactly the keys, all strings', () => {
    const render = fused('{{a}} {{b}}', ['a', 'b']);
    expect(render).toBeDefined();
    for (const vars of [
      { a: 'x' },
      { a: 'x', b: 1 },
      { a: 'x', b: undefined },
      { a: 'x', b: 'y', c: 'extra' },
      ['x', 'y'],
      null,
      undefined,
      'a b',
      new (class {
        a = 'x';
        b = 'y';
      })(),
    ]) {
      expect(render?.(vars)).toBeUndefined();
    }
  });

  it('is not compiled when the template and the schema do not match one to one', () => {
    expect(fused('no variables', [])).toBeUndefined();
    expect(fused('{{a}} {{a}}', ['a'])).toBeUndefined();
    expect(fused('{{a}}', ['a', 'b'])).toBeUndefined();
    expect(fused('{{a}} {{b}}', ['a', 'c'])).toBeUndefined();
    expect(fused('{{a}}{{b}}{{c}}{{d}}{{e}}', ['a', 'b', 'c', 'd', 'e'])).toBeUndefined();
  });

  it('leaves out templates that are not flat plain names', () => {
    expect(compileTemplate('{{#a}}x{{/a}}').flat).toBeUndefined();
    expect(compileTemplate('{{a.b}}').flat).toBeUndefined();
    expect(compileTemplate('{{toString}}').flat).toBeUndefined();
    expect(compileTemplate('{{a}}', { escape: (text) => text }).flat).toBeUndefined();
    expect(compileTemplate('{{{a}}}', { escape: (text) => text }).flat).toEqual({ texts: ['', ''], keys: ['a'] });
  });

  it('agrees with validate-then-render on arbitrary input (property)', () => {
    const keys = ['a', 'b', 'c'];
    const source = 'x{{c}}y{{a}}z{{b}}';
    const render = fused(source, keys);
    const schema = compileInputSchema({ a: 'string', b: 'string', c: 'string' });
    const template = compileTemplate(source);
    const value = fc.oneof(fc.string(), fc.integer(), fc.constant(undefined), fc.constant(null), fc.boolean());
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', '__proto__'), value), (vars) => {
        const out = render?.(vars);
        const valid = schema.validate(vars).ok;
        expect(out !== undefined).toBe(valid);
        if (out !== undefined) expect(out).toBe(template.render(vars));
      }),
      { seed: 42, numRuns: 2_000 },
    );
  });
});

describe('a prompt on the fused path', () => {
  const prompt = compilePrompt({
    name: 'fused/greeting',
    version: '1.0.0',
    type: 'text',
    template: 'Greet {{customer}} from {{company}}.',
    input: { schema: { company: 'string', customer: 'string' } },
  });

  it('renders valid input and still reports every problem of invalid input', () => {
    expect(prompt.render({ company: 'Acme', customer: 'Ada' })).toBe('Greet Ada from Acme.');
    const error = thrownBy(PromptInputError, () => prompt.render({ company: 1, extra: 'x' } as never));
    expect(error.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['company', 'customer', 'extra']);
    expect(error.message).toContain('Invalid input for prompt "fused/greeting@1.0.0" (3 problems)');
    expect(error.message).toContain('company: expected string, got number 1');
    expect(error.message).toContain('customer: missing required variable "customer" (string)');
    expect(error.message).toContain('extra: unknown variable "extra"');
  });
});
