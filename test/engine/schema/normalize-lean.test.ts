import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileInputSchema, compileInputSchemaLean } from '../../../src/engine/schema/index.js';
import { normalizeJsonSchema } from '../../../src/engine/schema/json-schema.js';
import { normalizeJsonSchemaLean, picoschemaToJsonSchemaLean } from '../../../src/engine/schema/normalize-lean.js';
import { picoschemaToJsonSchema } from '../../../src/engine/schema/picoschema.js';
import { PromptFormatError, type PromptFormatLocation } from '../../../src/errors.js';
import { thrownBy } from '../../helpers/errors.js';
import { picoschemaArbitrary } from './arbitraries.js';
import { authoredSchemaArbitrary, jsonSchemaArbitrary } from './schema-arbitraries.js';
import { JSON_SCHEMA_REFUSED, PICOSCHEMA_REFUSED } from './schema-cases.js';

const at: PromptFormatLocation = { file: 'p.prompt.yaml', promptName: 'a/b', field: 'input.schema' };
const PLAIN_FIX = '; parseRecord() or `promptops validate` says how to fix it';

type Outcome = { ok: true; value: unknown } | { ok: false; field: string | undefined; file: string | undefined };

/** What a check makes of a schema: the result, or where it refuses it (only a PromptFormatError is a refusal). */
function outcome(check: () => unknown): Outcome {
  try {
    return { ok: true, value: check() };
  } catch (error) {
    if (!(error instanceof PromptFormatError)) throw error;
    return { ok: false, field: error.field, file: error.file };
  }
}

/** The lean refusal is plain: the problem and where its fix is explained, no suggestion, no guessed type. */
function expectPlain(error: PromptFormatError): void {
  expect(error.detail.endsWith(PLAIN_FIX)).toBe(true);
  expect(error.detail).not.toContain('did you mean');
  expect(error.promptName).toBe('a/b');
}

describe('normalizeJsonSchemaLean refuses every schema normalizeJsonSchema refuses, at the same field', () => {
  for (const { title, schema, top } of JSON_SCHEMA_REFUSED) {
    it(title, () => {
      const options = { top: top ?? true };
      const rich = thrownBy(PromptFormatError, () => normalizeJsonSchema(schema, at, options));
      const lean = thrownBy(PromptFormatError, () => normalizeJsonSchemaLean(schema, at, options));
      expect(lean.field).toBe(rich.field);
      expect(lean.file).toBe('p.prompt.yaml');
      expectPlain(lean);
    });
  }
});

describe('picoschemaToJsonSchemaLean refuses every schema picoschemaToJsonSchema refuses, at the same field', () => {
  for (const { title, schema } of PICOSCHEMA_REFUSED) {
    it(title, () => {
      const rich = thrownBy(PromptFormatError, () => picoschemaToJsonSchema(schema, at));
      const lean = thrownBy(PromptFormatError, () => picoschemaToJsonSchemaLean(schema, at));
      expect(lean.field).toBe(rich.field);
      expect(lean.file).toBe('p.prompt.yaml');
      expectPlain(lean);
    });
  }
});

describe('compileInputSchemaLean: the runtime compile', () => {
  it('refuses every case of both rich checks at the same field as compileInputSchema', () => {
    for (const { schema } of [...JSON_SCHEMA_REFUSED, ...PICOSCHEMA_REFUSED]) {
      const rich = outcome(() => compileInputSchema(schema, at));
      const lean = outcome(() => compileInputSchemaLean(schema, at));
      expect(lean.ok).toBe(false);
      expect(lean).toEqual(rich);
    }
  });

  it('says what is wrong and where, in plain words', () => {
    const error = thrownBy(PromptFormatError, () =>
      compileInputSchemaLean({ type: 'object', properties: { tone: { type: 'strng' } } }, at),
    );
    expect(error.message).toBe(
      'p.prompt.yaml, field "input.schema.properties.tone.type": unknown type; ' +
        'parseRecord() or `promptops validate` says how to fix it',
    );
    const rich = thrownBy(PromptFormatError, () =>
      compileInputSchema({ type: 'object', properties: { tone: { type: 'strng' } } }, at),
    );
    expect(rich.detail).toContain('did you mean "string"?');
  });

  it('compiles a schema to the same normalized JSON Schema as compileInputSchema', () => {
    const schema = { customer: 'string, the name', 'tone?(enum)': ['formal', 'friendly'], '(*)': 'number' };
    // Fresh objects: the compilers share their cache.
    expect(compileInputSchemaLean(structuredClone(schema)).jsonSchema).toEqual(
      compileInputSchema(structuredClone(schema)).jsonSchema,
    );
  });
});

describe('property: the lean and the rich checks agree on every schema', () => {
  const runs = { numRuns: 400 };

  it('Picoschema + JSON Schema, as input schemas (top) and output schemas: the result, or the refused field', () => {
    fc.assert(
      fc.property(authoredSchemaArbitrary(), fc.boolean(), (schema, top) => {
        const rich = outcome(() => normalizeJsonSchema(picoschemaToJsonSchema(schema, at), at, { top }));
        const lean = outcome(() => normalizeJsonSchemaLean(picoschemaToJsonSchemaLean(schema, at), at, { top }));
        expect(lean).toEqual(rich);
      }),
      runs,
    );
  });

  it('JSON Schema nodes below the top level', () => {
    fc.assert(
      fc.property(jsonSchemaArbitrary(), (schema) => {
        const rich = outcome(() => normalizeJsonSchema(schema, at, { top: false }));
        const lean = outcome(() => normalizeJsonSchemaLean(schema, at, { top: false }));
        expect(lean).toEqual(rich);
      }),
      runs,
    );
  });

  it('the generated schemas are both accepted and refused, so that the agreement means something', () => {
    const outcomes = fc
      .sample(authoredSchemaArbitrary(), { numRuns: 400, seed: 1 })
      .map((schema) => outcome(() => normalizeJsonSchema(picoschemaToJsonSchema(schema, at), at, { top: false })));
    const accepted = outcomes.filter((o) => o.ok).length;
    expect(accepted).toBeGreaterThan(40);
    expect(outcomes.length - accepted).toBeGreaterThan(40);
  });

  it('well-formed Picoschema always compiles, to the same schema', () => {
    fc.assert(
      fc.property(picoschemaArbitrary(), (schema) => {
        const lean = compileInputSchemaLean(structuredClone(schema)).jsonSchema;
        expect(lean).toEqual(compileInputSchema(structuredClone(schema)).jsonSchema);
      }),
      { numRuns: 200 },
    );
  });
});
