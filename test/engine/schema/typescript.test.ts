import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { compileInputSchema } from '../../../src/engine/schema/index.js';
import { inputSchemaToTypeScript, jsonSchemaToTypeScript } from '../../../src/engine/schema/typescript.js';

/** Type-check `type Input = <text>` (plus optional extra code) with the TypeScript compiler; returns the diagnostics. */
function typeCheck(text: string, extra = ''): string[] {
  const source = `export type Input = ${text};\n${extra}\n`;
  const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, types: [] };
  const host = ts.createCompilerHost(options);
  const original = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language) =>
    name === 'input.ts' ? ts.createSourceFile(name, source, language) : original(name, language);
  const program = ts.createProgram(['input.ts'], options, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile('input.ts'))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const pico = (schema: Record<string, unknown>) => inputSchemaToTypeScript(compileInputSchema(schema));

describe('toTypeScript', () => {
  it('the example of the design', () => {
    const text = pico({
      company: 'string',
      customer: "string, the customer's first name",
      'tone?(enum)': ['formal', 'friendly'],
    });
    expect(text).toBe(
      '{\n  company: string;\n  /** the customer\'s first name */\n  customer: string;\n  tone?: "formal" | "friendly" | null;\n}',
    );
    expect(typeCheck(text, 'export const x: Input = { company: "a", customer: "b", tone: null };')).toEqual([]);
  });

  it('every Picoschema form', () => {
    const text = pico({
      s: 'string',
      n: 'number, a number',
      i: 'integer',
      b: 'boolean',
      z: 'null',
      a: 'any',
      'o?': 'string',
      'tags(array, the tags)': 'string',
      'items?(array)': { sku: 'string', 'qty?': 'integer' },
      'address(object)': { street: 'string', '(*)': 'string' },
      'meta(object)': { '(*)': 'any' },
      'level(enum)': [1, 2, 3],
      'mixed?(enum)': ['a', true, null],
    });
    expect(text).toMatchInlineSnapshot(`
      "{
        s: string;
        /** a number */
        n: number;
        i: number;
        b: boolean;
        z: null;
        a: unknown;
        o?: string | null;
        /** the tags */
        tags: Array<string>;
        items?: Array<{
          sku: string;
          qty?: number | null;
        }> | null;
        address: {
          street: string;
          [key: string]: string;
        };
        meta: Record<string, unknown>;
        level: 1 | 2 | 3;
        mixed?: "a" | true | null;
      }"
    `);
    expect(typeCheck(text)).toEqual([]);
  });

  it('the type checker used here does report errors', () => {
    expect(typeCheck('{ a: string; [key: string]: number }')).not.toEqual([]);
  });

  it('an index signature covers the declared properties', () => {
    const text = pico({ name: 'string', 'age?': 'integer', '(*)': 'boolean' });
    expect(text).toBe(
      '{\n  name: string;\n  age?: number | null;\n  [key: string]: boolean | string | number | null | undefined;\n}',
    );
    expect(typeCheck(text)).toEqual([]);
  });

  it('multi-line descriptions, odd keys and comment terminators', () => {
    const text = jsonSchemaToTypeScript({
      type: 'object',
      properties: {
        'first-name': { type: 'string', description: 'line one\nline two' },
        sneaky: { type: 'string', description: 'ends a comment */ here' },
      },
      required: ['first-name'],
    });
    expect(text).toMatchInlineSnapshot(`
      "{
        /**
         * line one
         * line two
         */
        "first-name": string;
        /** ends a comment *\\/ here */
        sneaky?: string;
      }"
    `);
    expect(typeCheck(text)).toEqual([]);
  });

  it('JSON Schema forms: unions, consts, nullable, allOf, tuples, unknown keywords', () => {
    expect(jsonSchemaToTypeScript({ anyOf: [{ type: 'string' }, { type: 'number' }], nullable: true })).toBe(
      'string | number | null',
    );
    expect(jsonSchemaToTypeScript({ oneOf: [{ const: 'a' }, { const: 1 }] })).toBe('"a" | 1');
    expect(jsonSchemaToTypeScript({ type: ['string', 'integer', 'null'] })).toBe('string | number | null');
    expect(jsonSchemaToTypeScript({ type: 'string', nullable: true })).toBe('string | null');
    expect(jsonSchemaToTypeScript({ type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'null' }] } })).toBe(
      'Array<string | null>',
    );
    expect(jsonSchemaToTypeScript({ type: 'array' })).toBe('Array<unknown>');
    expect(jsonSchemaToTypeScript({ type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }] })).toBe(
      '[string, number]',
    );
    expect(
      jsonSchemaToTypeScript({
        allOf: [
          { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] },
          { anyOf: [{ type: 'string' }, { type: 'number' }] },
        ],
      }),
    ).toBe('{\n  a: string;\n} & (string | number)');
    expect(jsonSchemaToTypeScript({ $ref: '#/$defs/x' })).toBe('unknown');
    expect(jsonSchemaToTypeScript({ anyOf: [{ type: 'string' }, {}] })).toBe('unknown');
    expect(jsonSchemaToTypeScript({ type: 'object', additionalProperties: false })).toBe('Record<string, never>');
    expect(jsonSchemaToTypeScript({ type: 'object', additionalProperties: { type: 'number' } })).toBe(
      'Record<string, number>',
    );
    expect(
      jsonSchemaToTypeScript({
        type: 'object',
        properties: { a: { type: 'string' } },
        required: ['a'],
        additionalProperties: true,
      }),
    ).toBe('{\n  a: string;\n  [key: string]: unknown;\n}');
  });

  it('the TypeScript of a zod schema comes from its JSON Schema', async () => {
    const { z } = await import('zod');
    const schema = compileInputSchema(
      z.object({ customer: z.string().describe('first name'), tone: z.optional(z.enum(['a', 'b'])) }),
    );
    expect(inputSchemaToTypeScript(schema)).toBe('{\n  /** first name */\n  customer: string;\n  tone?: "a" | "b";\n}');
  });

  it('is deterministic', () => {
    const schema = { b: 'string', a: 'integer', 'c?(enum)': ['y', 'x'] };
    expect(pico(schema)).toBe(pico(structuredClone(schema)));
  });
});
