/**
 * The rules of Picoschema → JSON Schema, as Dotprompt defines it (https://google.github.io/dotprompt/reference/picoschema/),
 * without the wording: each problem is named by its plain wording ({@link PicoschemaProblem}) and the caller's
 * `SchemaFail` throws the error. `picoschemaToJsonSchema` (`./picoschema.ts`) words problems richly (with "did you
 * mean" and the forms to write), where schemas are authored; `picoschemaToJsonSchemaLean` (`./normalize-lean.ts`) plainly,
 * on the runtime path. Both therefore convert and refuse alike, at the same field.
 *
 * - `name: type` and `name: type, description`; scalar types `string`, `number`, `integer`,
 *   `boolean`, `null`, `any` (`any` becomes `{}`).
 * - `name?: type`: optional, and also nullable (`type: [T, 'null']`; an optional enum gains `null`).
 * - `name(array[, description]): itemType | { nested fields }`.
 * - `name(object[, description]): { nested fields }`; a plain `name: { nested fields }` is an object too.
 * - `name(enum[, description]): [A, B, …]`.
 * - `(*): type`: additional properties of that type (objects are closed otherwise).
 * - A schema with a top-level `type` (a JSON Schema type name) or a `properties` object is JSON Schema
 *   and is returned unchanged (with `type: 'object'` added in the second case).
 *
 * Differences from Dotprompt, all stricter: named schemas (`name: MyType`) are not supported (there
 * is no schema registry) and are reported as unknown types; `(object)` needs nested
 * fields; a field without a type (`name:` with nothing after it) and a field declared twice
 * (`tone` and `tone?`) are errors.
 * @module
 */
import type { FieldSegment, SchemaFail } from './field-path.js';
import type { JsonSchema } from './types.js';

/** Scalar type names of Picoschema. */
export const PICOSCHEMA_SCALAR_TYPES = ['string', 'number', 'integer', 'boolean', 'null', 'any'] as const;

/** JSON Schema `type` values that mark a top-level schema as JSON Schema rather than Picoschema. */
const JSON_SCHEMA_MARKER_TYPES = new Set<string>([...PICOSCHEMA_SCALAR_TYPES, 'object', 'array']);

const WILDCARD = '(*)';

/** Deepest nesting of Picoschema objects accepted. */
const MAX_DEPTH = 32;

/**
 * The problems the rules find, each in its plain wording: the field path says where. `./picoschema.ts` words each
 * one richly from the path and the details its `SchemaFail` receives.
 */
export type PicoschemaProblem =
  | 'the schema is empty'
  | 'a schema must be Picoschema fields or JSON Schema'
  | 'unclosed "(" in a field'
  | 'the field has no name'
  | 'the field name has leading or trailing spaces'
  | 'the schema nests objects too deeply'
  | 'the field is declared twice'
  | 'a list of values needs the (enum) type'
  | 'the field has no type'
  | 'expected a type name or nested fields'
  | '(array) takes an item type or nested fields'
  | '(object) takes nested fields'
  | '(enum) takes a non-empty list of values'
  | 'enum values must be strings, numbers, booleans or null'
  | 'unknown parenthetical type'
  | 'unknown type';

type Fail = SchemaFail<PicoschemaProblem>;
type Path = readonly FieldSegment[];

/**
 * Convert a Picoschema (or pass through a JSON Schema) to JSON Schema.
 * @throws whatever `fail` throws, for the first problem found
 */
export function applyPicoschemaRules(schema: unknown, fail: Fail): JsonSchema {
  if (schema === null || schema === undefined) return fail('the schema is empty', []);
  if (typeof schema === 'string') return parseScalar(schema, [], fail);
  // details: the value
  if (!isPlainRecord(schema)) return fail('a schema must be Picoschema fields or JSON Schema', [], schema);
  const type = schema.type;
  if (typeof type === 'string' && JSON_SCHEMA_MARKER_TYPES.has(type)) return { ...schema };
  if (Array.isArray(type) && type.every((t) => typeof t === 'string' && JSON_SCHEMA_MARKER_TYPES.has(t))) {
    return { ...schema };
  }
  if (isPlainRecord(schema.properties)) return { ...schema, type: 'object' };
  return parseObject(schema, [], fail, 0);
}

/** A parsed Picoschema key: `name`, `name?`, `name(type, description)`, `name?(type)`. */
interface ParsedKey {
  name: string;
  optional: boolean;
  /** The parenthetical type (`array`, `object`, `enum`), when present. */
  kind: string | undefined;
  description: string | undefined;
}

