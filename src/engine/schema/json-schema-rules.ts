/**
 * The rules of the JSON Schema subset that input and output schemas may use: what is accepted, how it is
 * normalized, and which problem is found first, at which field. They carry no wording: each problem is named by
 * its plain wording ({@link JsonSchemaProblem}) and the caller's {@link SchemaFail} throws the error. So the two
 * checks that use these rules accept, normalize and refuse alike, at the same field:
 * - `normalizeJsonSchema` (`./json-schema.ts`), where schemas are authored (`promptops validate`, `parseRecord`,
 *   `compileInputSchema`, `compilePrompt`): rich wording, with "did you mean" and the fix;
 * - `normalizeJsonSchemaLean` (`./normalize-lean.ts`), on the runtime path (the client): the plain wording.
 *
 * Supported keywords (they are enforced at run time):
 * `type` (a name or a list; `null` in the list makes a value nullable), `properties`, `required`,
 * `additionalProperties` (boolean or schema), `items` (one schema), `minItems`, `maxItems`, `enum`,
 * `const`, `anyOf`, `oneOf` (exactly one alternative must match), `allOf` (merged into one schema),
 * `nullable` (OpenAPI 3.0), `minLength`, `maxLength`, `pattern`, `minimum`, `maximum`,
 * `exclusiveMinimum`, `exclusiveMaximum` (number, or the draft-4 boolean form), `multipleOf`.
 *
 * Annotations are kept and not enforced: `title`, `description`, `default`, `examples`, `format`,
 * `$schema`, `$id`, `$comment`, `$defs`, `definitions`, `deprecated`, `readOnly`, `writeOnly`,
 * `contentMediaType`, `contentEncoding`, and any `x-…` extension.
 *
 * Every other keyword is an error naming it: a validation keyword that promptops would skip
 * (`$ref`, `not`, `if`, `uniqueItems`, `patternProperties`, …) would let bad input through
 * silently, and an unknown word is usually a typo (`propertes`). Keywords that only apply to one
 * type (`minLength` on a number) are errors too.
 *
 * The top level of an input schema must be an object schema. Unlike plain JSON Schema, such a top level without
 * `additionalProperties` is closed (`additionalProperties: false` is written into the normalized
 * schema): an unknown variable is almost always a typo. Nested objects follow JSON Schema (open
 * unless they say `additionalProperties: false`). `default` is an annotation: defaults that apply
 * at render time belong in the record's `input.default`.
 * @module
 */
import type { FieldSegment, SchemaFail } from './field-path.js';
import { isPlainRecord } from './picoschema-rules.js';
import type { JsonSchema } from './types.js';

/** JSON Schema type names accepted in `type`. */
export const JSON_SCHEMA_TYPES = ['string', 'number', 'integer', 'boolean', 'null', 'object', 'array'] as const;

const words = (text: string): string[] => text.split(' ');

/** Keywords that only apply to one type: the type, and the keywords. */
const TYPED_KEYWORDS: ReadonlyArray<[type: string, keywords: string[]]> = [
  ['string', words('minLength maxLength pattern')],
  ['number', words('minimum maximum exclusiveMinimum exclusiveMaximum multipleOf')],
  ['array', words('items minItems maxItems')],
  ['object', words('properties required additionalProperties')],
];

/** The validation keywords of the subset (enforced). */
export const VALIDATION_KEYWORDS: ReadonlySet<string> = new Set([
  ...words('type enum const anyOf oneOf allOf nullable'),
  ...TYPED_KEYWORDS.flatMap(([, keywords]) => keywords),
]);

/** The annotation keywords of the subset (kept, not enforced). */
export const ANNOTATION_KEYWORDS: ReadonlySet<string> = new Set(
  words(
    'title description default examples format $schema $id $comment $defs definitions deprecated readOnly writeOnly ' +
      'contentMediaType contentEncoding',
  ),
);

/** Deepest nesting of schemas accepted. */
export const MAX_SCHEMA_DEPTH = 32;

/**
 * The problems the rules find, each in its plain wording: the field path says where. `./json-schema.ts` words each
 * one richly from the path and the details its {@link SchemaFail} receives.
 */
