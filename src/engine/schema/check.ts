/**
 * The runtime check of Picoschema / JSON Schema input and output: a normalized schema (see `normalizeJsonSchema`)
 * compiled once into closures that list every problem of a value as {@link CheckIssue}s, which `./issues.ts`
 * words for people. It replaced zod/mini (issue 14, the size budget): zod cost the core bundle 7.6 kB
 * min+gzip more than this file (about 1.3 kB), and no module has to be loaded before a check
 * (docs/architecture.md#decisions).
 *
 * It decides and reports exactly as the zod/mini schema it replaced did (zod 4.6), so messages did not change:
 * - `minLength`/`maxLength` count Unicode code points (as JSON Schema does), and run on any value with a
 *   `length`, so a string field given an array may also say how many items it has;
 * - a failed type check skips the other keywords of that schema; `maxItems` exceeded skips the items;
 * - `anyOf`: when every alternative fails and exactly one failed only on keywords other than the type (its type
 *   fitted), its issues are reported, otherwise one `invalid_union`; `oneOf`: exactly one alternative must match;
 * - `multipleOf` allows the rounding error of binary fractions (`0.3` is a multiple of `0.1`);
 * - a required property must not be `undefined`; properties are read as `value[key]` (inherited ones too) and
 *   unknown keys found with `for...in`; a `__proto__` key is never checked against a catch-all schema.
 *
 * A differential test (test/engine/schema/check.test.ts) holds it to zod/mini's verdicts and issues. Closures,
 * not generated code: it runs where `new Function` is forbidden (Cloudflare Workers, strict CSP).
 * @module
 */
import { compilePattern } from './json-schema-rules.js';
import type { JsonSchema } from './types.js';

/** Where the value being checked is: one array per check, pushed and popped on the way down (issues copy it). */
type Path = Array<string | number>;

/**
 * One problem found by a schema check, in zod's terms (a zod issue fits this type). `continue: true` marks an
 * issue after which the schema's other keywords are still checked; `false`, one after which nothing more is.
 */
export interface CheckIssue {
  readonly code: string;
  readonly path: ReadonlyArray<PropertyKey>;
  /** `invalid_type`: the type wanted (`string`, `int`, `nonoptional`…). */
  readonly expected?: string;
  /** `invalid_value`: the allowed values. */
  readonly values?: readonly unknown[];
  /** `too_small` / `too_big`: the bound, whether it is allowed, and what was measured (`string`, `array`, `number`…). */
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly inclusive?: boolean;
  readonly origin?: string;
  /** `invalid_format`: the format, and the pattern as `/source/flags`. */
  readonly format?: string;
  readonly pattern?: string;
  /** `not_multiple_of`: the step. */
  readonly divisor?: unknown;
  /** `invalid_union`: each alternative's issues; empty when several alternatives of a `oneOf` match. */
  readonly errors?: readonly unknown[];
  /** `unrecognized_keys`: the unknown keys. */
  readonly keys?: readonly string[];
  readonly message?: string;
  readonly continue?: boolean;
}

/** Check `value` (found at `path`), appending its issues to `issues`. */
type Check = (value: unknown, path: Path, issues: CheckIssue[]) => void;

/** The issues of a value; none when it is valid. */
export type SchemaCheck = (value: unknown) => CheckIssue[];

/** Compile the check of a schema normalized by `normalizeJsonSchema`. */
export function compileCheck(schema: JsonSchema): SchemaCheck {
  const check = compileNode(schema);
  return (value) => {
    const issues: CheckIssue[] = [];
    check(value, [], issues);
    return issues;
  };
}

/**
 * The number of Unicode code points of a string: a surrogate pair counts once, a lone surrogate as one.
 * `minLength`/`maxLength` count these, as JSON Schema (and zod) do.
 */
export function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/** True when an issue from `start` on stops the remaining keywords (`explicit`: only a hard stop counts). */
function stopped(issues: readonly CheckIssue[], start: number, explicit?: boolean): boolean {
  for (let i = start; i < issues.length; i++) {
    const go = issues[i]!.continue;
    if (explicit ? go === false : go !== true) return true;
  }
  return false;
}

const typeIssue = (expected: string, path: Path, stop?: false): CheckIssue =>
  stop === false
    ? { code: 'invalid_type', path: [...path], expected, continue: false }
    : { code: 'invalid_type', path: [...path], expected };

