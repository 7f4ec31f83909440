/**
 * An eval result as one self-contained HTML page, built like `promptops report --html`: inline CSS, inline
 * SVG charts, no script, no request of any kind (`default-src 'none'`). Per eval: the verdicts, the pass
 * rate and the mean score of each version × model with their 95% intervals, cost against score, the runs
 * table, the cases side by side, and the prompt diff.
 * @module
 */

import { esc, htmlDocumentStart, niceTicks } from '../report/html.js';
import type { Comparison, EvalResult, RunSummary } from './types.js';

/** Options of {@link renderEvalHtml}. */
export interface EvalHtmlOptions {
  /** @default 'promptops eval report' */
  title?: string;
  /** When the report was made, shown in the header. @default now */
  generatedAt?: Date;
}

const CSS = `
:root{color-scheme:light dark;--fg:#1d2330;--muted:#5d6675;--line:#d7dbe2;--bg:#fff;--card:#f6f7f9;--good:#137333;--bad:#b3261e;--accent:#3257d6;--alt:#b06000}
@media (prefers-color-scheme:dark){:root{--fg:#e6e8ec;--muted:#a3abb8;--line:#3a404b;--bg:#15181d;--card:#1d2128;--good:#5cc27a;--bad:#f08c84;--accent:#8ea8ff;--alt:#f0b060}}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:1120px;margin:0 auto;padding:24px}h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 8px;padding-top:16px;border-top:1px solid var(--line)}
h3{font-size:15px;margin:18px 0 6px}.muted{color:var(--muted)}code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:13px}
table{border-collapse:collapse;width:100%;margin:8px 0 12px;font-size:13.5px}th,td{padding:5px 8px;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
th:first-child,td:first-child,th:nth-child(2),td:nth-child(2){text-align:left}th{font-weight:600;color:var(--muted)}
td.pass{color:var(--good)}td.fail{color:var(--bad)}td.err{color:var(--alt)}
ul.verdicts{list-style:none;padding:0;margin:8px 0}ul.verdicts li{margin:4px 0;padding:6px 10px;border-radius:6px;background:var(--card);border-left:4px solid var(--line)}
li.better{border-left-color:var(--good)}li.worse{border-left-color:var(--bad)}
.badge{display:inline-block;font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.04em;padding:1px 6px;border-radius:4px;margin-right:6px;background:var(--line);color:var(--fg)}
li.better .badge{background:var(--good);color:#fff}li.worse .badge{background:var(--bad);color:#fff}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(480px,1fr));gap:16px}figure{margin:0;padding:12px;background:var(--card);border-radius:8px}
figcaption{font-weight:600;margin-bottom:4px}svg{display:block;width:100%;height:auto}svg text{fill:var(--fg);font:12px system-ui,sans-serif}
svg .axis{stroke:var(--line)}svg .grid{stroke:var(--line);stroke-dasharray:2 3}svg .ci{stroke:var(--accent);stroke-width:2.5}svg .dot{fill:var(--accent)}
svg .tick{fill:var(--muted);font-size:11px}svg .point{fill:var(--alt)}
pre.diff{background:var(--card);padding:10px;border-radius:6px;overflow:auto}pre.diff .add{color:var(--good)}pre.diff .del{color:var(--bad)}pre.diff .hunk{color:var(--accent)}
.scroll{overflow-x:auto}.note{padding:8px 12px;border-radius:6px;background:var(--card);color:var(--muted)}
`;

/** Render one or several eval results as a self-contained HTML document. */
export function renderEvalHtml(results: EvalResult | readonly EvalResult[], options: EvalHtmlOptions = {}): string {
  const list = Array.isArray(results) ? (results as readonly EvalResult[]) : [results as EvalResult];
  const title = options.title ?? 'promptops eval report';
  const when = (options.generatedAt ?? new Date()).toISOString();
  const parts = htmlDocumentStart(title, CSS);
  parts.push(
    `<p class="muted">95% intervals: Wilson for pass rates, Student t for mean scores; candidates against the baseline ` +
      `paired on the same cases (McNemar's test, Agresti–Min interval) · made ${esc(when)}</p>`,
  );
  for (const result of list) parts.push(evalSection(result));
  parts.push('</main></body></html>');
  return `${parts.join('\n')}\n`;
}

