/**
 * A prompt's page (`/p/<name>?v=<version>`): its versions with labels, owner, model and inputs; one
 * version in full (input schema, template or messages, model); the label history; and, on a writable
 * server, the promote and roll back forms (which need the script and a token).
 * @module
 */

import { contentText } from '../../engine/content.js';
import type { CompiledPrompt } from '../../engine/prompt.js';
import type { PromptRecord } from '../../engine/record.js';
import { isPromptOpsError } from '../../errors.js';
import type { LabelMove, PromptStore } from '../../stores/types.js';
import { compileVersion } from './compile.js';
import { metadataOf, type PromptOverview, type VersionEntry } from './data.js';
import { html, type SafeHtml } from './escape.js';
import { inputFields, inputNames } from './fields.js';
import { historySection } from './history.js';
import { labelPanel } from './label-panel.js';
import { labelChip, modelSummary, tagChip } from './labels.js';
import type { PageContent } from './layout.js';
import { promptTabs } from './prompt-nav.js';
import { diffPath, previewPath, promptPath } from './routes.js';

function shortHash(hash: string | undefined): string {
  if (hash === undefined) return '';
  return hash.startsWith('sha256-') ? hash.slice(7, 19) : hash.slice(0, 12);
}

function versionRow(name: string, entry: VersionEntry, selected: string): SafeHtml {
  const meta = metadataOf(entry.record);
  const current = entry.version === selected;
  return html`<tr${current ? html` class="current" aria-current="true"` : ''}>
<td><a href="${promptPath(name, entry.version)}"><code>${entry.version}</code></a></td>
<td>${entry.labels.map((label) => labelChip(label))}</td>
<td>${meta.owner ?? ''}</td>
<td>${modelSummary(entry.record?.model)}</td>
<td>${entry.problem === undefined ? (entry.record === undefined ? '' : inputNames(entry.record).join(', ')) : html`<span class="problem">${entry.problem}</span>`}</td>
<td><code title="${entry.record?.hash ?? ''}">${shortHash(entry.record?.hash)}</code></td>
</tr>`;
}

function templateView(record: PromptRecord): SafeHtml {
  if (record.type === 'text') return html`<h3>Template</h3><pre class="template">${record.template ?? ''}</pre>`;
  return html`<h3>Messages</h3>${(record.messages ?? []).map((message) =>
    'placeholder' in message
      ? html`<div class="message"><span class="role">placeholder</span><p class="placeholder-note">${message.placeholder}: messages passed at render time</p></div>`
      : html`<div class="message"><span class="role">${message.role}</span><pre>${contentText(message.content)}</pre></div>`,
  )}`;
}

function schemaView(record: PromptRecord, compiled: CompiledPrompt | undefined, problem: string | undefined): SafeHtml {
  const declared = record.input?.schema !== undefined && record.input?.schema !== null;
  const table =
    compiled === undefined
      ? html`<p class="problem">This version does not compile: ${problem ?? 'unknown problem'}</p>`
      : (() => {
          const fields = inputFields(compiled);
          if (fields.length === 0) return html`<p class="muted">No input.</p>`;
          return html`<div class="table-wrap"><table>
<thead><tr><th scope="col">Variable</th><th scope="col">Type</th><th scope="col">Required</th><th scope="col">Default</th><th scope="col">Description</th></tr></thead>
<tbody>${fields.map(
            (field) =>
              html`<tr><td><code>${field.name}</code></td><td><code>${field.typeText}</code></td><td>${
                field.required ? 'yes' : 'no'
              }</td><td>${field.default === undefined ? '' : html`<code>${JSON.stringify(field.default)}</code>`}</td><td>${field.description ?? ''}</td></tr>`,
          )}</tbody></table></div>`;
        })();
  return html`<h3>Input schema</h3>
<p class="muted">${declared ? 'Declared in the prompt.' : 'Not declared: inferred from the template (every variable used outside a section is required).'}</p>
${table}
${declared ? html`<details><summary>Declared schema as written</summary><pre>${JSON.stringify(record.input?.schema, null, 2)}</pre></details>` : ''}`;
}

