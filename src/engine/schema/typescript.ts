/**
 * JSON Schema → TypeScript type text, for `promptops typegen` and the CLI's messages. Not part of
 * the core bundle (the core's input issues word types with their own short text, `issues.ts`).
 *
 * Deterministic: the same schema always gives the same text. Objects list properties in
 * declaration order, one per line, with descriptions as TSDoc comments; a property not in
 * `required` is `?:`; `'null'` in a type list (how Picoschema writes an optional field) adds
 * `| null`; enums and consts are unions of literals; arrays are `Array<…>`; `additionalProperties`
 * with a schema is an index signature; a schema without a type (Picoschema `any`) is `unknown`.
 * Keywords it does not model (`$ref`, `not`, …) give `unknown` rather than a wrong type.
 * @module
 */
import { isPlainRecord } from './picoschema.js';
import type { InputSchema, JsonSchema } from './types.js';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const INDENT = '  ';

/**
 * The TypeScript type of values that fit `schema`.
 *
 * @example
 * ```ts
 * jsonSchemaToTypeScript({
 *   type: 'object',
 *   properties: { customer: { type: 'string', description: 'first name' }, tone: { enum: ['formal', null] } },
 *   required: ['customer'],
 * });
 * // '{\n  /** first name *\/\n  customer: string;\n  tone?: "formal" | null;\n}'
 * ```
 */
export function jsonSchemaToTypeScript(schema: Record<string, unknown>): string {
  return render(schema, '', false);
}

/**
 * TypeScript type text of a compiled input schema (deterministic; descriptions become TSDoc comments).
 *
 * @example
 * ```ts
 * inputSchemaToTypeScript(compileInputSchema({ customer: 'string', 'tone?(enum)': ['formal', 'friendly'] }));
 * // '{\n  customer: string;\n  tone?: "formal" | "friendly" | null;\n}'
 * ```
 */
export function inputSchemaToTypeScript(schema: InputSchema): string {
  return jsonSchemaToTypeScript(schema.jsonSchema);
}

/**
 * One-line type text for messages, e.g. `string`, `integer`, `"formal" | "friendly" | null`; long types
 * are cut.
 */
export function inlineTypeText(schema: JsonSchema): string {
  const text = render(schema, '', true);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function render(schema: unknown, indent: string, inline: boolean): string {
  return members(schema, indent, inline).join(' | ');
}

/** The members of the union type of `schema`, without duplicates; `unknown` absorbs the rest. */
function members(schema: unknown, indent: string, inline: boolean): string[] {
  const out = [...new Set(rawMembers(schema, indent, inline))];
  return out.includes('unknown') ? ['unknown'] : out;
}

function rawMembers(schema: unknown, indent: string, inline: boolean): string[] {
  if (schema === false) return ['never'];
  if (!isPlainRecord(schema)) return ['unknown'];
  if (schema.const !== undefined) return [literal(schema.const)];
  if (Array.isArray(schema.enum)) return schema.enum.map(literal);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const alternatives = schema[key];
    if (Array.isArray(alternatives) && alternatives.length > 0) {
      const base = withoutKeys(schema, [key, 'nullable']);
      const out = alternatives.flatMap((member) => members({ ...base, ...asRecord(member) }, indent, inline));
      return schema.nullable === true ? [...out, 'null'] : out;
    }
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) {
    const base = withoutKeys(schema, ['allOf']);
    const parts = [base, ...schema.allOf]
      .filter((part) => !isEmptyAnnotation(part))
      .map((part) => members(part, indent, inline))
      .map((union) => (union.length > 1 ? `(${union.join(' | ')})` : union[0]!));
    const unique = [...new Set(parts)].filter((part) => part !== 'unknown');
    return [unique.length === 0 ? 'unknown' : unique.join(' & ')];
  }
  const type = schema.type;
  const types = Array.isArray(type) ? type : type === undefined ? inferTypes(schema) : [type];
  if (types.length === 0) return ['unknown'];
  const out = types.map((t) => typed(String(t), schema, indent, inline));
  if (schema.nullable === true) out.push('null');
  return out;
}

