/**
 * Property-based fuzzing of the prompt-file parser, the input-schema compiler (Picoschema and JSON
 * Schema) and the template compiler + renderer: whatever the input, they return or throw a
 * `PromptOpsError`, nothing else, and each call stays under a generous time bound.
 *
 * CI runs a fixed seed. A longer run (docs/reliability.md):
 *   FUZZ_RUNS=100000 npx vitest run test/reliability/fuzz.test.ts
 * (`FUZZ_SEED=<n>` picks another seed.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePromptFile } from '../../src/engine/parse.js';
import { compilePrompt } from '../../src/engine/prompt.js';
import type { PromptRecord } from '../../src/engine/record.js';
import { compileInputSchema } from '../../src/engine/schema/index.js';
import { compileTemplate } from '../../src/engine/template/index.js';
import { isPromptOpsError } from '../../src/errors.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_124);
const LONG = process.env.FUZZ_RUNS !== undefined;
/** Per-property runs: sized so that the file stays well under 20 s on the CI machine. */
const runs = (ci: number): number => (LONG ? Number(process.env.FUZZ_RUNS) : ci);
/** A bound per call far above the real cost (well under a millisecond), so that it never flakes. */
const CALL_BOUND_MS = 15_000;
const TIMEOUT = LONG ? 24 * 3_600_000 : 120_000; // generous: a loaded machine must not fail a seeded run

let slowest = 0;

/** Run `fn`; anything thrown must be a PromptOpsError, and the call must finish within the bound. */
function settle(fn: () => unknown): 'ok' | 'error' {
  const started = performance.now();
  let outcome: 'ok' | 'error' = 'ok';
  try {
    fn();
  } catch (error) {
    if (!isPromptOpsError(error)) {
      throw new Error(`threw a non-PromptOpsError: ${String(error)}`, { cause: error });
    }
    outcome = 'error';
  }
  const took = performance.now() - started;
  slowest = Math.max(slowest, took);
  if (took > CALL_BOUND_MS) throw new Error(`took ${took.toFixed(0)} ms`);
  return outcome;
}

const check = (property: fc.IProperty<never> | fc.IProperty<unknown[]>, numRuns: number) =>
  fc.assert(property as fc.IProperty<unknown>, { seed: SEED, numRuns, endOnFailure: true });

// --------------------------------------------------------------- building blocks

const TEMPLATE_PIECES = [
  '{{',
  '}}',
  '{{{',
  '}}}',
  '{{#',
  '{{/',
  '{{^',
  '{{>',
  '{{!',
  '{{&',
  '{{=<% %>=}}',
  '<%',
  '%>',
  '.',
  'a',
  'b',
  'a.b',
  '__proto__',
  'constructor',
  'toString',
  ' ',
  '\n',
  '\\',
  '"',
  'x',
  '\u0000',
  '😀',
];
const templateText = fc.oneof(
  fc.array(fc.constantFrom(...TEMPLATE_PIECES), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 60 }),
  fc
    .array(fc.tuple(fc.constantFrom('#', '^', '', '&', '>'), fc.constantFrom('a', 'b', 'a.b', '.', 'items', 'p')), {
      maxLength: 12,
    })
    .map((tags) => `${tags.map(([sigil, name]) => `{{${sigil}${name}}}x`).join('')}{{/a}}{{/b}}`),
);

const view = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.constantFrom('a', 'b', 'items', '__proto__', 'constructor', 'toString', 'x'), fc.jsonValue(), {
    maxKeys: 5,
  }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": 1}, "a": [{"b": 1}, {"b": 2}]}')),
);

const YAML_PIECES = [
  'version: 1.0.0',
  'version: 1',
  'name: a/b',
  'name: ../x',
  'type: chat',
  'type: text',
  'labels: [prod, prod]',
  'input:',
  '  schema:',
  '    who: string',
  '    n?: integer, count',
  '    items(array): string',
  '  default: { who: x }',
  'messages:',
  '  - role: user',
  '    content: "{{who}}"',
  '  - placeholder: history',
  'template: "{{#a}}"',
  'metadata: &m { a: 1 }',
  'model: *m',
  'a: *undefined',
  '? [a]',
  ': b',
  '!!binary x',
  '!!js/function "f"',
  '[[[[',
  '{',
  '- -',
  '"\\u0000"',
  '__proto__: { polluted: 1 }',
  'hash: sha256:00',
  '\t',
  '',
];
const yamlLines = fc.array(fc.constantFrom(...YAML_PIECES), { maxLength: 14 }).map((lines) => lines.join('\n'));