/** Options of {@link promptView}. */
export interface PromptViewOptions {
  store: PromptStore;
  overview: PromptOverview;
  /** The version shown in full. */
  version: string;
  /** Label moves, newest first; `undefined` when the store keeps no history. */
  history: LabelMove[] | undefined;
  /** The server accepts label moves. */
  writable: boolean;
}

/** The prompt page. */
export async function promptView(options: PromptViewOptions): Promise<PageContent> {
  const { overview, version } = options;
  const name = overview.name;
  const latest = overview.versions.find((v) => v.version === overview.latest);
  const meta = metadataOf(latest?.record);
  const entry = overview.versions.find((v) => v.version === version);
  const labels = overview.versions.flatMap((v) => v.labels.map((label) => ({ label, version: v.version })));
  const index = overview.versions.findIndex((v) => v.version === version);
  const previous = overview.versions[index + 1]?.version;

  let detail: SafeHtml;
  if (entry?.record === undefined) {
    detail = html`<p class="problem">Version ${version} cannot be read${entry?.problem === undefined ? '' : `: ${entry.problem}`}.</p>`;
  } else {
    let compiled: CompiledPrompt | undefined;
    let problem: string | undefined;
    try {
      compiled = await compileVersion(options.store, entry.record);
    } catch (error) {
      if (!isPromptOpsError(error)) throw error;
      problem = error.message;
    }
    const record = entry.record;
    const versionMeta = metadataOf(record);
    detail = html`<p><a href="${previewPath(name, version)}">Preview ${version}</a>${
      previous === undefined ? '' : html` · <a href="${diffPath(name, previous, version)}">Compare with ${previous}</a>`
    }</p>
<dl class="facts">
<dt>Labels</dt><dd>${entry.labels.length === 0 ? html`<span class="muted">none</span>` : entry.labels.map((l) => labelChip(l))}</dd>
<dt>Type</dt><dd>${record.type}</dd>
<dt>Owner</dt><dd>${versionMeta.owner ?? html`<span class="muted">not set</span>`}</dd>
<dt>Model</dt><dd>${record.model === undefined ? html`<span class="muted">not set</span>` : html`<code>${modelSummary(record.model)}</code>`}</dd>
<dt>Hash</dt><dd><code class="mono">${record.hash ?? ''}</code></dd>
${versionMeta.description === undefined ? '' : html`<dt>Description</dt><dd>${versionMeta.description}</dd>`}
</dl>
${schemaView(record, compiled, problem)}
${templateView(record)}
${record.output?.schema === undefined ? '' : html`<h3>Output schema</h3><pre>${JSON.stringify(record.output.schema, null, 2)}</pre>`}`;
  }

  const body = html`<h1>${name}</h1>
${meta.description === undefined ? '' : html`<p class="lede">${meta.description}</p>`}
${promptTabs(name, 'versions', version === overview.latest ? undefined : version)}
<dl class="facts">
<dt>Latest</dt><dd><code>${overview.latest}</code></dd>
<dt>Labels</dt><dd>${labels.length === 0 ? html`<span class="muted">none</span>` : labels.map((l) => labelChip(l.label, l.version))}</dd>
<dt>Owner</dt><dd>${meta.owner ?? html`<span class="muted">not set</span>`}</dd>
<dt>Tags</dt><dd>${meta.tags.length === 0 ? html`<span class="muted">none</span>` : meta.tags.map(tagChip)}</dd>
</dl>
<h2 id="versions">Versions</h2>
<div class="table-wrap"><table class="versions">
<thead><tr><th scope="col">Version</th><th scope="col">Labels</th><th scope="col">Owner</th><th scope="col">Model</th><th scope="col">Inputs</th><th scope="col">Hash</th></tr></thead>
<tbody>${overview.versions.map((v) => versionRow(name, v, version))}</tbody>
</table></div>
<h2 id="version">Version ${version}</h2>
${detail}
<section class="label-moves" aria-labelledby="history">
${historySection(options.history)}
${options.writable ? labelPanel(overview) : ''}
</section>`;
  return {
    title: version === overview.latest ? name : `${name}@${version}`,
    crumbs: [{ label: name }],
    body,
  };
}