function inferTypes(schema: Record<string, unknown>): string[] {
  if (schema.properties !== undefined || schema.additionalProperties !== undefined) return ['object'];
  if (schema.items !== undefined || schema.prefixItems !== undefined) return ['array'];
  return [];
}

function typed(type: string, schema: Record<string, unknown>, indent: string, inline: boolean): string {
  switch (type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
      return type;
    case 'integer':
      // Messages say what JSON Schema says; TypeScript has no integer type.
      return inline ? 'integer' : 'number';
    case 'array':
      return arrayType(schema, indent, inline);
    case 'object':
      return objectType(schema, indent, inline);
    default:
      return 'unknown';
  }
}

function arrayType(schema: Record<string, unknown>, indent: string, inline: boolean): string {
  const tuple = Array.isArray(schema.prefixItems)
    ? schema.prefixItems
    : Array.isArray(schema.items)
      ? schema.items
      : undefined;
  if (tuple !== undefined) return `[${tuple.map((item) => render(item, indent, inline)).join(', ')}]`;
  return `Array<${schema.items === undefined ? 'unknown' : render(schema.items, indent, inline)}>`;
}

function objectType(schema: Record<string, unknown>, indent: string, inline: boolean): string {
  const properties = isPlainRecord(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const names = Object.keys(properties);
  const extra = schema.additionalProperties;
  const inner = indent + INDENT;
  const lines: string[] = [];
  const memberTypes: string[] = [];
  for (const name of names) {
    const optional = !required.has(name);
    const text = render(properties[name], inner, inline);
    memberTypes.push(...members(properties[name], inner, inline));
    if (optional) memberTypes.push('undefined');
    const property = properties[name];
    const description =
      isPlainRecord(property) && typeof property.description === 'string' ? property.description : undefined;
    const doc = inline || description === undefined ? '' : docComment(description, inner);
    lines.push(`${doc}${propertyKey(name)}${optional ? '?' : ''}: ${text};`);
  }
  let indexType: string | undefined;
  if (extra !== undefined && extra !== false && !(names.length === 0 && extra === true)) {
    indexType = render(extra, inner, inline);
    // Every declared property must fit the index signature.
    if (indexType !== 'unknown' && names.length > 0) {
      const all = new Set([indexType, ...memberTypes]);
      indexType = all.has('unknown') ? 'unknown' : [...all].join(' | ');
    }
  }
  if (names.length === 0) {
    if (extra === false) return 'Record<string, never>';
    if (extra === undefined || extra === true) return 'Record<string, unknown>';
    return `Record<string, ${render(extra, indent, inline)}>`;
  }
  if (indexType !== undefined) lines.push(`[key: string]: ${indexType};`);
  if (inline) return `{ ${lines.join(' ')} }`;
  return `{\n${lines.map((line) => `${inner}${line}`).join('\n')}\n${indent}}`;
}

function docComment(description: string, indent: string): string {
  const lines = description.replace(/\*\//g, '*\\/').split(/\r?\n/);
  if (lines.length === 1) return `/** ${lines[0]} */\n${indent}`;
  return `/**\n${lines.map((line) => `${indent} *${line === '' ? '' : ` ${line}`}`).join('\n')}\n${indent} */\n${indent}`;
}

function propertyKey(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

function literal(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return JSON.stringify(value);
  return 'unknown';
}

function asRecord(value: unknown): Record<string, unknown> {
  return isPlainRecord(value) ? value : {};
}

function withoutKeys(schema: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) if (!keys.includes(key)) out[key] = value;
  return out;
}

const ANNOTATIONS = new Set([
  'description',
  'title',
  'default',
  'examples',
  '$schema',
  '$id',
  '$comment',
  '$defs',
  'definitions',
]);

function isEmptyAnnotation(schema: unknown): boolean {
  return isPlainRecord(schema) && Object.keys(schema).every((key) => ANNOTATIONS.has(key));
}
