/**
 * The catalog page (`/`): every prompt with its latest version, labels, owner and tags, filtered by
 * the search query `?q=` (a plain GET form, so it works with scripts off).
 * @module
 */
import type { CatalogEntry } from './data.js';
import { html, type SafeHtml } from './escape.js';
import { labelChip, tagChip } from './labels.js';
import type { PageContent } from './layout.js';
import { catalogPath, promptPath } from './routes.js';
import { matchesSearch, parseSearch } from './search.js';

function row(entry: CatalogEntry): SafeHtml {
  return html`<tr data-name="${entry.name}">
<td class="name" data-label="Name"><a href="${promptPath(entry.name)}">${entry.name}</a>${
    entry.description === undefined ? '' : html`<br><span class="muted">${entry.description}</span>`
  }${entry.problem === undefined ? '' : html`<p class="problem">Cannot read ${entry.latest}: ${entry.problem}</p>`}</td>
<td data-label="Latest"><code>${entry.latest}</code> <span class="muted">(${entry.versionCount} version${
    entry.versionCount === 1 ? '' : 's'
  })</span></td>
<td data-label="Labels">${entry.labels.map((l) => labelChip(l.label, l.version))}</td>
<td data-label="Owner">${entry.owner ?? ''}</td>
<td data-label="Tags">${entry.tags.map(tagChip)}</td>
</tr>`;
}

/** The catalog page for a search query (`''`: everything). `entries` is `undefined` when the store cannot list. */
export function catalogPage(entries: readonly CatalogEntry[] | undefined, query: string): PageContent {
  const form = html`<form class="search" role="search" method="get" action="${catalogPath()}" data-page-form>
<label for="q">Search by name, owner or tag</label>
<input id="q" name="q" type="search" value="${query}" placeholder="greeting, owner:support, tag:billing" aria-describedby="q-hint">
<button type="submit">Search</button>
<span id="q-hint" class="muted">Every word must match; <code>name:</code>, <code>owner:</code> and <code>tag:</code> narrow a word to one field.</span>
</form>`;
  if (entries === undefined) {
    return {
      title: 'Prompts',
      crumbs: [],
      body: html`<h1>Prompts</h1><p class="problem">This store cannot list its prompts (it has no <code>list()</code>): open a prompt at <code>/p/&lt;name&gt;</code>.</p>`,
    };
  }
  const terms = parseSearch(query);
  const shown = entries.filter((entry) => matchesSearch(entry, terms));
  const count =
    terms.length === 0
      ? html`${entries.length} prompt${entries.length === 1 ? '' : 's'}`
      : html`${shown.length} of ${entries.length} prompts match <q>${query}</q> · <a href="${catalogPath()}">show all</a>`;
  const table =
    shown.length === 0
      ? html`<p class="muted">${entries.length === 0 ? 'This registry has no prompts yet.' : 'No prompt matches; try fewer words.'}</p>`
      : html`<div class="table-wrap"><table class="catalog">
<caption class="muted">${count}</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Latest</th><th scope="col">Labels</th><th scope="col">Owner</th><th scope="col">Tags</th></tr></thead>
<tbody>${shown.map(row)}</tbody>
</table></div>`;
  return {
    title: query === '' ? 'Prompts' : `Prompts matching ${query}`,
    crumbs: [],
    body: html`<h1>Prompts</h1>${form}${table}`,
  };
}
