/**
 * The diff of two versions of a prompt (`/p/<name>/-/diff?from=&to=`): a unified, line-numbered diff
 * (computed by the `diff` library) of the template or messages, the input schema and defaults, the
 * model, and the other fields (type, output schema, metadata). Long unchanged runs fold into a
 * `<details>` that opens without a script.
 * @module
 */
import { diffWordsWithSpace } from 'diff';
import { diffLineArrays, splitLines } from '../../engine/line-diff.js';
import { type VersionDiffSection, versionDiffSections } from '../../engine/version-diff.js';
import type { PromptOverview } from './data.js';
import { html, type SafeHtml } from './escape.js';
import type { PageContent } from './layout.js';
import { promptTabs, versionSelect } from './prompt-nav.js';
import { diffPath, promptPath } from './routes.js';

/** Unchanged lines kept around each change; longer unchanged runs fold. */
const DIFF_CONTEXT = 3;

/** One line of a diff. */
export interface DiffRow {
  op: ' ' | '+' | '-';
  text: string;
  /** Line number in the old text (kept and removed lines). */
  oldLine?: number;
  /** Line number in the new text (kept and added lines). */
  newLine?: number;
  /**
   * For a changed line paired with its counterpart (the i-th removed with the i-th added line of one
   * change): the line cut into parts, `changed` where the words differ.
   */
  parts?: Array<{ text: string; changed: boolean }>;
}

/** Lines longer than this are not compared word by word. */
const MAX_WORD_DIFF_CHARS = 10_000;

/**
 * The line-by-line diff of two texts, with line numbers. Texts too different to diff within the bound of
 * `engine/line-diff.ts` come back with the block between their common first and last lines replaced whole
 * (`rows.whole`), so that no diff keeps the server busy for long.
 */
export function diffRows(from: string, to: string): DiffRow[] & { whole?: boolean } {
  const rows: DiffRow[] & { whole?: boolean } = [];
  let oldLine = 1;
  let newLine = 1;
  const diff = diffLineArrays(splitLines(from), splitLines(to));
  for (const { op, text } of diff.lines) {
    if (op === '+') rows.push({ op, text, newLine: newLine++ });
    else if (op === '-') rows.push({ op, text, oldLine: oldLine++ });
    else rows.push({ op, text, oldLine: oldLine++, newLine: newLine++ });
  }
  // Word-level marks pair the i-th removed with the i-th added line: meaningless for a block replaced whole.
  if (diff.whole) rows.whole = true;
  else markChangedWords(rows);
  return rows;
}

/** Pair each run of removed lines with the added lines right after it, and mark the words that differ. */
function markChangedWords(rows: DiffRow[]): void {
  let i = 0;
  while (i < rows.length) {
    if (rows[i]?.op !== '-') {
      i++;
      continue;
    }
    let removedEnd = i;
    while (rows[removedEnd]?.op === '-') removedEnd++;
    let addedEnd = removedEnd;
    while (rows[addedEnd]?.op === '+') addedEnd++;
    const pairs = Math.min(removedEnd - i, addedEnd - removedEnd);
    for (let k = 0; k < pairs; k++) {
      const removed = rows[i + k] as DiffRow;
      const added = rows[removedEnd + k] as DiffRow;
      if (removed.text.length > MAX_WORD_DIFF_CHARS || added.text.length > MAX_WORD_DIFF_CHARS) continue;
      const changes = diffWordsWithSpace(removed.text, added.text);
      removed.parts = changes.filter((c) => !c.added).map((c) => ({ text: c.value, changed: c.removed }));
      added.parts = changes.filter((c) => !c.removed).map((c) => ({ text: c.value, changed: c.added }));
    }
    i = addedEnd;
  }
}

const OP_WORDS = { ' ': 'unchanged', '+': 'added', '-': 'removed' } as const;
const OP_CLASS = { ' ': 'line', '+': 'line add', '-': 'line del' } as const;

function rowView(row: DiffRow): SafeHtml {
  return html`<div class="${OP_CLASS[row.op]}"><span class="num" aria-hidden="true">${row.oldLine ?? ''}</span><span class="num" aria-hidden="true">${
    row.newLine ?? ''
  }</span><span class="op" aria-hidden="true">${row.op}</span><span class="sr">${OP_WORDS[row.op]}: </span><span class="text">${
    row.parts === undefined
      ? row.text
      : row.parts.map((part) => (part.changed ? html`<mark>${part.text}</mark>` : part.text))
  }</span></div>`;
}