export type JsonSchemaProblem =
  | 'an input schema must be an object schema (type: object with properties)'
  | 'the schema nests too deeply'
  | 'the schema `false` accepts no value'
  | 'expected a schema object'
  | 'unknown or unsupported JSON Schema keyword'
  | '"type" is an empty list'
  | 'unknown type'
  | 'a type is listed twice'
  | '"nullable: true" cannot be combined with "const"'
  | '"nullable" must be true or false'
  | 'the keyword does not apply to the type'
  | 'must be a whole number >= 0'
  | 'must be a valid regular expression'
  | 'an exclusive bound of `true` needs "minimum" or "maximum"'
  | 'must be a number'
  | 'must be greater than 0'
  | 'tuple "items" are not supported'
  | 'must be a non-empty list of values'
  | 'must be a string, number, boolean or null'
  | 'does not fit the type'
  | 'cannot be combined with "anyOf" or "oneOf"'
  | 'must be a non-empty list of schemas'
  | '"properties" must map names to schemas'
  | '"required" must be a list of property names'
  | '"required" must list property names (strings)'
  | '"required" lists a name twice'
  | '"required" lists a property that "properties" does not declare'
  | 'allOf members define a property differently'
  | 'allOf members have no type in common'
  | 'allOf members give a keyword different values';

type Fail = SchemaFail<JsonSchemaProblem>;
type Path = readonly FieldSegment[];

/**
 * Check a JSON Schema against the supported subset and return a normalized copy: `allOf` merged,
 * `nullable: true` turned into a `'null'` type, draft-4 boolean `exclusiveMinimum`/`exclusiveMaximum`
 * turned into numbers, `type: 'object'`/`'array'` added where `properties`/`items` imply it, and (for
 * `top`) `additionalProperties: false` added when absent.
 *
 * @param top `true` requires an object schema, as input schemas are.
 * @throws whatever `fail` throws, for the first problem found
 */
export function applyJsonSchemaRules(schema: unknown, fail: Fail, top: boolean): JsonSchema {
  const normalized = normalizeNode(schema, [], fail, 0);
  if (top) {
    // details: the normalized type
    if (normalized.type !== 'object') {
      fail('an input schema must be an object schema (type: object with properties)', ['type'], normalized.type);
    }
    normalized.additionalProperties ??= false;
  }
  return normalized;
}

