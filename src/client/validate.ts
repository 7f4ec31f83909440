/**
 * Turns `zod/mini` validation issues into one {@link ConfigError} that names the option path and
 * says how to fix it. `zod/mini` ships no English messages, so the wording is ours.
 * @module
 */
import type * as z from 'zod/mini';
import { ConfigError } from '../errors.js';
import { suggestNames } from '../stores/resolve.js';

type Issue = z.core.$ZodIssue;

/** What `zod/mini` says when no message was configured. */
const DEFAULT_MESSAGE = 'Invalid input';

/** How to describe one schema in error messages. */
export interface ValidationContext {
  /** Prefix of every option path, e.g. `'snapshot'`. */
  root?: string;
  /** The config file the value came from. */
  file?: string;
  /** Fix hints by option path (`'cache.ttlMs'`), shown after the problem. */
  hints?: Readonly<Record<string, string>>;
  /** Known keys by object path (`''` for the root), used to suggest a fix for an unknown key. */
  knownKeys?: Readonly<Record<string, readonly string[]>>;
}

/** Parse `value` with `schema`, or throw a {@link ConfigError} describing every problem. */
export function validateOrThrow<T>(schema: z.ZodMiniType<T>, value: unknown, context: ValidationContext): T {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  throw issuesToConfigError(result.error.issues, context);
}

/** Build the {@link ConfigError} for a list of issues: the first one names the option. */
export function issuesToConfigError(issues: readonly Issue[], context: ValidationContext): ConfigError {
  const flat = flatten(issues, []);
  const described = flat.map((f) => describe(f.issue, f.path, context));
  const first = described[0] ?? { option: context.root ?? '(options)', text: 'is invalid' };
  const more = described.slice(1).map((d) => `; option "${d.option}": ${d.text}`);
  return new ConfigError(`${first.text}${more.join('')}`, { option: first.option, file: context.file });
}

interface FlatIssue {
  issue: Issue;
  path: PropertyKey[];
}

/** Unions report one issue per branch: keep the branch that got furthest (deepest path). */
function flatten(issues: readonly Issue[], prefix: PropertyKey[]): FlatIssue[] {
  const out: FlatIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0] ?? [];
      if (depth(best) > 0) {
        out.push(...flatten(best, path));
        continue;
      }
    }
    out.push({ issue, path });
  }
  return out;
}

function depth(issues: readonly Issue[]): number {
  let max = 0;
  for (const issue of issues) {
    const d = issue.path.length + (issue.code === 'unrecognized_keys' ? 1 : 0);
    if (d > max) max = d;
  }
  return max;
}

function joinPath(root: string | undefined, path: readonly PropertyKey[]): string {
  let out = root ?? '';
  for (const key of path) {
    const text = String(key);
    if (typeof key === 'number') out += `[${text}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(text)) out += out === '' ? text : `.${text}`;
    else out += `[${JSON.stringify(text)}]`;
  }
  return out === '' ? '(options)' : out;
}

function describe(issue: Issue, path: PropertyKey[], context: ValidationContext): { option: string; text: string } {
  const option = joinPath(context.root, path);
  const hint = context.hints?.[stripRoot(option, context.root)] ?? context.hints?.[genericPath(path)];
  const suffix = hint ? `: ${hint}` : '';
  if (issue.code === 'invalid_key' && issue.issues.length > 0) {
    const inner = issue.issues[0];
    const message = inner?.message && inner.message !== DEFAULT_MESSAGE ? inner.message : 'is not a valid key';
    return { option, text: `${message}${suffix}` };
  }
  if (issue.code !== 'unrecognized_keys' && issue.message && issue.message !== DEFAULT_MESSAGE) {
    return { option, text: `${issue.message}${suffix}` };
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = context.knownKeys?.[path.map(String).join('.')] ?? [];
      const parts = issue.keys.map((key) => {
        const close = suggestNames(key.toLowerCase(), known, { max: 1, maxDistanceRatio: 0.5 });
        return close[0] ? `"${key}" (did you mean "${close[0]}"?)` : `"${key}"`;
      });
      const list = known.length > 0 ? ` Known options: ${known.join(', ')}.` : '';
      return {
        option: joinPath(context.root, [...path, issue.keys[0] ?? '']),
        text: `unknown option${issue.keys.length > 1 ? 's' : ''} ${parts.join(', ')}; remove it or fix its spelling.${list}`,
      };
    }
    case 'invalid_type': {
      const got = 'input' in issue ? typeName(issue.input) : 'another type';
      const what = issue.input === undefined ? 'is required' : `must be ${article(issue.expected)}, got ${got}`;
      return { option, text: `${what}${suffix}` };
    }
    case 'too_small':
      return {
        option,
        text: `must be ${issue.inclusive === false ? 'greater than' : 'at least'} ${String(issue.minimum)}${suffix}`,
      };
    case 'too_big':
      return {
        option,
        text: `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}${suffix}`,
      };
    case 'invalid_value':
      return { option, text: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${suffix}` };
    case 'invalid_format':
      return { option, text: `must be a valid ${issue.format}${suffix}` };
    default:
      return { option, text: `is invalid${suffix}` };
  }
}

function stripRoot(option: string, root: string | undefined): string {
  if (root === undefined || root === '') return option;
  return option.startsWith(`${root}.`) ? option.slice(root.length + 1) : option;
}

/** `pins["a/b"]` → `pins.*`, so that one hint can address every key of a record. */
function genericPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (i === path.length - 1 && i > 0 ? '*' : String(key))).join('.');
}

function article(expected: string): string {
  if (expected === 'object' || expected === 'array' || expected === 'int')
    return `an ${expected === 'int' ? 'integer' : expected}`;
  return `a ${expected}`;
}

/** `typeof`, with `null` and arrays told apart. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