/** Rows with unchanged runs longer than twice the context folded into a `<details>`. */
export function diffRowsView(rows: readonly DiffRow[]): SafeHtml {
  const changed = rows.map((row) => row.op !== ' ');
  const near = rows.map((_, i) => {
    for (let j = Math.max(0, i - DIFF_CONTEXT); j <= Math.min(rows.length - 1, i + DIFF_CONTEXT); j++) {
      if (changed[j]) return true;
    }
    return false;
  });
  const parts: SafeHtml[] = [];
  let i = 0;
  while (i < rows.length) {
    if (near[i]) {
      parts.push(rowView(rows[i] as DiffRow));
      i++;
      continue;
    }
    let end = i;
    while (end < rows.length && !near[end]) end++;
    const run = rows.slice(i, end);
    parts.push(
      run.length <= 2
        ? html`${run.map(rowView)}`
        : html`<details class="fold"><summary>${run.length} unchanged lines</summary>${run.map(rowView)}</details>`,
    );
    i = end;
  }
  return html`<div class="diff">${parts}</div>`;
}

function sectionView(section: VersionDiffSection, index: number): SafeHtml {
  const id = `diff-${index}`;
  if (section.from === section.to) {
    return html`<h3 id="${id}">${section.title}</h3><p class="diff-none">Unchanged.</p>`;
  }
  const rows = diffRows(section.from, section.to);
  const added = rows.filter((row) => row.op === '+').length;
  const removed = rows.filter((row) => row.op === '-').length;
  const whole = rows.whole
    ? html`<p class="muted">Too different to compare line by line: the changed block is shown replaced whole.</p>`
    : html``;
  return html`<h3 id="${id}">${section.title} <span class="muted">(+${added} −${removed})</span></h3>${whole}${diffRowsView(rows)}`;
}

/** The diff page; `from`/`to` default to the two highest versions. */
export function diffView(
  overview: PromptOverview,
  fromVersion: string | undefined,
  toVersion: string | undefined,
): PageContent {
  const name = overview.name;
  const to = toVersion ?? overview.versions[0]?.version;
  const from = fromVersion ?? overview.versions[1]?.version ?? to;
  const form = html`<form class="inline-fields" method="get" action="${diffPath(name)}" data-page-form>
<div class="field"><label for="diff-from">From</label>${versionSelect('diff-from', 'from', overview, from)}</div>
<div class="field"><label for="diff-to">To</label>${versionSelect('diff-to', 'to', overview, to)}</div>
<button type="submit">Compare</button>
${from === undefined || to === undefined ? '' : html`<a href="${diffPath(name, to, from)}">Swap</a>`}
</form>`;
  const head = html`<h1>${name}</h1>${promptTabs(name, 'diff')}${form}`;
  const base = {
    title: `Diff ${name} ${from ?? ''} → ${to ?? ''}`,
    crumbs: [{ label: name, href: promptPath(name) }, { label: 'Diff' }],
  };
  const fromEntry = overview.versions.find((v) => v.version === from);
  const toEntry = overview.versions.find((v) => v.version === to);
  const missing = [
    [fromVersion, fromEntry],
    [toVersion, toEntry],
  ].find(([asked, entry]) => asked !== undefined && entry === undefined)?.[0] as string | undefined;
  if (missing !== undefined) {
    return {
      ...base,
      body: html`${head}<p class="problem">${name} has no version ${missing}: pick one of ${overview.versions.map((v) => v.version).join(', ')}.</p>`,
    };
  }
  if (fromEntry?.record === undefined || toEntry?.record === undefined) {
    const problem = fromEntry?.problem ?? toEntry?.problem;
    return {
      ...base,
      body: html`${head}<p class="problem">Cannot read both versions${problem === undefined ? '' : `: ${problem}`}.</p>`,
    };
  }
  const sections = versionDiffSections(fromEntry.record, toEntry.record);
  const changed = sections.filter((section) => section.from !== section.to).length;
  const summary =
    from === to
      ? html`<p class="muted">Both sides are ${from}: pick two different versions.</p>`
      : changed === 0
        ? html`<p class="muted">${from} and ${to} have the same content (only labels may differ).</p>`
        : html`<p class="muted">${changed} of ${sections.length} parts changed from <code>${from}</code> to <code>${to}</code>.</p>`;
  return { ...base, body: html`${head}<h2>${from} → ${to}</h2>${summary}${sections.map(sectionView)}` };
}
