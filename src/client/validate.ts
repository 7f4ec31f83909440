/**
 * A small rule checker for options and config data (client options, lockfile, snapshot, config file):
 * every problem becomes one line of one {@link ConfigError} that names the option path and says how
 * to fix it. Hand-written rather than zod: the core bundle has no zod (issue 14's size budget).
 * @module
 */
import { explainInvalidName } from '../engine/name.js';
import { closestMatch } from '../engine/schema/suggest.js';
import { selectorKind } from '../engine/selector.js';
import { ConfigError } from '../errors.js';

/** A path into the checked value. */
export type Path = ReadonlyArray<string | number>;

/** One problem: where, and what (e.g. `'must be a boolean, got string'`). */
export type Problem = readonly [path: Path, text: string];

/** Checks a value at a path and records what is wrong with it. */
export type Rule = (value: unknown, path: Path, problems: Problem[]) => void;

/** `typeof`, with `null` and arrays told apart. */
export function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

const hint = (match: string | undefined): string => (match === undefined ? '' : ` (did you mean "${match}"?)`);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A rule from a test. A missing value (`undefined`) is reported as `missing` (`''`: as `text`).
 */
export function rule(ok: (value: never) => boolean, text: string, missing = 'is required'): Rule {
  return (value, path, problems) => {
    if (!ok(value as never)) problems.push([path, value === undefined && missing ? missing : text]);
  };
}

/** A value of a `typeof` type: `'must be a boolean, got string'`. */
export function typed(type: 'string' | 'boolean' | 'number' | 'function'): Rule {
  return (value, path, problems) => {
    if (typeof value !== type) {
      problems.push([path, value === undefined ? 'is required' : `must be a ${type}, got ${typeName(value)}`]);
    }
  };
}

/** A whole number, at least 0 (or greater than 0 with `positive`). */
export function whole(positive?: boolean): Rule {
  return (value, path, problems) => {
    const text =
      typeof value !== 'number'
        ? value === undefined
          ? 'is required'
          : `must be a number, got ${typeName(value)}`
        : !Number.isInteger(value)
          ? 'must be an integer'
          : value < (positive ? 1 : 0)
            ? `must be ${positive ? 'greater than' : 'at least'} 0`
            : undefined;
    if (text !== undefined) problems.push([path, text]);
  };
}

/** A function; `fix` says what to pass (also when it is missing). */
export const fn = (fix: string): Rule => rule((value) => typeof value === 'function', `must be a function; ${fix}`, '');

/**
 * An object with the given fields (`'name?'`: optional). With `strict`, unknown keys are problems
 * (with a "did you mean").
 */
export function object(fields: Readonly<Record<string, Rule>>, strict = true): Rule {
  const names = Object.keys(fields).map((key) => key.replace(/\?$/, ''));
  return (value, path, problems) => {
    if (!isObject(value)) {
      problems.push([path, value === undefined ? 'is required' : `must be an object, got ${typeName(value)}`]);
      return;
    }
    for (const [key, check] of Object.entries(fields)) {
      const name = key.replace(/\?$/, '');
      const item = value[name];
      if (item !== undefined || name === key) check(item, [...path, name], problems);
    }
    if (!strict) return;
    for (const key of Object.keys(value)) {
      if (!names.includes(key)) {
        problems.push([
          [...path, key],
          `unknown option "${key}"${hint(closestMatch(key, names))}; remove it or fix its spelling. Known options: ${names.join(', ')}.`,
        ]);
      }
    }
  };
}

/** An object used as a map: every key passes `key`, every value passes `item`. */
export function record(key: Rule, item: Rule): Rule {
  return (value, path, problems) => {
    if (!isObject(value)) {
      problems.push([path, `must be an object, got ${typeName(value)}`]);
      return;
    }
    for (const [name, entry] of Object.entries(value)) {
      key(name, [...path, name], problems);
      item(entry, [...path, name], problems);
    }
  };
}

/** A selector: exact version, range, label or `latest`. */
export const selectorRule: Rule = rule(
  (s: unknown) => typeof s === 'string' && s !== '' && selectorKind(s) !== undefined,
  'is not a selector; use an exact version ("1.2.3"), a semver range ("^1.2"), a label ("production") or "latest"',
);

/** A prompt name used as a key. */
export const nameKeyRule: Rule = rule(
  (name: unknown) => explainInvalidName(name) === undefined,
  'has a key that is not a prompt name; keys are names such as "support/greeting"',
);

/** How a checked value is described in the error. */
export interface ValidationContext {
  /** Prefix of every option path, e.g. `'lockfile'`. */
  root?: string;
  /** The file the value came from. */
  file?: string;
  /** Fix hints by option path without the root (`'cache.ttlMs'`; `''` for the value itself). */
  hints?: Readonly<Record<string, string>>;
}

/** Check `value` with `check`, or throw one {@link ConfigError} listing every problem (the first names the option). */
export function validateOrThrow<T>(check: Rule, value: unknown, context: ValidationContext = {}): T {
  const problems: Problem[] = [];
  check(value, [], problems);
  if (problems.length === 0) return value as T;
  const described = problems.map(([path, text]) => {
    const hint = context.hints?.[path.join('.')];
    return { option: joinPath(context.root, path), text: hint === undefined ? text : `${text}: ${hint}` };
  });
  const [first, ...more] = described;
  throw new ConfigError(`${first!.text}${more.map((d) => `; option "${d.option}": ${d.text}`).join('')}`, {
    option: first!.option,
    file: context.file,
  });
}

/** `cache.ttlMs`, `pins["support/greeting"]`, `items[0]`; `(options)` for the root. */
function joinPath(root: string | undefined, path: Path): string {
  let out = root ?? '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out || '(options)';
}
