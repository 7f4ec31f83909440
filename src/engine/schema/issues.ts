/**
 * zod issues → {@link PromptInputIssue}s in plain words: `missing required variable "customer" (string)`,
 * `expected one of "formal", "friendly", got string "rude"`, `unknown variable "custmer"; did you mean "customer"?`.
 * @module
 */
import type * as z from 'zod/mini';
import type { PromptInputIssue } from '../../errors.js';
import { closestMatch, describeValue } from './suggest.js';
import type { JsonSchema } from './types.js';
import { inlineTypeText } from './typescript.js';

type Path = ReadonlyArray<string | number>;

/**
 * Translate the issues of a failed zod parse of `input` against the zod form of `schema`.
 * Order is kept (zod reports in schema order, unknown keys of an object after its declared ones).
 */
export function zodIssuesToInputIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  schema: JsonSchema,
): PromptInputIssue[] {
  const out: PromptInputIssue[] = [];
  for (const issue of issues) {
    const path: Path = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
    if (issue.code === 'unrecognized_keys') {
      const parent = schemaAt(schema, path);
      const declared = parent === undefined ? [] : Object.keys((parent.properties ?? {}) as object);
      for (const key of issue.keys) out.push(unknownKeyIssue([...path, key], key, declared));
      continue;
    }
    out.push(translate(issue, path, valueAt(input, path), schemaAt(schema, path)));
  }
  return out;
}

function unknownKeyIssue(path: Path, key: string, declared: readonly string[]): PromptInputIssue {
  const what = path.length === 1 ? 'variable' : 'field';
  const guess = closestMatch(key, declared);
  const hint =
    guess !== undefined
      ? `; did you mean "${guess}"?`
      : declared.length === 0
        ? `; no ${what}s are declared here`
        : ` (declared: ${declared.join(', ')})`;
  return { path, code: 'unknown_key', message: `unknown ${what} "${key}": it is not in the input schema${hint}` };
}

function translate(issue: z.core.$ZodIssue, path: Path, value: unknown, at: JsonSchema | undefined): PromptInputIssue {
  const expected = at === undefined ? undefined : inlineTypeText(at);
  const got = describeValue(value);
  if (value === undefined && path.length > 0 && isTypeProblem(issue)) {
    const last = path[path.length - 1]!;
    const what = typeof last === 'number' ? 'item' : path.length === 1 ? 'variable' : 'field';
    const name = typeof last === 'number' ? `${last}` : `"${last}"`;
    const type = expected === undefined || expected === 'unknown' ? '' : ` (${expected})`;
    return { path, code: 'missing', message: `missing required ${what} ${name}${type}` };
  }
  switch (issue.code) {
    case 'invalid_type': {
      if (path.length === 0)
        return { path, code: 'invalid_type', message: `expected an object of variables, got ${got}` };
      const wanted = expected ?? (issue.expected === 'int' ? 'integer' : issue.expected);
      return { path, code: 'invalid_type', message: `expected ${wanted}, got ${got}` };
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v)));
      const wanted = values.length === 1 ? values[0] : `one of ${values.join(', ')}`;
      return { path, code: 'invalid_value', message: `expected ${wanted}, got ${got}` };
    }
    case 'too_small':
    case 'too_big':
      return { path, code: issue.code, message: `${sizeRule(issue)}, got ${sizeOf(issue.origin, value, got)}` };
    case 'invalid_format': {
      const pattern = 'pattern' in issue && typeof issue.pattern === 'string' ? issue.pattern : undefined;
      const rule = pattern === undefined ? `must be a valid ${issue.format}` : `must match the pattern ${pattern}`;
      return { path, code: 'invalid_format', message: `${rule}, got ${got}` };
    }
    case 'not_multiple_of':
      return { path, code: 'not_multiple_of', message: `must be a multiple of ${String(issue.divisor)}, got ${got}` };
    case 'invalid_union': {
      if (issue.errors.length === 0) {
        return {
          path,
          code: 'invalid_union',
          message: `matches more than one of the "oneOf" alternatives, got ${got}; it must match exactly one`,
        };
      }
      const wanted = expected === undefined ? 'a value of one of the allowed types' : expected;
      return { path, code: 'invalid_union', message: `expected ${wanted}, got ${got}` };
    }
    default:
      return { path, code: 'invalid', message: issue.message };
  }
}

function isTypeProblem(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union';
}

function sizeRule(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const limit = small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum;
  const bound = String(limit);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'string':
      return `must be ${small ? 'at least' : 'at most'} ${bound} characters long`;
    case 'array':
      return `must have ${small ? 'at least' : 'at most'} ${bound} items`;
    default:
      return `must be ${small ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<'} ${bound}`;
  }
}

function sizeOf(origin: string, value: unknown, got: string): string {
  if (origin === 'string' && typeof value === 'string') return `${value.length} characters`;
  if (origin === 'array' && Array.isArray(value)) return `${value.length} items`;
  return got;
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
    if (typeof segment === 'number') {
      node = node.items as JsonSchema | undefined;
      continue;
    }
    const properties = node.properties as Record<string, JsonSchema> | undefined;
    if (properties !== undefined && Object.hasOwn(properties, segment)) node = properties[segment];
    else if (typeof node.additionalProperties === 'object') node = node.additionalProperties as JsonSchema;
    else return undefined;
  }
  return node;
}