const promptFile = fc.oneof(
  fc.tuple(fc.subarray(YAML_PIECES.slice(2, 16)), templateText).map(([lines, body]) => ({
    file: 'f.prompt.md',
    text: `---\nversion: 1.0.0\n${lines.join('\n')}\n---\n${body}`,
  })),
  fc.constant({ file: 'f.prompt.md', text: '---\nversion: 1.0.0\n---\nHello {{who}}' }),
  fc
    .tuple(yamlLines, templateText)
    .map(([front, body]) => ({ file: 'f.prompt.md', text: `---\n${front}\n---\n${body}` })),
  fc.tuple(fc.string({ maxLength: 80 }), templateText).map(([front, body]) => ({
    file: 'f.prompt.md',
    text: `---\n${front}\n---\n${body}`,
  })),
  yamlLines.map((text) => ({ file: 'f.prompt.yaml', text })),
  fc.jsonValue().map((value) => ({ file: 'f.prompt.json', text: JSON.stringify(value) ?? 'null' })),
  fc
    .record({
      name: fc.oneof(fc.constant('a/b'), fc.string({ maxLength: 10 })),
      version: fc.oneof(fc.constant('1.0.0'), fc.string({ maxLength: 8 })),
      type: fc.constantFrom('text', 'chat', 'other'),
      template: templateText,
      input: fc.jsonValue(),
    })
    .map((record) => ({ file: 'f.prompt.json', text: JSON.stringify(record) })),
  fc.string({ maxLength: 200 }).map((text) => ({ file: 'f.prompt.md', text })),
);

const PICO_TYPES = [
  'string',
  'integer',
  'number',
  'boolean',
  'null',
  'any',
  'object',
  'array',
  'bogus',
  'string, a note',
];
const picoKey = fc.oneof(
  fc.constantFrom(
    'who',
    'n?',
    'items(array)',
    'obj(object)',
    'tag(enum)',
    'x?(array, note)',
    '__proto__',
    'constructor',
    '(',
    '?',
  ),
  fc.string({ maxLength: 8 }),
);
const picoschema: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'pico', withCrossShrink: true },
    fc.constantFrom(...PICO_TYPES),
    fc.dictionary(picoKey, tie('node'), { maxKeys: 4 }),
    fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant(null)), { maxLength: 4 }),
  ),
})).node;
const jsonSchema = fc.letrec((tie) => ({
  node: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'json-schema', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 2 }),
    fc.record(
      {
        type: fc.oneof(
          fc.constantFrom('object', 'string', 'array', 'integer', 'number', 'boolean', 'null', 'nope'),
          fc.array(fc.constantFrom('string', 'null')),
        ),
        properties: fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 3 }),
        required: fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
        items: tie('node'),
        enum: fc.array(fc.jsonValue(), { maxLength: 3 }),
        $ref: fc.constantFrom('#', '#/properties/a', 'http://evil.test/schema'),
        additionalProperties: fc.oneof(fc.boolean(), tie('node')),
        minLength: fc.oneof(fc.integer(), fc.string()),
        pattern: fc.constantFrom('^a+$', '(a+)+$', '[', '.*'),
        anyOf: fc.array(tie('node'), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    ),
  ),
})).node;

// --------------------------------------------------------------- properties

describe(`fuzz (seed ${SEED}${LONG ? `, ${process.env.FUZZ_RUNS} runs per property` : ''})`, () => {
  it('parsePromptFile: a record or a PromptOpsError, within the bound', { timeout: TIMEOUT }, () => {
    let parsed = 0;
    check(
      fc.property(promptFile, ({ file, text }) => {
        if (settle(() => parsePromptFile(text, { file, name: 'fuzz/p' })) === 'ok') parsed++;
      }),
      runs(10_000),
    );
    // The generators reach the successful path too, not only errors.
    expect(parsed).toBeGreaterThan(0);
  });

  it('compileInputSchema: Picoschema and JSON Schema shapes, then validate', { timeout: TIMEOUT }, () => {
    let compiled = 0;
    check(
      fc.property(
        fc.oneof(picoschema, jsonSchema),
        fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue()),
        (schema, input) => {
          settle(() => {
            const compiledSchema = compileInputSchema(schema);
            compiled++;
            compiledSchema.validate(input);
          });
        },
      ),
      runs(10_000),
    );
    expect(compiled).toBeGreaterThan(0);
  });

  it('compileTemplate + render: strict and not, any view', { timeout: TIMEOUT }, () => {
    let rendered = 0;
    const partials: Record<string, PromptRecord> = {
      p: { name: 'p', version: '1.0.0', type: 'text', template: 'P{{#a}}{{> p}}{{/a}}{{b}}' },
    };
    check(
      fc.property(templateText, view, fc.boolean(), (source, vars, strict) => {
        settle(() => {
          const template = compileTemplate(source, {
            strict,
            partial: (name) => (name === 'p' ? partials.p?.template : undefined),
          });
          template.render(vars);
          rendered++;
        });
        settle(() => {
          const prompt = compilePrompt(
            { name: 'fuzz/t', version: '1.0.0', type: 'text', template: source },
            { strict, partials: (name) => partials[name] },
          );
          prompt.render(typeof vars === 'object' && vars !== null && !Array.isArray(vars) ? (vars as never) : {});
        });
      }),
      runs(10_000),
    );
    expect(rendered).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stays fast: the slowest call is reported', () => {
    expect(slowest).toBeLessThan(CALL_BOUND_MS);
    console.info(`fuzz: slowest single call ${slowest.toFixed(1)} ms (bound ${CALL_BOUND_MS} ms)`);
  });
});
