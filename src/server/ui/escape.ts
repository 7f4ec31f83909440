/**
 * HTML escaping for the registry page: every page is built with the {@link html} tag, which escapes
 * each interpolated value unless it is markup this module made ({@link SafeHtml}). A prompt's text,
 * name, owner or label can therefore never become markup: escaping is the default, not a call to
 * remember.
 * @module
 */

import { escapeHtml } from '../../engine/template/value.js';

/** The renderer's HTML escaping (`& < > " '` become entities), the one the page's {@link html} tag uses. */
export { escapeHtml };

/** Markup that is already safe: made by {@link html} (or {@link trustedHtml} on a constant). */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What {@link html} accepts in a `${}`: text (escaped), numbers, safe markup, lists of these, or nothing. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function part(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(part).join('');
  return escapeHtml(String(value));
}

/**
 * Tagged template for markup: literal parts are kept, every `${value}` is escaped (arrays are joined,
 * `null`/`undefined`/`false` render nothing, {@link SafeHtml} is inserted as is).
 *
 * @example
 * ```ts
 * html`<td>${record.name}</td>`; // the name as text, whatever it holds
 * ```
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] as string;
  for (let i = 0; i < values.length; i++) out += part(values[i] as HtmlValue) + (strings[i + 1] as string);
  return new SafeHtml(out);
}

/** Mark a constant string (never data) as markup. */
export function trustedHtml(constant: string): SafeHtml {
  return new SafeHtml(constant);
}

/** A `path?query` URL with each query value encoded; `undefined` and `''` values are left out. */
export function urlWithQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, value);
  const text = params.toString();
  return text === '' ? path : `${path}?${text}`;
}