function compileNode(schema: JsonSchema): Check {
  if (schema.const !== undefined) return literal([schema.const]);
  if (Array.isArray(schema.enum)) return literal(schema.enum);
  if (Array.isArray(schema.anyOf)) return alternatives((schema.anyOf as JsonSchema[]).map(compileNode), false);
  if (Array.isArray(schema.oneOf)) return alternatives((schema.oneOf as JsonSchema[]).map(compileNode), true);
  if (schema.type === undefined) return () => {};
  const types = ([] as string[]).concat(schema.type as string);
  const members = types.filter((type) => type !== 'null').map((type) => typed(type, schema));
  if (members.length === 0) {
    return (value, path, issues) => {
      if (value !== null) issues.push(typeIssue('null', path));
    };
  }
  const base = alternatives(members, false);
  return types.includes('null')
    ? (value, path, issues) => {
        if (value !== null) base(value, path, issues);
      }
    : base;
}

function literal(values: readonly unknown[]): Check {
  const allowed = new Set(values);
  return (value, path, issues) => {
    if (!allowed.has(value)) issues.push({ code: 'invalid_value', path: [...path], values });
  };
}

/** `anyOf` (and a list of types), or with `exclusive` `oneOf`. */
function alternatives(members: Check[], exclusive: boolean): Check {
  if (members.length === 1) return members[0]!;
  return (value, path, issues) => {
    const results: CheckIssue[][] = [];
    for (const member of members) {
      const own: CheckIssue[] = [];
      member(value, path, own);
      if (own.length === 0 && !exclusive) return;
      results.push(own);
    }
    if (exclusive) {
      const matches = results.filter((own) => own.length === 0).length;
      if (matches === 1) return;
      // Matched by several: no alternative's issues to show.
      issues.push(
        matches > 1
          ? { code: 'invalid_union', path: [...path], errors: [], inclusive: false }
          : { code: 'invalid_union', path: [...path], errors: results },
      );
      return;
    }
    // All failed: when exactly one failed on keywords other than its type, its own issues say more.
    const fitting = results.filter((own) => !stopped(own, 0));
    if (fitting.length === 1) issues.push(...fitting[0]!);
    else issues.push({ code: 'invalid_union', path: [...path], errors: results });
  };
}

function typed(type: string, schema: JsonSchema): Check {
  switch (type) {
    case 'string':
      return stringCheck(schema);
    case 'number':
    case 'integer':
      return numberCheck(type === 'integer', schema);
    case 'boolean':
      return (value, path, issues) => {
        if (typeof value !== 'boolean') issues.push(typeIssue('boolean', path));
      };
    case 'array':
      return arrayCheck(schema);
    case 'object':
      return objectCheck(schema);
    default:
      throw new TypeError(`unnormalized JSON Schema type ${JSON.stringify(type)}`);
  }
}

/** The bound of a keyword, when the schema has it. */
const numberAt = (schema: JsonSchema, key: string): number | undefined =>
  typeof schema[key] === 'number' ? (schema[key] as number) : undefined;

/**
 * `minLength`/`maxLength` or `minItems`/`maxItems`: on any value with a `length` (code points for a string),
 * after the type check, unless an issue from `start` on was a hard stop.
 */
function lengthCheck(min: number | undefined, max: number | undefined) {
  return (value: unknown, path: Path, issues: CheckIssue[], start: number): void => {
    if (min === undefined && max === undefined) return;
    const units = (value as { length?: unknown } | null | undefined)?.length;
    if (units === undefined || stopped(issues, start, true)) return;
    const length = typeof value === 'string' ? codePointLength(value) : (units as number);
    const origin = Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';
    if (min !== undefined && !(length >= min)) {
      issues.push({ code: 'too_small', path: [...path], origin, minimum: min, inclusive: true, continue: true });
    }
    if (max !== undefined && !(length <= max)) {
      issues.push({ code: 'too_big', path: [...path], origin, maximum: max, inclusive: true, continue: true });
    }
  };
}

function stringCheck(schema: JsonSchema): Check {
  const lengths = lengthCheck(numberAt(schema, 'minLength'), numberAt(schema, 'maxLength'));
  const pattern = typeof schema.pattern === 'string' ? compilePattern(schema.pattern) : undefined;
  return (value, path, issues) => {
    const start = issues.length;
    const isString = typeof value === 'string';
    if (!isString) issues.push(typeIssue('string', path));
    lengths(value, path, issues, start);
    if (isString && pattern !== undefined && !pattern.test(value)) {
      issues.push({
        code: 'invalid_format',
        path: [...path],
        origin: 'string',
        format: 'regex',
        pattern: String(pattern),
        continue: true,
      });
    }
  };
}

