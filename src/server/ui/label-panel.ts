/**
 * The promote and roll back forms of a prompt's page on a writable server. They are hidden until the
 * script runs (it sends the token as a bearer header, which a plain form cannot), and a note says so
 * when scripts are off.
 * @module
 */
import type { PromptOverview } from './data.js';
import { html, type SafeHtml } from './escape.js';
import { versionSelect } from './prompt-nav.js';

/** The label panel of a prompt. */
export function labelPanel(overview: PromptOverview): SafeHtml {
  const name = overview.name;
  const labels = [...new Set(overview.versions.flatMap((v) => v.labels))].sort();
  const suggestions = [...new Set(['production', 'staging', ...labels])];
  return html`<section class="panel" data-label-panel hidden aria-labelledby="moves">
<h2 id="moves">Promote or roll back</h2>
<p class="muted">Needs a token allowed to promote <code>${name}</code> (enter it at the top of the page). The move is recorded under the token's name.</p>
<p class="status" data-move-status role="status" aria-live="polite" tabindex="-1"></p>
<form data-label-move="promote" data-name="${name}" class="inline-fields">
<div class="field"><label for="promote-label">Label</label><input id="promote-label" name="label" list="known-labels" value="production" autocomplete="off" required></div>
<datalist id="known-labels">${suggestions.map((label) => html`<option value="${label}"></option>`)}</datalist>
<div class="field"><label for="promote-version">Version</label>${versionSelect('promote-version', 'version', overview, overview.latest)}</div>
<div class="field"><label for="promote-reason">Reason (optional)</label><input id="promote-reason" name="reason" autocomplete="off"></div>
<button type="submit">Promote</button>
</form>
${
  labels.length === 0
    ? html`<p class="muted">No label to roll back yet.</p>`
    : html`<form data-label-move="rollback" data-name="${name}" class="inline-fields">
<div class="field"><label for="rollback-label">Label</label><select id="rollback-label" name="label">${labels.map(
        (label) => html`<option value="${label}"${label === 'production' ? html` selected` : ''}>${label}</option>`,
      )}</select></div>
<div class="field"><label for="rollback-to">To version</label><select id="rollback-to" name="to"><option value="">where it pointed before</option>${overview.versions.map(
        (v) => html`<option value="${v.version}">${v.version}</option>`,
      )}</select></div>
<div class="field"><label for="rollback-reason">Reason (optional)</label><input id="rollback-reason" name="reason" autocomplete="off"></div>
<button type="submit" class="secondary">Roll back</button>
</form>`
}
</section>
<p class="muted" data-needs-script>Promote and roll back need JavaScript: the page sends your token as a header, never in a form or a URL.</p>`;
}
