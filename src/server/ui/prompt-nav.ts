/**
 * Navigation shared by a prompt's views: the tabs (versions, diff, preview) and the version picker.
 * @module
 */
import type { PromptOverview } from './data.js';
import { html, type SafeHtml } from './escape.js';
import { diffPath, previewPath, promptPath } from './routes.js';

/** The three views of a prompt, as tabs. */
export function promptTabs(name: string, current: 'versions' | 'diff' | 'preview', version?: string): SafeHtml {
  const tabs: Array<[typeof current, string, string]> = [
    ['versions', 'Versions', promptPath(name, version)],
    ['diff', 'Diff', diffPath(name)],
    ['preview', 'Preview', previewPath(name, version)],
  ];
  return html`<nav aria-label="Prompt views"><ul class="tabs">${tabs.map(
    ([key, label, href]) =>
      html`<li><a href="${href}"${key === current ? html` aria-current="page"` : ''}>${label}</a></li>`,
  )}</ul></nav>`;
}

/** A `<select>` of the prompt's versions (labels shown beside each). */
export function versionSelect(
  id: string,
  name: string,
  overview: PromptOverview,
  selected: string | undefined,
): SafeHtml {
  return html`<select id="${id}" name="${name}">${overview.versions.map(
    (v) =>
      html`<option value="${v.version}"${v.version === selected ? html` selected` : ''}>${v.version}${
        v.labels.length === 0 ? '' : ` (${v.labels.join(', ')})`
      }</option>`,
  )}</select>`;
}