/** `[keyword, code, inclusive]` of the number bounds, in the order they are checked. */
const BOUNDS = [
  ['minimum', 'too_small', true],
  ['maximum', 'too_big', true],
  ['exclusiveMinimum', 'too_small', false],
  ['exclusiveMaximum', 'too_big', false],
] as const;

function numberCheck(integer: boolean, schema: JsonSchema): Check {
  const bounds = BOUNDS.flatMap(([key, code, inclusive]) => {
    const bound = numberAt(schema, key);
    return bound === undefined ? [] : [{ code, inclusive, bound }];
  });
  const step = numberAt(schema, 'multipleOf');
  return (value, path, issues) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      issues.push(typeIssue('number', path));
      return;
    }
    if (integer && !Number.isInteger(value)) {
      issues.push(typeIssue('int', path, false));
      return;
    }
    if (integer && !Number.isSafeInteger(value)) {
      const big = value > 0;
      const limit = big ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
      issues.push({
        code: big ? 'too_big' : 'too_small',
        path: [...path],
        origin: 'int',
        [big ? 'maximum' : 'minimum']: limit,
        inclusive: true,
        continue: true,
      });
    }
    for (const { code, inclusive, bound } of bounds) {
      const small = code === 'too_small';
      const within = small ? (inclusive ? value >= bound : value > bound) : inclusive ? value <= bound : value < bound;
      if (!within) {
        issues.push({
          code,
          path: [...path],
          origin: 'number',
          [small ? 'minimum' : 'maximum']: bound,
          inclusive,
          continue: true,
        });
      }
    }
    if (step !== undefined && !isMultiple(value, step)) {
      issues.push({ code: 'not_multiple_of', path: [...path], origin: 'number', divisor: step, continue: true });
    }
  };
}

/** `value` is a multiple of `step`, up to the rounding error of binary fractions (zod's float-safe remainder). */
function isMultiple(value: number, step: number): boolean {
  const ratio = value / step;
  return Math.abs(ratio - Math.round(ratio)) < 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
}

function arrayCheck(schema: JsonSchema): Check {
  const item = schema.items === undefined ? undefined : compileNode(schema.items as JsonSchema);
  const max = numberAt(schema, 'maxItems');
  const lengths = lengthCheck(numberAt(schema, 'minItems'), max);
  return (value, path, issues) => {
    const start = issues.length;
    if (!Array.isArray(value)) {
      issues.push(typeIssue('array', path));
    } else if (max !== undefined && value.length > max) {
      // Too long: the items are not checked at all.
      issues.push({
        code: 'too_big',
        path: [...path],
        origin: 'array',
        maximum: max,
        inclusive: true,
        continue: false,
      });
      return;
    } else if (item !== undefined) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        item(value[i], path, issues);
        path.pop();
      }
    }
    lengths(value, path, issues, start);
  };
}

function objectCheck(schema: JsonSchema): Check {
  const required = new Set((schema.required ?? []) as string[]);
  const properties = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)
    .filter(([key]) => key !== '__proto__')
    .map(([key, property]) => ({ key, check: compileNode(property), required: required.has(key) }));
  const declared = new Set(Object.keys((schema.properties ?? {}) as object));
  const extra = schema.additionalProperties;
  const strict = extra === false;
  const catchAll = typeof extra === 'object' && extra !== null ? compileNode(extra as JsonSchema) : undefined;
  return (value, path, issues) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      issues.push(typeIssue('object', path));
      return;
    }
    const record = value as Record<string, unknown>;
    for (const { key, check, required } of properties) {
      const item = record[key];
      if (item === undefined && !required) continue;
      const before = issues.length;
      path.push(key);
      check(item, path, issues);
      if (item === undefined && issues.length === before) {
        issues.push({ code: 'invalid_type', path: [...path], expected: 'nonoptional' });
      }
      path.pop();
    }
    if (!strict && catchAll === undefined) return;
    const unknown: string[] = [];
    for (const key in record) {
      if (declared.has(key)) continue;
      if (strict) unknown.push(key);
      else if (key !== '__proto__') {
        path.push(key);
        catchAll!(record[key], path, issues);
        path.pop();
      }
    }
    if (unknown.length > 0) issues.push({ code: 'unrecognized_keys', path: [...path], keys: unknown, continue: true });
  };
}
