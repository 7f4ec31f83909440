/**
 * The label history section of a prompt's page: every label move, newest first, with who made it,
 * when and why (DESIGN.md section 13).
 * @module
 */
import type { LabelMove } from '../../stores/types.js';
import { html, type SafeHtml } from './escape.js';
import { labelChip } from './labels.js';

/** The history section; `moves` is `undefined` when the store keeps no history. */
export function historySection(moves: readonly LabelMove[] | undefined): SafeHtml {
  const heading = html`<h2 id="history">Label history</h2>`;
  if (moves === undefined) {
    return html`${heading}<p class="muted">This store keeps no label history.</p>`;
  }
  if (moves.length === 0) {
    return html`${heading}<p class="muted">No label moves recorded yet.</p>`;
  }
  return html`${heading}<div class="table-wrap"><table class="history">
<thead><tr><th scope="col">When (UTC)</th><th scope="col">Label</th><th scope="col">From</th><th scope="col">To</th><th scope="col">By</th><th scope="col">Reason</th></tr></thead>
<tbody>${moves.map(
    (move) => html`<tr>
<td><time datetime="${move.at}">${move.at.replace('T', ' ').replace(/\.\d+Z$|Z$/, '')}</time></td>
<td>${labelChip(move.label)}</td>
<td>${move.from === null ? html`<span class="muted">(new)</span>` : html`<code>${move.from}</code>`}</td>
<td><code>${move.to}</code></td>
<td>${move.actor ?? html`<span class="muted">not recorded</span>`}</td>
<td>${move.reason ?? ''}</td>
</tr>`,
  )}</tbody></table></div>`;
}