function normalizeNode(node: unknown, path: Path, fail: Fail, depth: number): JsonSchema {
  const at = (...keys: FieldSegment[]): Path => [...path, ...keys];
  if (depth > MAX_SCHEMA_DEPTH) fail('the schema nests too deeply', path);
  if (node === true) return {};
  if (node === false) return fail('the schema `false` accepts no value', path);
  // details: the value
  if (!isPlainRecord(node)) return fail('expected a schema object', path, node);

  for (const key of Object.keys(node)) {
    if (!(VALIDATION_KEYWORDS.has(key) || ANNOTATION_KEYWORDS.has(key) || key.startsWith('x-'))) {
      fail('unknown or unsupported JSON Schema keyword', at(key));
    }
  }

  const { allOf, nullable, ...rest } = node;
  let out: JsonSchema = rest;
  if (allOf !== undefined) {
    schemaList(allOf, at('allOf'), fail, depth).forEach((member, i) => {
      out = mergeSchemas(out, member, at('allOf', i), fail);
    });
  }

  // type
  if (out.type === undefined) {
    const implied = words('properties required additionalProperties').some((k) => out[k] !== undefined)
      ? 'object'
      : out.items !== undefined
        ? 'array'
        : undefined;
    // Keep `type` first, as a reader expects.
    if (implied !== undefined) out = { type: implied, ...out };
  } else {
    const types = ([] as unknown[]).concat(out.type);
    if (types.length === 0) fail('"type" is an empty list', at('type'));
    types.forEach((type, i) => {
      // details: the type
      if (!(JSON_SCHEMA_TYPES as readonly unknown[]).includes(type)) fail('unknown type', at('type'), type);
      if (types.indexOf(type) !== i) fail('a type is listed twice', at('type'), type);
    });
    out.type = types.length === 1 ? types[0] : types;
  }

  if (nullable === true) {
    const types = typeList(out);
    const list = out.enum ?? out.anyOf ?? out.oneOf;
    if (types !== undefined) {
      if (!types.includes('null')) out.type = [...types, 'null'];
    } else if (Array.isArray(list)) {
      const key = out.enum !== undefined ? 'enum' : out.anyOf !== undefined ? 'anyOf' : 'oneOf';
      const none = key === 'enum' ? null : { type: 'null' };
      if (!list.includes(null)) out[key] = [...list, none];
    } else if (out.const !== undefined) {
      fail('"nullable: true" cannot be combined with "const"', at('nullable'));
    }
    // No type and no alternatives: any value, null included.
  } else if (nullable !== undefined && nullable !== false) {
    // details: the value
    fail('"nullable" must be true or false', at('nullable'), nullable);
  }

  // Keywords that apply to one type only.
  const types = typeList(out);
  for (const [type, keywords] of TYPED_KEYWORDS) {
    for (const keyword of keywords) {
      if (out[keyword] === undefined) continue;
      if (types === undefined || !types.some((t) => t === type || (type === 'number' && t === 'integer'))) {
        // details: the type the keyword applies to, the schema's type
        fail('the keyword does not apply to the type', at(keyword), type, out.type);
      }
    }
  }

  // Values of the keywords (details: the value).
  for (const key of words('minLength maxLength minItems maxItems')) {
    const value = out[key];
    if (value !== undefined && !(Number.isInteger(value) && (value as number) >= 0)) {
      fail('must be a whole number >= 0', at(key), value);
    }
  }
  if (out.pattern !== undefined) {
    if (typeof out.pattern !== 'string' || compilePattern(out.pattern) === undefined) {
      fail('must be a valid regular expression', at('pattern'), out.pattern);
    }
  }
  for (const [exclusive, inclusive] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    // Draft 4: a boolean that makes minimum/maximum exclusive.
    if (out[exclusive] === true) {
      if (out[inclusive] === undefined) {
        fail('an exclusive bound of `true` needs "minimum" or "maximum"', at(exclusive));
      }
      out[exclusive] = out[inclusive];
      delete out[inclusive];
    } else if (out[exclusive] === false) delete out[exclusive];
  }
  for (const key of TYPED_KEYWORDS[1]![1]) {
    const value = out[key];
    if (value !== undefined && !Number.isFinite(value)) fail('must be a number', at(key), value);
  }
  if ((out.multipleOf as number) <= 0) fail('must be greater than 0', at('multipleOf'), out.multipleOf);

  if (out.items !== undefined) {
    if (Array.isArray(out.items)) fail('tuple "items" are not supported', at('items'));
    out.items = normalizeNode(out.items, at('items'), fail, depth + 1);
  }
  normalizeObjectKeywords(out, at, fail, depth);

  if (out.enum !== undefined) {
    if (!Array.isArray(out.enum) || out.enum.length === 0) {
      fail('must be a non-empty list of values', at('enum'), out.enum);
    }
    for (const [i, value] of (out.enum as unknown[]).entries()) checkValue(value, out, at('enum', i), fail);
  }
  if (out.const !== undefined) checkValue(out.const, out, at('const'), fail);

  for (const key of ['anyOf', 'oneOf']) {
    if (out[key] === undefined) continue;
    out[key] = schemaList(out[key], at(key), fail, depth);
    const other = Object.keys(out).find((k) => k !== key && VALIDATION_KEYWORDS.has(k));
    // details: "anyOf" or "oneOf"
    if (other !== undefined) fail('cannot be combined with "anyOf" or "oneOf"', at(other), key);
  }
  return out;
}

function schemaList(value: unknown, path: Path, fail: Fail, depth: number): JsonSchema[] {
  // details: the value
  if (!Array.isArray(value) || value.length === 0) return fail('must be a non-empty list of schemas', path, value);
  return value.map((member, index) => normalizeNode(member, [...path, index], fail, depth + 1));
}

function typeList(schema: JsonSchema): string[] | undefined {
  return schema.type === undefined ? undefined : ([] as string[]).concat(schema.type as string);
}

