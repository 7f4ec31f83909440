/**
 * The content hash of a prompt record: `sha256-<hex>` of the canonical JSON of everything but
 * `labels` and `hash`. Uses Web Crypto (`crypto.subtle`), available on Node 20+, browsers, Deno,
 * Bun and Workers.
 * @module
 */
import { IntegrityError } from '../errors.js';
import type { PromptRecord } from './record.js';
import { isStandardSchema, standardSchemaToJsonSchema } from './schema/standard.js';

/**
 * Canonical JSON: object keys sorted (by UTF-16 code units, as RFC 8785) at every level, no
 * whitespace. Otherwise as `JSON.stringify`: `toJSON()` is honoured, `undefined`, functions and
 * symbols are dropped from objects and become `null` in arrays, non-finite numbers become `null`.
 *
 * @throws {TypeError} on a circular structure or a `bigint`, as `JSON.stringify` does.
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [true, { d: null, c: 'x' }] }); // '{"a":[true,{"c":"x","d":null}],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set()) ?? 'null';
}

function write(value: unknown, ancestors: Set<object>): string | undefined {
  if (typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON(): unknown }).toJSON();
  }
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return JSON.stringify(value);
    case 'bigint':
      throw new TypeError('canonicalJson: a bigint cannot be serialized to JSON');
    case 'object': {
      if (value === null) return 'null';
      if (ancestors.has(value)) throw new TypeError('canonicalJson: the value contains a circular reference');
      ancestors.add(value);
      let out: string;
      if (Array.isArray(value)) {
        out = `[${value.map((item) => write(item, ancestors) ?? 'null').join(',')}]`;
      } else {
        const record = value as Record<string, unknown>;
        const parts: string[] = [];
        for (const key of Object.keys(record).sort()) {
          const text = write(record[key], ancestors);
          if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
        }
        out = `{${parts.join(',')}}`;
      }
      ancestors.delete(value);
      return out;
    }
    default:
      // undefined, functions, symbols
      return undefined;
  }
}

/**
 * The content that the hash covers: the record without `labels` and `hash`. An input or output
 * schema given as a Standard Schema validator (e.g. a zod object from `definePrompt`) is replaced by
 * its JSON Schema when the validator can produce one; otherwise by `{ "~standard": "<vendor>" }`, so
 * the hash then does not change when only such a schema changes.
 */
export function hashedContent(record: PromptRecord): Record<string, unknown> {
  const { labels: _labels, hash: _hash, ...content } = record;
  const out: Record<string, unknown> = content;
  if (record.input !== undefined && isStandardSchema(record.input.schema)) {
    out.input = { ...record.input, schema: schemaForHash(record.input.schema) };
  }
  if (record.output !== undefined && isStandardSchema(record.output.schema)) {
    out.output = { ...record.output, schema: schemaForHash(record.output.schema) };
  }
  return out;
}

function schemaForHash(schema: Parameters<typeof standardSchemaToJsonSchema>[0]): unknown {
  return standardSchemaToJsonSchema(schema) ?? { '~standard': schema['~standard'].vendor };
}

/**
 * `'sha256-<64 hex>'` of the canonical JSON of the record's content (see {@link hashedContent}).
 *
 * @example
 * ```ts
 * await computeHash({ name: 'greeting', version: '1.0.0', type: 'text', template: 'Hi {{name}}' });
 * // 'sha256-…'
 * ```
 */
export async function computeHash(record: PromptRecord): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) {
    throw new Error(
      'promptops needs Web Crypto (globalThis.crypto.subtle) to hash prompts; use Node 20+ or a modern runtime',
    );
  }
  const bytes = new TextEncoder().encode(canonicalJson(hashedContent(record)));
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return `sha256-${hex}`;
}

/**
 * Compute the record's hash and check it against the one the record carries, if any.
 *
 * @returns The computed hash.
 * @throws {IntegrityError} when `record.hash` is present and differs from the content's hash.
 */
export async function verifyRecordHash(record: PromptRecord): Promise<string> {
  const actual = await computeHash(record);
  if (record.hash !== undefined && record.hash !== actual) {
    throw new IntegrityError(record.name, record.version, { expected: record.hash, actual, reason: 'the record says' });
  }
  return actual;
}