function evalSection(r: EvalResult): string {
  const out = [
    `<section class="eval" data-prompt="${esc(r.prompt)}">`,
    `<h2><code>${esc(r.prompt)}</code>${r.file === undefined ? '' : ` <span class="muted">${esc(r.file)}</span>`}</h2>`,
    `<p class="muted">Baseline <code>${esc(r.baseline)}</code> · ${r.cases.length} cases · ${r.calls.made} model calls made, ${r.calls.cached} from cache${r.interrupted ? ' · <strong>interrupted: partial results</strong>' : ''}</p>`,
  ];
  if (r.comparisons.length > 0) {
    out.push('<h3>Verdicts</h3><ul class="verdicts">');
    for (const c of r.comparisons) out.push(verdictItem(c));
    out.push('</ul>');
  }
  out.push('<h3>Charts</h3><div class="charts">');
  out.push(
    forest(r, 'pass-rate', 'Pass rate (95% CI)', (x) => ({ mean: x.passRate, ci: x.passRateCi95 }), [0, 1]),
    forest(r, 'score', 'Mean score (95% CI)', (x) => ({ mean: x.meanScore, ci: x.scoreCi95 }), [0, 1]),
    costChart(r),
  );
  out.push('</div>');
  out.push('<h3>Runs</h3>', runsTable(r.runs));
  out.push('<h3>Cases</h3>', `<div class="scroll">${casesTable(r)}</div>`);
  const seen = new Set<string>();
  for (const c of r.comparisons) {
    if (seen.has(c.candidate)) continue;
    seen.add(c.candidate);
    out.push(
      `<h3>Prompt diff <code>${esc(c.baseline)}</code> → <code>${esc(c.candidate)}</code></h3>`,
      diffBlock(c.diff),
    );
  }
  out.push('</section>');
  return out.join('\n');
}

function label(x: RunSummary): string {
  return `${x.version} · ${x.model}`;
}

function verdictItem(c: Comparison): string {
  const pts = (v: number) => `${v >= 0 ? '+' : '−'}${Math.abs(Math.round(v * 100))}`;
  const text =
    `${c.candidate} vs ${c.baseline} on ${c.model}: pass rate ${pts(c.passRateDelta)} points ` +
    `[${pts(c.ci95[0])}, ${pts(c.ci95[1])}], McNemar p = ${c.pValue.toPrecision(2)}; ` +
    `score ${c.scoreDelta >= 0 ? '+' : ''}${c.scoreDelta.toFixed(3)} [${c.scoreCi95[0].toFixed(3)}, ${c.scoreCi95[1].toFixed(3)}] over ${c.pairs} pairs`;
  const badge = c.verdict === 'no-difference' ? 'no difference' : c.verdict;
  return `<li class="${c.verdict}" data-candidate="${esc(c.candidate)}"><span class="badge">${esc(badge)}</span>${esc(text)}</li>`;
}

