/**
 * The preview (`/p/<name>/-/preview?v=<version>`): a form generated from the version's input schema;
 * submitting it (POST, so variables stay out of URLs and logs) renders the version with the engine,
 * strictly, and shows the text or messages, or every input problem exactly as `render` reports it.
 * An empty field is a variable not given (its default, if any, applies).
 * @module
 */

import { contentText } from '../../engine/content.js';
import type { CompiledPrompt } from '../../engine/prompt.js';
import type { ChatMessage, PromptRecord } from '../../engine/record.js';
import { isPromptOpsError, type PromptInputIssue } from '../../errors.js';
import type { PromptStore } from '../../stores/types.js';
import { compileVersion } from './compile.js';
import type { PromptOverview } from './data.js';
import { html, type SafeHtml } from './escape.js';
import { fieldControlName, formVariables, type InputField, inputFields, placeholderControlName } from './fields.js';
import type { PageContent } from './layout.js';
import { promptTabs, versionSelect } from './prompt-nav.js';
import { previewPath, promptPath } from './routes.js';

/** What a submitted preview produced. */
type PreviewOutcome =
  | { kind: 'text'; text: string }
  | { kind: 'messages'; messages: ChatMessage[] }
  | { kind: 'issues'; issues: readonly PromptInputIssue[]; message: string }
  | { kind: 'error'; message: string };

function placeholdersOf(record: PromptRecord): string[] {
  if (record.type !== 'chat') return [];
  return (record.messages ?? []).flatMap((message) => ('placeholder' in message ? [message.placeholder] : []));
}

/** The placeholders a submitted form gives: JSON of each non-empty field, `[]` for an empty one. */
function formPlaceholders(names: readonly string[], form: URLSearchParams): Record<string, readonly ChatMessage[]> {
  const out: Record<string, readonly ChatMessage[]> = {};
  for (const name of names) {
    const raw = form.get(placeholderControlName(name)) ?? '';
    if (raw.trim() === '') {
      out[name] = [];
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      value = raw; // not JSON: render reports it, as it reports any value that is not a message list
    }
    out[name] = value as readonly ChatMessage[];
  }
  return out;
}

function renderOutcome(compiled: CompiledPrompt, fields: readonly InputField[], form: URLSearchParams): PreviewOutcome {
  const vars = formVariables(fields, form);
  try {
    if (compiled.record.type === 'chat') {
      const placeholders = formPlaceholders(placeholdersOf(compiled.record), form);
      return { kind: 'messages', messages: compiled.renderMessages(vars, placeholders) };
    }
    return { kind: 'text', text: compiled.render(vars) };
  } catch (error) {
    if (isPromptOpsError(error, 'PROMPT_INPUT') || isPromptOpsError(error, 'RENDER_LIMIT'))
      return { kind: 'issues', issues: error.issues, message: error.message };
    if (isPromptOpsError(error)) return { kind: 'error', message: error.message };
    throw error;
  }
}

function issueFieldIndex(fields: readonly InputField[], issue: PromptInputIssue): number {
  const head = issue.path[0];
  return typeof head === 'string' ? fields.findIndex((field) => field.name === head) : -1;
}

function fieldControl(field: InputField, index: number, value: string, errorId: string | undefined): SafeHtml {
  const id = `f-${index}`;
  const name = fieldControlName(field.name);
  const described = [`${id}-hint`, errorId].filter((part) => part !== undefined).join(' ');
  const invalid = errorId === undefined ? undefined : 'true';
  const placeholder = field.default === undefined ? 'not given' : `default: ${JSON.stringify(field.default)}`;
  const common = html`id="${id}" name="${name}" aria-describedby="${described}"${invalid === undefined ? '' : html` aria-invalid="true"`}`;
  switch (field.kind) {
    case 'boolean':
      return html`<select ${common}>${[
        ['', `(${placeholder})`],
        ['true', 'true'],
        ['false', 'false'],
      ].map(
        ([v, label]) => html`<option value="${v}"${v === value ? html` selected` : ''}>${label}</option>`,
      )}</select>`;
    case 'enum':
      return html`<select ${common}><option value="">(${placeholder})</option>${(field.options ?? []).map((option) => {
        const json = JSON.stringify(option);
        return html`<option value="${json}"${json === value ? html` selected` : ''}>${typeof option === 'string' ? option : json}</option>`;
      })}</select>`;
    case 'number':
    case 'integer':
      return html`<input ${common} type="text" inputmode="${field.kind === 'integer' ? 'numeric' : 'decimal'}" value="${value}" placeholder="${placeholder}" autocomplete="off">`;
    case 'json':
      return html`<textarea ${common} rows="3" placeholder="${`${placeholder} · JSON`}" spellcheck="false">${value}</textarea>`;
    default:
      return html`<textarea ${common} rows="2" placeholder="${placeholder}">${value}</textarea>`;
  }
}

function fieldHint(field: InputField): string {
  const parts = [field.typeText];
  if (!field.required) parts.push('optional');
  if (field.kind === 'json') parts.push('JSON');
  if (field.kind === 'any') parts.push('text, or JSON for a list or an object');
  return parts.join(' · ');
}

