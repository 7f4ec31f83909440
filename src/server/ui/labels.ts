/**
 * Small pieces of markup shared by the pages: label chips, tag chips, the model's one-line summary.
 * @module
 */
import { html, type SafeHtml } from './escape.js';

/** A label as a chip (`production` gets its own colour). */
export function labelChip(label: string, version?: string): SafeHtml {
  const production = label === 'production' ? ' production' : '';
  return html`<span class="${`chip${production}`}">${label}${version === undefined ? '' : ` → ${version}`}</span>`;
}

/** A tag as a chip. */
export function tagChip(tag: string): SafeHtml {
  return html`<span class="chip tag">${tag}</span>`;
}

/** A model configuration in one line: its name, then the other settings as `key=value`. */
export function modelSummary(model: unknown): string {
  if (model === undefined || model === null) return '';
  if (typeof model === 'string') return model;
  if (typeof model !== 'object' || Array.isArray(model)) return JSON.stringify(model);
  const { name, ...rest } = model as Record<string, unknown>;
  const settings = Object.entries(rest).map(([key, value]) => `${key}=${JSON.stringify(value)}`);
  return [typeof name === 'string' ? name : undefined, ...settings].filter((part) => part !== undefined).join(' · ');
}
