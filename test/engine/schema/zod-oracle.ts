/**
 * The oracle of the differential test of `src/engine/schema/check.ts`: normalized JSON Schema → zod/mini schema,
 * exactly as promptops built it before its own check replaced zod (src/engine/schema/zod.ts until issue 14's size
 * cut). Kept here, unchanged but for the imports, so that the check is held to what zod decided and reported.
 * @module
 */
import * as z from 'zod/mini';
import { compilePattern } from '../../../src/engine/schema/json-schema.js';
import type { JsonSchema } from '../../../src/engine/schema/types.js';

type ZodMini = typeof z;

/** A zod/mini schema of any shape. */
export type ZodMiniSchema = z.ZodMiniType;

/**
 * Build the zod/mini schema for a schema normalized by `normalizeJsonSchema`.
 * Objects are strict with `additionalProperties: false`, take a catch-all with a schema, and are
 * loose otherwise (extra keys are kept, never stripped: they may be rendered).
 */
export function jsonSchemaToZod(schema: JsonSchema): ZodMiniSchema {
  return build(z, schema);
}

function build(z: ZodMini, schema: JsonSchema): ZodMiniSchema {
  if (schema.const !== undefined) return z.literal(schema.const as z.core.util.Literal);
  if (Array.isArray(schema.enum)) return z.literal(schema.enum as z.core.util.Literal[]);
  if (Array.isArray(schema.anyOf)) return z.union((schema.anyOf as JsonSchema[]).map((member) => build(z, member)));
  if (Array.isArray(schema.oneOf)) return z.xor((schema.oneOf as JsonSchema[]).map((member) => build(z, member)));
  const type = schema.type;
  if (type === undefined) return z.unknown();
  const types = Array.isArray(type) ? (type as string[]) : [type as string];
  const nullable = types.includes('null');
  const members = types.filter((t) => t !== 'null').map((t) => typed(z, t, schema));
  if (members.length === 0) return z.null();
  const base = members.length === 1 ? members[0]! : z.union(members);
  return nullable ? z.nullable(base) : base;
}

function typed(z: ZodMini, type: string, schema: JsonSchema): ZodMiniSchema {
  switch (type) {
    case 'string':
      return stringSchema(z, schema);
    case 'number':
    case 'integer':
      return numberSchema(z, type, schema);
    case 'boolean':
      return z.boolean();
    case 'array': {
      const items = schema.items === undefined ? z.unknown() : build(z, schema.items as JsonSchema);
      const checks: Array<z.core.CheckFn<unknown[]> | z.core.$ZodCheck<unknown[]>> = [];
      if (typeof schema.minItems === 'number') checks.push(z.minLength(schema.minItems));
      if (typeof schema.maxItems === 'number') checks.push(z.maxLength(schema.maxItems));
      const array = z.array(items);
      return checks.length > 0 ? array.check(...checks) : array;
    }
    case 'object':
      return objectSchema(z, schema);
    default:
      throw new TypeError(`unnormalized JSON Schema type ${JSON.stringify(type)}`);
  }
}

function stringSchema(z: ZodMini, schema: JsonSchema): ZodMiniSchema {
  const checks: Array<z.core.$ZodCheck<string>> = [];
  if (typeof schema.minLength === 'number') checks.push(z.minLength(schema.minLength));
  if (typeof schema.maxLength === 'number') checks.push(z.maxLength(schema.maxLength));
  if (typeof schema.pattern === 'string') {
    const regex = compilePattern(schema.pattern);
    if (regex !== undefined) checks.push(z.regex(regex));
  }
  const string = z.string();
  return checks.length > 0 ? string.check(...checks) : string;
}

function numberSchema(z: ZodMini, type: 'number' | 'integer', schema: JsonSchema): ZodMiniSchema {
  const checks: Array<z.core.$ZodCheck<number>> = [];
  if (typeof schema.minimum === 'number') checks.push(z.gte(schema.minimum));
  if (typeof schema.maximum === 'number') checks.push(z.lte(schema.maximum));
  if (typeof schema.exclusiveMinimum === 'number') checks.push(z.gt(schema.exclusiveMinimum));
  if (typeof schema.exclusiveMaximum === 'number') checks.push(z.lt(schema.exclusiveMaximum));
  if (typeof schema.multipleOf === 'number') checks.push(z.multipleOf(schema.multipleOf));
  const number = type === 'integer' ? z.int() : z.number();
  return checks.length > 0 ? number.check(...checks) : number;
}

function objectSchema(z: ZodMini, schema: JsonSchema): ZodMiniSchema {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  const shape: Record<string, ZodMiniSchema> = {};
  for (const [name, property] of Object.entries(properties)) {
    const inner = build(z, property);
    if (!required.has(name)) shape[name] = z.optional(inner);
    // A required property must be present even when its schema accepts anything.
    else shape[name] = acceptsUndefined(property) ? z.nonoptional(inner) : inner;
  }
  const extra = schema.additionalProperties;
  if (extra === false) return z.strictObject(shape);
  if (extra === undefined || extra === true) return z.looseObject(shape);
  return z.catchall(z.object(shape), build(z, extra as JsonSchema));
}

/** True when the schema's zod form accepts `undefined` (an `any` schema, or alternatives with one). */
function acceptsUndefined(schema: JsonSchema): boolean {
  if (schema.const !== undefined || schema.enum !== undefined) return false;
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (alternatives !== undefined) return alternatives.some(acceptsUndefined);
  return schema.type === undefined;
}