/** One row per run: the mean as a dot, the interval as a bar. */
function forest(
  r: EvalResult,
  kind: string,
  title: string,
  pick: (x: RunSummary) => { mean: number; ci: [number, number] },
  domain: [number, number],
): string {
  const width = 480;
  const left = 230;
  const right = 20;
  const top = 14;
  const rowHeight = 28;
  const height = top + Math.max(1, r.runs.length) * rowHeight + 40;
  const x = (v: number) => left + ((v - domain[0]) / (domain[1] - domain[0])) * (width - left - right);
  const axisY = top + r.runs.length * rowHeight + 6;
  const svg = [
    `<svg class="chart" data-chart="${kind}" viewBox="0 0 ${width} ${height}" role="img"><title>${esc(title)}</title>`,
  ];
  for (const t of niceTicks(domain[0], domain[1], 5)) {
    const tx = x(t).toFixed(1);
    svg.push(`<line class="grid" x1="${tx}" x2="${tx}" y1="${top - 6}" y2="${axisY}"/>`);
    svg.push(`<text class="tick" x="${tx}" y="${axisY + 16}" text-anchor="middle">${esc(String(t))}</text>`);
  }
  svg.push(`<line class="axis" x1="${left}" x2="${width - right}" y1="${axisY}" y2="${axisY}"/>`);
  r.runs.forEach((run, i) => {
    const { mean, ci } = pick(run);
    const y = top + i * rowHeight + rowHeight / 2;
    const clamp = (v: number) => Math.min(domain[1], Math.max(domain[0], Number.isFinite(v) ? v : mean));
    svg.push(`<text x="${left - 10}" y="${y + 4}" text-anchor="end">${esc(truncate(label(run), 34))}</text>`);
    svg.push(
      `<line class="ci" x1="${x(clamp(ci[0])).toFixed(1)}" x2="${x(clamp(ci[1])).toFixed(1)}" y1="${y}" y2="${y}"/>`,
    );
    svg.push(
      `<circle class="dot" cx="${x(clamp(mean)).toFixed(1)}" cy="${y}" r="5"><title>${esc(`${label(run)}: ${mean.toFixed(3)} [${ci[0].toFixed(3)}, ${ci[1].toFixed(3)}], n=${run.cases}`)}</title></circle>`,
    );
  });
  svg.push('</svg>');
  return `<figure><figcaption>${esc(title)}</figcaption>${svg.join('')}</figure>`;
}

/** Cost per answer against mean score, one point per run. */
function costChart(r: EvalResult): string {
  const points = r.runs.filter((x) => x.costUsd !== undefined && x.cases > 0);
  const title = 'Cost per answer against mean score';
  if (points.length === 0) {
    return `<figure><figcaption>${title}</figcaption><p class="note">Cost unknown: give the models <code>pricing</code>, or use models the price table knows.</p></figure>`;
  }
  const width = 480;
  const height = 260;
  const left = 56;
  const right = 40;
  const top = 26;
  const bottom = 40;
  const costs = points.map((p) => (p.costUsd as number) / p.cases);
  let hi = Math.max(...costs);
  if (!(hi > 0)) hi = 1e-6;
  const ticks = niceTicks(0, hi, 4);
  const max = Math.max(hi, ticks[ticks.length - 1] ?? hi);
  const x = (v: number) => left + (v / max) * (width - left - right);
  const y = (v: number) => top + (1 - v) * (height - top - bottom);
  const svg = [
    `<svg class="chart" data-chart="cost" viewBox="0 0 ${width} ${height}" role="img"><title>${title}</title>`,
  ];
  for (const t of ticks) {
    svg.push(`<line class="grid" x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${top}" y2="${y(0)}"/>`);
    svg.push(
      `<text class="tick" x="${x(t).toFixed(1)}" y="${y(0) + 16}" text-anchor="middle">$${esc(String(Number(t.toPrecision(3))))}</text>`,
    );
  }
  for (const s of [0, 0.5, 1]) {
    svg.push(`<line class="grid" x1="${left}" x2="${width - right}" y1="${y(s)}" y2="${y(s)}"/>`);
    svg.push(`<text class="tick" x="${left - 6}" y="${y(s) + 4}" text-anchor="end">${s}</text>`);
  }
  points.forEach((p, i) => {
    const cx = x(costs[i] as number).toFixed(1);
    const cy = y(p.meanScore).toFixed(1);
    svg.push(
      `<circle class="point" cx="${cx}" cy="${cy}" r="6"><title>${esc(`${label(p)}: $${(costs[i] as number).toPrecision(3)} per answer, score ${p.meanScore.toFixed(3)}`)}</title></circle>`,
    );
    svg.push(`<text x="${cx}" y="${Number(cy) - 9}" text-anchor="middle">${esc(truncate(p.version, 16))}</text>`);
  });
  svg.push(
    `<text class="tick" x="${width - right}" y="${height - 4}" text-anchor="end">USD per answer →, score ↑</text></svg>`,
  );
  return `<figure><figcaption>${title}</figcaption>${svg.join('')}</figure>`;
}

