import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { canonicalJson, computeHash, hashedContent, verifyRecordHash } from '../../src/engine/hash.js';
import type { PromptRecord } from '../../src/engine/record.js';
import { IntegrityError } from '../../src/errors.js';
import { rejectionOf } from '../helpers/errors.js';

const record: PromptRecord = {
  name: 'support/greeting',
  version: '1.2.0',
  labels: ['production'],
  type: 'text',
  template: 'Hello {{customer}} — ünïcode ✓',
  input: { schema: { customer: 'string' }, default: { tone: 'friendly' } },
  model: { temperature: 0.2, name: 'gpt-4o-mini' },
};

/** The canonical JSON of `record` without labels, written out by hand. */
const CANONICAL =
  '{"input":{"default":{"tone":"friendly"},"schema":{"customer":"string"}},' +
  '"model":{"name":"gpt-4o-mini","temperature":0.2},"name":"support/greeting",' +
  '"template":"Hello {{customer}} — ünïcode ✓","type":"text","version":"1.2.0"}';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('hex')}`;

describe('canonicalJson', () => {
  it('sorts keys recursively, drops undefined, keeps array order, no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: null, c: 'x', e: undefined }], u: undefined })).toBe(
      '{"a":[3,{"c":"x","d":null}],"b":1}',
    );
  });

  it('behaves like JSON.stringify otherwise', () => {
    expect(canonicalJson([undefined, () => 1, Number.NaN, Number.POSITIVE_INFINITY, -0])).toBe(
      '[null,null,null,null,0]',
    );
    expect(canonicalJson({ f: () => 1, s: Symbol('x') })).toBe('{}');
    expect(canonicalJson(new Date(0))).toBe('"1970-01-01T00:00:00.000Z"');
    expect(canonicalJson('a"\n')).toBe('"a\\"\\n"');
    expect(canonicalJson(undefined)).toBe('null');
    expect(() => canonicalJson(1n)).toThrow(TypeError);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => canonicalJson(cycle)).toThrow(/circular/);
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });

  it('sorts by UTF-16 code units', () => {
    expect(canonicalJson({ b: 1, B: 2, é: 3, a: 4, '10': 5, '9': 6 })).toBe('{"10":5,"9":6,"B":2,"a":4,"b":1,"é":3}');
  });

  it('property: equals JSON.stringify of the same data, and is independent of key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
        const reversed = JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
          typeof v === 'object' && v !== null && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).reverse())
            : v,
        );
        expect(canonicalJson(reversed)).toBe(canonicalJson(value));
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe('computeHash', () => {
  it('known vector: sha256 of the canonical content, computed independently with node:crypto', async () => {
    expect(canonicalJson(hashedContent(record))).toBe(CANONICAL);
    expect(await computeHash(record)).toBe(sha256(CANONICAL));
    expect(await computeHash(record)).toMatch(/^sha256-[0-9a-f]{64}$/);
  });

  it('is independent of key order', async () => {
    const reordered: PromptRecord = {
      model: { name: 'gpt-4o-mini', temperature: 0.2 },
      input: { default: { tone: 'friendly' }, schema: { customer: 'string' } },
      template: record.template,
      type: 'text',
      version: '1.2.0',
      name: 'support/greeting',
    };
    expect(await computeHash(reordered)).toBe(await computeHash(record));
  });

  it('ignores labels and hash', async () => {
    const bare = { ...record };
    delete bare.labels;
    expect(await computeHash({ ...record, labels: ['staging', 'x'], hash: `sha256-${'0'.repeat(64)}` })).toBe(
      await computeHash(bare),
    );
  });

  it('changes with any content', async () => {
    const base = await computeHash(record);
    expect(await computeHash({ ...record, template: `${record.template} ` })).not.toBe(base);
    expect(await computeHash({ ...record, version: '1.2.1' })).not.toBe(base);
    expect(await computeHash({ ...record, metadata: { owner: 'x' } })).not.toBe(base);
  });

  it('hashes a zod schema through its JSON Schema', async () => {
    const withZod = (schema: unknown): PromptRecord => ({ ...record, input: { schema } });
    const a = await computeHash(withZod(z.object({ customer: z.string() })));
    const b = await computeHash(withZod(z.object({ customer: z.string() })));
    const c = await computeHash(withZod(z.object({ customer: z.number() })));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    const content = hashedContent(withZod(z.object({ customer: z.string() })));
    expect((content.input as { schema: Record<string, unknown> }).schema).toMatchObject({
      type: 'object',
      properties: { customer: { type: 'string' } },
    });
  });

  it('a Standard Schema without JSON Schema is hashed by vendor', () => {
    const opaque = { '~standard': { version: 1, vendor: 'opaque', validate: (value: unknown) => ({ value }) } };
    const content = hashedContent({ ...record, input: { schema: opaque }, output: { schema: opaque } });
    expect(content.input).toEqual({ schema: { '~standard': 'opaque' } });
    expect(content.output).toEqual({ schema: { '~standard': 'opaque' } });
  });
});

describe('verifyRecordHash', () => {
  it('returns the computed hash; accepts a matching one', async () => {
    const hash = await computeHash(record);
    expect(await verifyRecordHash(record)).toBe(hash);
    expect(await verifyRecordHash({ ...record, hash })).toBe(hash);
  });

  it('throws IntegrityError when the record says another hash', async () => {
    const stated = `sha256-${'a'.repeat(64)}`;
    const actual = await computeHash(record);
    const error = await rejectionOf(verifyRecordHash({ ...record, hash: stated }));
    expect(error).toBeInstanceOf(IntegrityError);
    expect(error).toMatchObject({ promptName: 'support/greeting', version: '1.2.0', expected: stated, actual });
    expect((error as Error).message).toContain(`the record says ${stated}, got ${actual}`);
  });
});
