/**
 * Schema issues → {@link PromptInputIssue}s in plain words: `missing required variable "customer" (string)`,
 * `expected one of "formal", "friendly", got string "rude"`, `unknown variable "custmer"; did you mean "customer"?`.
 *
 * The issues are in zod's vocabulary (codes and fields): those of promptops's own check (`./check.ts`), which
 * reports as the zod/mini schemas it replaced did, and those of a user's zod/mini Standard Schema validator
 * (`./standard.ts`), which carry no message of their own.
 * @module
 */
import type { PromptInputIssue } from '../../errors.js';
import { type CheckIssue, codePointLength } from './check.js';
import { describeValue, didYouMean } from './suggest.js';
import type { JsonSchema } from './types.js';

type Path = ReadonlyArray<string | number>;

/**
 * Translate the issues of a failed check of `input` against `schema` (normalized).
 * Order is kept (issues come in schema order, unknown keys of an object after its declared ones).
 */
export function zodIssuesToInputIssues(
  issues: readonly CheckIssue[],
  input: unknown,
  schema: JsonSchema,
): PromptInputIssue[] {
  const out: PromptInputIssue[] = [];
  for (const issue of issues) {
    const path: Path = issue.path.map((segment) =>
      typeof segment === 'symbol' ? String(segment) : (segment as string | number),
    );
    const at = schemaAt(schema, path);
    if (issue.code === 'unrecognized_keys') {
      const declared = Object.keys((at?.properties ?? {}) as object);
      const what = path.length === 0 ? 'variable' : 'field';
      for (const key of issue.keys ?? []) {
        const hint =
          didYouMean(key, declared) ||
          (declared.length === 0 ? `; no ${what}s are declared here` : ` (declared: ${declared.join(', ')})`);
        out.push({
          path: [...path, key],
          code: 'unknown_key',
          message: `unknown ${what} "${key}": it is not in the input schema${hint}`,
        });
      }
    } else {
      out.push(translate(issue, path, valueAt(input, path), at === undefined ? undefined : typeText(at)));
    }
  }
  return out;
}

function translate(issue: CheckIssue, path: Path, value: unknown, expected: string | undefined): PromptInputIssue {
  const got = `, got ${describeValue(value)}`;
  const code: string = issue.code;
  let message: string;
  const last = path[path.length - 1];
  if (value === undefined && last !== undefined && /^invalid_(type|value|union)$/.test(code)) {
    const what = typeof last === 'number' ? 'item' : path.length === 1 ? 'variable' : 'field';
    const type = expected === undefined || expected === 'unknown' ? '' : ` (${expected})`;
    return {
      path,
      code: 'missing',
      message: `missing required ${what} ${typeof last === 'number' ? last : `"${last}"`}${type}`,
    };
  }
  switch (code) {
    case 'invalid_type':
      message =
        path.length === 0
          ? 'expected an object of variables'
          : `expected ${expected ?? (issue.expected === 'int' ? 'integer' : issue.expected)}`;
      break;
    case 'invalid_value': {
      const values = (issue.values ?? []).map(literal);
      message = `expected ${values.length === 1 ? values[0] : `one of ${values.join(', ')}`}`;
      break;
    }
    case 'too_small':
    case 'too_big': {
      const small = code === 'too_small';
      const bound = String(small ? issue.minimum : issue.maximum);
      const most = small ? 'at least' : 'at most';
      const length = issue.origin === 'string' ? 'characters' : issue.origin === 'array' ? 'items' : undefined;
      // What was measured: code points of a string, as the check counts them.
      const size =
        typeof value === 'string' ? codePointLength(value) : (value as { length?: unknown } | undefined)?.length;
      message =
        length === undefined
          ? `must be ${small ? '>' : '<'}${issue.inclusive === false ? '' : '='} ${bound}${got}`
          : `must ${length === 'items' ? 'have' : 'be'} ${most} ${bound} ${length}${length === 'items' ? '' : ' long'}, got ${typeof size === 'number' ? `${size} ${length}` : describeValue(value)}`;
      return { path, code, message };
    }
    case 'invalid_format':
      message =
        typeof issue.pattern === 'string'
          ? `must match the pattern ${issue.pattern}`
          : `must be a valid ${issue.format}`;
      break;
    case 'not_multiple_of':
      message = `must be a multiple of ${String(issue.divisor)}`;
      break;
    case 'invalid_union':
      if (issue.errors?.length === 0) {
        return {
          path,
          code,
          message: `matches more than one of the "oneOf" alternatives${got}; it must match exactly one`,
        };
      }
      message = `expected ${expected ?? 'a value of one of the allowed types'}`;
      break;
    default:
      return { path, code: 'invalid', message: issue.message ?? 'invalid value' };
  }
  return { path, code, message: message + got };
}

function literal(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/**
 * One-line type text of a normalized schema, for messages: `string`, `integer`, `"a" | "b" | null`,
 * `string | integer`, `array`, `object`; `unknown` when any value fits. Long texts are cut.
 */
function typeText(schema: JsonSchema): string {
  let parts: string[];
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (schema.const !== undefined) parts = [literal(schema.const)];
  else if (Array.isArray(schema.enum)) parts = schema.enum.map(literal);
  else if (alternatives !== undefined) parts = alternatives.map(typeText);
  else if (schema.type === undefined) parts = ['unknown'];
  else parts = ([] as unknown[]).concat(schema.type).map(String);
  const text = parts.includes('unknown') ? 'unknown' : [...new Set(parts)].join(' | ');
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** The input value at `path`, reading own properties only. */
function valueAt(input: unknown, path: Path): unknown {
  let value = input;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** The (normalized) sub-schema at `path`, when the path leads through plain objects and arrays. */
function schemaAt(schema: JsonSchema, path: Path): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const segment of path) {
    if (node === undefined) return undefined;
    const properties = node.properties as Record<string, JsonSchema> | undefined;
    node = (
      typeof segment === 'number'
        ? node.items
        : properties !== undefined && Object.hasOwn(properties, segment)
          ? properties[segment]
          : typeof node.additionalProperties === 'object'
            ? node.additionalProperties
            : undefined
    ) as JsonSchema | undefined;
  }
  return node;
}
