/**
 * A precompiled acceptance check for the hot path of `validate()`.
 *
 * The full check (`./check.ts`) lists every issue with its path, which costs allocations; this check costs a
 * fraction of that. It answers `true` only for values the full check certainly accepts, and `false` for
 * everything else ("not sure"): the caller then runs the full check, which stays the authority on what is
 * invalid and on the wording of every issue. It uses closures, not generated code, so it also runs where
 * `new Function` is forbidden (Cloudflare Workers, strict CSP).
 * @module
 */
import { isPlainObject, keyCount } from '../plain.js';
import { codePointLength } from './check.js';
import { compilePattern } from './json-schema-rules.js';
import type { JsonSchema } from './types.js';

/** `true` when the value certainly passes the full check; `false` when unsure. */
export type FastCheck = (value: unknown) => boolean;

const never: FastCheck = () => false;
const always: FastCheck = () => true;

/** Compile the fast acceptance check of a schema normalized by `normalizeJsonSchema`. */
export function compileFastCheck(schema: JsonSchema): FastCheck {
  if (schema.const !== undefined) {
    const expected = schema.const;
    return (value) => value === expected;
  }
  if (Array.isArray(schema.enum)) {
    const allowed = new Set<unknown>(schema.enum);
    return (value) => allowed.has(value);
  }
  if (Array.isArray(schema.anyOf)) {
    const members = (schema.anyOf as JsonSchema[]).map(compileFastCheck);
    return (value) => members.some((member) => member(value));
  }
  // oneOf needs "exactly one matches", which "certainly accepts" checks cannot tell: use the full check.
  if (schema.oneOf !== undefined) return never;
  if (schema.type === undefined) return always;
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
  const nullable = types.includes('null');
  const members = types.filter((t) => t !== 'null').map((t) => typed(t, schema));
  if (members.length === 0) return (value) => value === null;
  const base = members.length === 1 ? members[0]! : (value: unknown) => members.some((member) => member(value));
  return nullable ? (value) => value === null || base(value) : base;
}

function typed(type: string, schema: JsonSchema): FastCheck {
  switch (type) {
    case 'string':
      return stringCheck(schema);
    case 'number':
    case 'integer':
      return numberCheck(type, schema);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'array':
      return arrayCheck(schema);
    case 'object':
      return objectCheck(schema);
    default:
      return never;
  }
}

function stringCheck(schema: JsonSchema): FastCheck {
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Number.POSITIVE_INFINITY;
  const pattern = typeof schema.pattern === 'string' ? compilePattern(schema.pattern) : undefined;
  if (typeof schema.pattern === 'string' && pattern === undefined) return never;
  // Lengths are code points: at most as many as UTF-16 units, at least half as many.
  const fits = (text: string): boolean =>
    text.length <= max && (text.length >= 2 * min || codePointLength(text) >= min);
  if (pattern !== undefined) return (value) => typeof value === 'string' && fits(value) && pattern.test(value);
  if (min === 0 && max === Number.POSITIVE_INFINITY) return (value) => typeof value === 'string';
  return (value) => typeof value === 'string' && fits(value);
}

function numberCheck(type: 'number' | 'integer', schema: JsonSchema): FastCheck {
  const bound = (key: string, fallback: number): number =>
    typeof schema[key] === 'number' ? (schema[key] as number) : fallback;
  const min = bound('minimum', Number.NEGATIVE_INFINITY);
  const max = bound('maximum', Number.POSITIVE_INFINITY);
  const above = bound('exclusiveMinimum', Number.NEGATIVE_INFINITY);
  const below = bound('exclusiveMaximum', Number.POSITIVE_INFINITY);
  const step = typeof schema.multipleOf === 'number' ? schema.multipleOf : undefined;
  // The full check's float-safe remainder is only certainly matched for whole numbers.
  if (step !== undefined && !Number.isSafeInteger(step)) return never;
  const kind: FastCheck =
    type === 'integer'
      ? (value) => Number.isSafeInteger(value)
      : (value) => typeof value === 'number' && Number.isFinite(value);
  return (value) =>
    kind(value) &&
    (value as number) >= min &&
    (value as number) <= max &&
    (value as number) > above &&
    (value as number) < below &&
    (step === undefined || (Number.isSafeInteger(value) && (value as number) % step === 0));
}

