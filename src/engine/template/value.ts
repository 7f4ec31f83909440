/**
 * How values from the view become text, and which values count as "empty" for sections.
 * @module
 */

/**
 * Turn an interpolated value into text.
 *
 * - strings as they are; numbers, booleans and bigints through `String`;
 * - `null`, `undefined`, functions and symbols as `''` (functions are never called: prompts have no lambdas);
 * - `Date` as its ISO string;
 * - other objects and arrays as JSON (never `[object Object]`). A value JSON cannot encode (a cycle, a bigint
 *   inside) still renders: cycles become `"[Circular]"`, bigints their decimal string.
 */
export function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  switch (typeof value) {
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'object':
      return objectToText(value);
    default:
      return '';
  }
}

/** Deepest nesting of objects and arrays a render turns into text; deeper is a `RENDER_LIMIT` error. */
const MAX_INPUT_DEPTH = 256;

/** Thrown by {@link toText} for a value nested deeper than {@link MAX_INPUT_DEPTH}; the render reports it. */
export class InputTooDeep extends Error {
  constructor() {
    super(`the input nests objects or arrays deeper than ${MAX_INPUT_DEPTH} levels`);
    this.name = 'InputTooDeep';
  }
}

/** True when `value` nests objects deeper than `levels` (bounded recursion: at most `levels` frames; a cycle counts as deep). */
function deeperThan(value: object, levels: number): boolean {
  if (levels === 0) return true;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const child = (value as Record<string, unknown>)[key];
    if (typeof child === 'object' && child !== null && deeperThan(child, levels - 1)) return true;
  }
  return false;
}

function objectToText(value: object): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  let text: string;
  try {
    text = JSON.stringify(value) ?? '';
  } catch (error) {
    if (error instanceof RangeError && deeperThan(value, MAX_INPUT_DEPTH)) throw new InputTooDeep();
    if (error instanceof RangeError) throw error;
    return safeStringify(value); // a cycle or a bigint inside
  }
  // Only a long text can come from a deep value: check the nesting only then.
  if (text.length > 2 * MAX_INPUT_DEPTH && deeperThan(value, MAX_INPUT_DEPTH)) throw new InputTooDeep();
  return text;
}

function safeStringify(value: object): string {
  const seen = new WeakSet<object>();
  return (
    JSON.stringify(value, (_key, item: unknown) => {
      if (typeof item === 'bigint') return item.toString();
      if (typeof item === 'object' && item !== null) {
        if (seen.has(item)) return '[Circular]';
        seen.add(item);
      }
      return item;
    }) ?? ''
  );
}

/**
 * True when a section must be skipped (and an inverted section rendered): JavaScript-falsy values
 * (`false`, `null`, `undefined`, `0`, `NaN`, `''`, as the spec's `!!data` rule says), empty arrays, and
 * functions (never called; treated as empty).
 */
export function isEmptyValue(value: unknown): boolean {
  return !value || typeof value === 'function' || (Array.isArray(value) && value.length === 0);
}

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const HTML_SPECIAL = /[&<>"']/g;

/**
 * HTML-escape `&`, `<`, `>`, `"` and `'`. Pass it as the `escape` option to get the Mustache spec's
 * behaviour (`{{x}}` escaped, `{{{x}}}` and `{{&x}}` raw). Prompts do not escape by default.
 */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (char) => HTML_ENTITIES[char] ?? char);
}