function runsTable(runs: readonly RunSummary[]): string {
  const head = [
    'version',
    'model',
    'pass rate',
    'mean score',
    'errors',
    'latency p50 / p95',
    'tokens in / out',
    'cost',
  ];
  const rows = runs.map((r) => [
    `<code>${esc(r.version)}</code>${r.selector !== r.version ? ` <span class="muted">(${esc(r.selector)})</span>` : ''}`,
    esc(r.model),
    `${(r.passRate * 100).toFixed(0)}% <span class="muted">[${(r.passRateCi95[0] * 100).toFixed(0)}, ${(r.passRateCi95[1] * 100).toFixed(0)}] ${r.passed}/${r.cases}</span>`,
    `${r.meanScore.toFixed(3)} <span class="muted">[${r.scoreCi95[0].toFixed(3)}, ${r.scoreCi95[1].toFixed(3)}]</span>`,
    String(r.errors),
    `${r.latencyMs.p50} / ${r.latencyMs.p95} ms`,
    `${r.inputTokens} / ${r.outputTokens}`,
    r.costUsd === undefined ? '<span class="muted">—</span>' : `$${r.costUsd.toPrecision(3)}`,
  ]);
  return table(head, rows);
}

function casesTable(r: EvalResult): string {
  const cols = r.runs.map((x) => ({ version: x.version, model: x.model }));
  const head = ['#', 'vars', ...cols.map((c) => `${c.version} · ${c.model}`)];
  const rows = r.cases.map((row) => [
    String(row.index),
    `<code>${esc(truncate(JSON.stringify(row.vars), 60))}</code>`,
    ...cols.map((c) => {
      const rs = row.results.filter((x) => x.version === c.version && x.model === c.model);
      if (rs.length === 0) return '<td class="muted">·</td>';
      const errors = rs.filter((x) => x.error !== undefined);
      const passed = rs.filter((x) => x.pass).length;
      const cls = errors.length > 0 ? 'err' : passed === rs.length ? 'pass' : 'fail';
      const tip = rs
        .map(
          (x) =>
            x.error ??
            x.assertions
              .filter((a) => !a.pass)
              .map((a) => `${a.type}: ${a.reason ?? ''}`)
              .join('; '),
        )
        .join(' | ');
      const text =
        rs.length === 1 ? (errors.length > 0 ? 'error' : passed === 1 ? 'pass' : 'fail') : `${passed}/${rs.length}`;
      return `<td class="${cls}" title="${esc(tip)}">${text}</td>`;
    }),
  ]);
  return `<table class="cases"><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((cells) => `<tr>${cells.map((c) => (c.startsWith('<td') ? c : `<td>${c}</td>`)).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function table(head: string[], rows: string[][]): string {
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function diffBlock(diff: string): string {
  if (diff === '') return '<p class="note">No change to the template, messages, schemas or model.</p>';
  const lines = diff.split('\n').map((line) => {
    const cls = line.startsWith('@@')
      ? 'hunk'
      : line.startsWith('+') && !line.startsWith('+++')
        ? 'add'
        : line.startsWith('-') && !line.startsWith('---')
          ? 'del'
          : '';
    return cls === '' ? esc(line) : `<span class="${cls}">${esc(line)}</span>`;
  });
  return `<pre class="diff">${lines.join('\n')}</pre>`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