function arrayCheck(schema: JsonSchema): FastCheck {
  const item = schema.items === undefined ? always : compileFastCheck(schema.items as JsonSchema);
  const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : Number.POSITIVE_INFINITY;
  return (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return false;
    for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
    return true;
  };
}

/** Properties the object check visits, in declaration order. */
interface PropertyCheck {
  readonly key: string;
  readonly required: boolean;
  /**
   * The check inlined in the object loop for the common unconstrained primitives (no indirect call, which stays
   * fast when many schemas share this code): 1 string, 2 boolean, 0 call `check`.
   */
  readonly kind: 0 | 1 | 2;
  readonly check: FastCheck;
  /** A name `Object.prototype` has (`constructor`, `toString`...): a plain object may only inherit it. */
  readonly inherited: boolean;
}

/** Which unconstrained primitive a property schema is, for {@link PropertyCheck.kind}. */
function inlineKind(schema: JsonSchema): 0 | 1 | 2 {
  const keys = Object.keys(schema).filter((key) => key !== 'description' && key !== 'title' && !key.startsWith('x-'));
  if (keys.length !== 1 || keys[0] !== 'type') return 0;
  return schema.type === 'string' ? 1 : schema.type === 'boolean' ? 2 : 0;
}

function objectCheck(schema: JsonSchema): FastCheck {
  const requiredNames = new Set((schema.required ?? []) as string[]);
  const properties: PropertyCheck[] = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).map(
    ([key, property]) => ({
      key,
      required: requiredNames.has(key),
      kind: inlineKind(property),
      check: compileFastCheck(property),
      inherited: key in Object.prototype,
    }),
  );
  const declared: Record<string, true> = Object.create(null);
  for (const { key } of properties) declared[key] = true;
  const extra = schema.additionalProperties;
  const mode = extra === false ? 'strict' : extra === undefined || extra === true ? 'loose' : 'catchall';
  const extraCheck = mode === 'catchall' ? compileFastCheck(extra as JsonSchema) : always;
  const count = properties.length;
  const strings = requiredStringKeys(schema);
  if (strings !== undefined) return requiredStringsCheck(strings);

  return (value) => {
    // Arrays, class instances and other exotic objects are left to the full check: only plain objects pass here.
    if (!isPlainObject(value)) return false;
    const record = value;
    let present = 0;
    for (let i = 0; i < count; i++) {
      const property = properties[i]!;
      const item = record[property.key];
      if (item === undefined) {
        if (property.required) return false;
        if (Object.hasOwn(record, property.key)) present++;
        continue;
      }
      // An inherited `constructor` is not a key of the object: the count of keys below would be off.
      if (property.inherited && !Object.hasOwn(record, property.key)) return false;
      const kind = property.kind;
      if (kind === 1) {
        if (typeof item !== 'string') return false;
      } else if (kind === 2) {
        if (typeof item !== 'boolean') return false;
      } else if (!property.check(item)) {
        return false;
      }
      present++;
    }
    if (mode === 'loose') return true;
    if (mode === 'strict') return keyCount(record) === present;
    for (const key in record) {
      if (declared[key] !== true && (key === '__proto__' || !extraCheck(record[key]))) return false;
    }
    return true;
  };
}

/**
 * The property names of the most common input schema, a strict object whose properties are all required,
 * unconstrained strings (`{ company: string, customer: string }` in Picoschema); `undefined` for any other schema.
 * For such a schema, a plain object passes exactly when it has those keys, all strings, and no other key.
 */
export function requiredStringKeys(schema: JsonSchema): string[] | undefined {
  if (schema.type !== 'object' || schema.additionalProperties !== false) return undefined;
  const properties = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>);
  const required = new Set((schema.required ?? []) as string[]);
  if (!properties.every(([key, property]) => required.has(key) && inlineKind(property) === 1)) return undefined;
  return properties.map(([key]) => key);
}

/**
 * The most common input schema, specialised: a strict object whose properties are all required, unconstrained
 * strings. One loop over the names and one key count, with no per-property dispatch. A name that
 * `Object.prototype` has (`toString`...) reads a function when absent, which is not a string: "not sure".
 */
function requiredStringsCheck(keys: readonly string[]): FastCheck {
  const count = keys.length;
  return (value) => {
    if (!isPlainObject(value)) return false;
    const record = value;
    for (let i = 0; i < count; i++) if (typeof record[keys[i] as string] !== 'string') return false;
    return keyCount(record) === count;
  };
}