/** The path ends in `key`. */
function parseKey(key: string, path: Path, fail: Fail): ParsedKey {
  const open = key.indexOf('(');
  let head = key;
  let kind: string | undefined;
  let description: string | undefined;
  if (open !== -1) {
    if (!key.endsWith(')')) fail('unclosed "(" in a field', path);
    head = key.slice(0, open);
    [kind, description] = splitDescription(key.slice(open + 1, -1));
  }
  const optional = head.endsWith('?');
  const name = optional ? head.slice(0, -1) : head;
  if (name.trim() === '') fail('the field has no name', path);
  // details: the name
  if (name !== name.trim()) fail('the field name has leading or trailing spaces', path, name);
  return { name, optional, kind, description };
}

/** `'string, the name'` → `['string', 'the name']`; `'string'` → `['string', undefined]`. */
function splitDescription(text: string): [string, string | undefined] {
  const comma = text.indexOf(',');
  if (comma === -1) return [text.trim(), undefined];
  const description = text.slice(comma + 1).trim();
  return [text.slice(0, comma).trim(), description === '' ? undefined : description];
}

function parseObject(obj: Record<string, unknown>, path: Path, fail: Fail, depth: number): JsonSchema {
  if (depth > MAX_DEPTH) fail('the schema nests objects too deeply', path);
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  let additionalProperties: boolean | JsonSchema = false;
  const declaredBy = new Map<string, string>();

  for (const [key, value] of Object.entries(obj)) {
    const at = [...path, key];
    if (key === WILDCARD) {
      additionalProperties = parseValue(value, undefined, at, fail, depth);
      continue;
    }
    const parsed = parseKey(key, at, fail);
    const previous = declaredBy.get(parsed.name);
    // details: the name, the key that declared it first
    if (previous !== undefined) fail('the field is declared twice', at, parsed.name, previous);
    declaredBy.set(parsed.name, key);
    if (!parsed.optional) required.push(parsed.name);
    const property = parseValue(value, parsed.kind, at, fail, depth);
    if (parsed.optional) makeNullable(property);
    if (parsed.description !== undefined) property.description = parsed.description;
    properties[parsed.name] = property;
  }

  const out: JsonSchema = { type: 'object', properties };
  if (required.length > 0) out.required = required;
  out.additionalProperties = additionalProperties;
  return out;
}

/** The value of a field whose parenthetical type is `kind` (details of every problem: the value, or the kind). */
function parseValue(value: unknown, kind: string | undefined, path: Path, fail: Fail, depth: number): JsonSchema {
  switch (kind) {
    case undefined:
      if (typeof value === 'string') return parseScalar(value, path, fail);
      if (isPlainRecord(value)) return parseObject(value, path, fail, depth + 1);
      if (Array.isArray(value)) return fail('a list of values needs the (enum) type', path);
      if (value === null || value === undefined) return fail('the field has no type', path);
      return fail('expected a type name or nested fields', path, value);
    case 'array': {
      if (typeof value === 'string') return { type: 'array', items: parseScalar(value, path, fail) };
      if (isPlainRecord(value)) return { type: 'array', items: parseObject(value, path, fail, depth + 1) };
      return fail('(array) takes an item type or nested fields', path, value);
    }
    case 'object':
      if (isPlainRecord(value)) return parseObject(value, path, fail, depth + 1);
      return fail('(object) takes nested fields', path, value);
    case 'enum': {
      if (!Array.isArray(value) || value.length === 0)
        return fail('(enum) takes a non-empty list of values', path, value);
      for (const [index, item] of value.entries()) {
        if (item !== null && !['string', 'number', 'boolean'].includes(typeof item)) {
          fail('enum values must be strings, numbers, booleans or null', [...path, index], item);
        }
      }
      return { enum: [...value] };
    }
    default:
      return fail('unknown parenthetical type', path, kind);
  }
}

function parseScalar(text: string, path: Path, fail: Fail): JsonSchema {
  const [type, description] = splitDescription(text);
  // details: the type
  if (!isScalarType(type)) return fail('unknown type', path, type);
  const out: JsonSchema = type === 'any' ? {} : { type };
  if (description !== undefined) out.description = description;
  return out;
}

/** True for a Picoschema scalar type name. */
export function isScalarType(type: string): type is (typeof PICOSCHEMA_SCALAR_TYPES)[number] {
  return (PICOSCHEMA_SCALAR_TYPES as readonly string[]).includes(type);
}

/** Dotprompt: an optional field is also nullable. */
function makeNullable(property: JsonSchema): void {
  if (Array.isArray(property.enum)) {
    if (!property.enum.includes(null)) property.enum = [...property.enum, null];
    return;
  }
  if (typeof property.type === 'string' && property.type !== 'null') property.type = [property.type, 'null'];
}

/** A non-null, non-array object. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