function outcomeView(outcome: PreviewOutcome, fields: readonly InputField[]): SafeHtml {
  switch (outcome.kind) {
    case 'text':
      return html`<h2 id="result">Rendered text</h2><pre class="rendered">${outcome.text}</pre>`;
    case 'messages':
      return html`<h2 id="result">Rendered messages</h2>${outcome.messages.map(
        (message) =>
          html`<div class="message"><span class="role">${message.role}</span><pre>${contentText(message.content)}</pre></div>`,
      )}${outcome.messages.length === 0 ? html`<p class="muted">No messages.</p>` : ''}`;
    case 'issues':
      return html`<h2 id="result">${outcome.issues.length} input problem${outcome.issues.length === 1 ? '' : 's'}</h2>
<ul class="issues" data-issues>${outcome.issues.map((issue) => {
        const index = issueFieldIndex(fields, issue);
        const where = issue.path.length === 0 ? '(input)' : issue.path.join('.');
        return html`<li data-code="${issue.code}"><code>${where}</code>: ${
          index === -1 ? issue.message : html`<a href="${`#f-${index}`}">${issue.message}</a>`
        } <span class="muted">(${issue.code})</span></li>`;
      })}</ul>`;
    case 'error':
      return html`<h2 id="result">This version does not render</h2><pre class="problem">${outcome.message}</pre>`;
  }
}

/** Options of {@link previewView}. */
export interface PreviewViewOptions {
  store: PromptStore;
  overview: PromptOverview;
  /** The version to preview. */
  version: string;
  /** The submitted form, when the page answers a POST. */
  form?: URLSearchParams;
}

/** The preview page, rendering the submitted form when there is one. */
export async function previewView(options: PreviewViewOptions): Promise<PageContent> {
  const { overview, version, form } = options;
  const name = overview.name;
  const entry = overview.versions.find((v) => v.version === version);
  const head = html`<h1>${name}</h1>${promptTabs(name, 'preview', version)}
<form class="inline-fields" method="get" action="${previewPath(name)}" data-page-form>
<div class="field"><label for="pv">Version</label>${versionSelect('pv', 'v', overview, version)}</div>
<button type="submit" class="secondary">Show form</button>
</form>`;
  const base = {
    title: `Preview ${name}@${version}`,
    crumbs: [{ label: name, href: promptPath(name) }, { label: 'Preview' }],
  };
  if (entry?.record === undefined) {
    return {
      ...base,
      body: html`${head}<p class="problem">Version ${version} cannot be read${entry?.problem === undefined ? '' : `: ${entry.problem}`}.</p>`,
    };
  }
  let compiled: CompiledPrompt;
  try {
    compiled = await compileVersion(options.store, entry.record);
  } catch (error) {
    if (!isPromptOpsError(error)) throw error;
    return {
      ...base,
      body: html`${head}<h2>This version does not compile</h2><pre class="problem">${error.message}</pre>`,
    };
  }
  const fields = inputFields(compiled);
  const placeholders = placeholdersOf(entry.record);
  const outcome = form === undefined ? undefined : renderOutcome(compiled, fields, form);
  const errorsByField = new Map<number, string>();
  if (outcome?.kind === 'issues') {
    outcome.issues.forEach((issue) => {
      const index = issueFieldIndex(fields, issue);
      if (index !== -1 && !errorsByField.has(index)) errorsByField.set(index, issue.message);
    });
  }
  const controls = fields.map((field, index) => {
    const error = errorsByField.get(index);
    const errorId = error === undefined ? undefined : `f-${index}-error`;
    const value = form?.get(fieldControlName(field.name)) ?? '';
    return html`<div class="field">
<label for="${`f-${index}`}">${field.name}${field.required ? html` <span class="muted">(required)</span>` : ''}</label>
<span class="hint" id="${`f-${index}-hint`}">${field.description === undefined ? '' : `${field.description} · `}${fieldHint(field)}</span>
${fieldControl(field, index, value, errorId)}
${error === undefined ? '' : html`<span class="hint problem" id="${errorId}">${error}</span>`}
</div>`;
  });
  const placeholderControls = placeholders.map(
    (placeholder, index) => html`<div class="field">
<label for="${`ph-${index}`}">Placeholder ${placeholder}</label>
<span class="hint" id="${`ph-${index}-hint`}">Messages as JSON: [{"role": "user", "content": "…"}]; empty: no messages</span>
<textarea id="${`ph-${index}`}" name="${placeholderControlName(placeholder)}" rows="3" spellcheck="false" aria-describedby="${`ph-${index}-hint`}">${
      form?.get(placeholderControlName(placeholder)) ?? ''
    }</textarea>
</div>`,
  );
  const body = html`${head}
<h2>Variables of ${version}</h2>
<p class="lede">Rendered strictly, as <code>render</code> does: an empty field is a variable not given.${
    fields.length === 0 ? ' This version takes no input.' : ''
  }</p>
<form method="post" action="${previewPath(name, version)}" data-page-form>
<div class="form-grid">${controls}${placeholderControls}</div>
<button type="submit">Render</button>
</form>
${outcome === undefined ? '' : outcomeView(outcome, fields)}`;
  return { ...base, body };
}