/** Compile a JSON Schema `pattern` (ECMA-262, Unicode mode when the pattern allows it). */
export function compilePattern(pattern: string): RegExp | undefined {
  for (const flags of ['u', '']) {
    try {
      return new RegExp(pattern, flags);
    } catch {
      // Try without Unicode mode, then give up.
    }
  }
  return undefined;
}

function normalizeObjectKeywords(
  out: JsonSchema,
  at: (...keys: FieldSegment[]) => Path,
  fail: Fail,
  depth: number,
): void {
  const { properties, required, additionalProperties } = out;
  if (properties !== undefined) {
    // details: the value
    if (!isPlainRecord(properties)) fail('"properties" must map names to schemas', at('properties'), properties);
    const normalized: Record<string, JsonSchema> = {};
    for (const [name, property] of Object.entries(properties)) {
      normalized[name] = normalizeNode(property, at('properties', name), fail, depth + 1);
    }
    out.properties = normalized;
  }
  if (required !== undefined) {
    // details: the value
    if (!Array.isArray(required)) fail('"required" must be a list of property names', at('required'), required);
    const declared = Object.keys(out.properties ?? {});
    (required as unknown[]).forEach((name, i, all) => {
      if (typeof name !== 'string') fail('"required" must list property names (strings)', at('required'), name);
      // details: the name
      if (all.indexOf(name) !== i) fail('"required" lists a name twice', at('required'), name);
      // details: the name, the declared names
      if (!declared.includes(name)) {
        fail('"required" lists a property that "properties" does not declare', at('required'), name, declared);
      }
    });
    out.required = [...required];
  }
  if (additionalProperties !== undefined && typeof additionalProperties !== 'boolean') {
    out.additionalProperties = normalizeNode(additionalProperties, at('additionalProperties'), fail, depth + 1);
  }
}

/** An `enum` value (path ends in its index) or a `const`: a primitive that fits the schema's type. */
function checkValue(value: unknown, out: JsonSchema, path: Path, fail: Fail): void {
  // details: the value
  if (!(value === null || typeof value === 'string' || typeof value === 'boolean' || Number.isFinite(value))) {
    fail('must be a string, number, boolean or null', path, value);
  }
  const types = typeList(out);
  const fits = types?.some((type) =>
    type === 'null'
      ? value === null
      : type === 'integer'
        ? Number.isInteger(value)
        : value !== null && typeof value === type,
  );
  // details: the value, the schema's type
  if (fits === false) fail('does not fit the type', path, value, out.type);
}

/** Merge one (normalized) `allOf` member into `target`. Conflicting keywords are an error. */
function mergeSchemas(target: JsonSchema, member: JsonSchema, path: Path, fail: Fail): JsonSchema {
  const out: JsonSchema = { ...target };
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  for (const [key, value] of Object.entries(member)) {
    const current = out[key];
    if (current === undefined) {
      out[key] = value;
    } else if (key === 'properties' && isPlainRecord(current) && isPlainRecord(value)) {
      const merged: Record<string, unknown> = { ...current };
      for (const [name, property] of Object.entries(value)) {
        if (merged[name] !== undefined && !same(merged[name], property)) {
          fail('allOf members define a property differently', [...path, 'properties', name]);
        }
        merged[name] = property;
      }
      out.properties = merged;
    } else if (key === 'required' && Array.isArray(current) && Array.isArray(value)) {
      out.required = [...new Set([...current, ...value])];
    } else if (key === 'type') {
      const theirs = ([] as unknown[]).concat(value);
      const both = new Set<unknown>();
      for (const type of ([] as unknown[]).concat(current)) {
        if (theirs.includes(type)) both.add(type);
        else if (type === 'integer' ? theirs.includes('number') : type === 'number' && theirs.includes('integer')) {
          both.add('integer');
        }
      }
      // details: the two types
      if (both.size === 0) fail('allOf members have no type in common', path, current, value);
      out.type = both.size === 1 ? [...both][0] : [...both];
    } else if (!ANNOTATION_KEYWORDS.has(key) && !key.startsWith('x-') && !same(current, value)) {
      // The first annotation wins; validation keywords must agree.
      fail('allOf members give a keyword different values', [...path, key]);
    }
  }
  return out;
}
