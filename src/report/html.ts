/**
 * The report as one self-contained HTML page: inline CSS, one inline SVG chart per metric (the
 * mean and confidence interval of each arm), no script, no font, no CDN, no request of any kind
 * (a Content-Security-Policy of `default-src 'none'` makes sure of it).
 * @module
 */

import type { Summary } from '../stats/index.js';
import type { PromptReport, Report, ReportArm, ReportComparison } from './report.js';
import { decimalsFor } from './report.js';

/** Options of {@link renderReportHtml}. */
export interface HtmlReportOptions {
  /** @default 'promptops outcome report' */
  title?: string;
  /** The event files the report was built from, listed in the header. @default [] */
  sources?: readonly string[];
  /** When the report was made, shown in the header. @default now */
  generatedAt?: Date;
}

const CSS = `
:root{color-scheme:light dark;--fg:#1d2330;--muted:#5d6675;--line:#d7dbe2;--bg:#fff;--card:#f6f7f9;--good:#137333;--bad:#b3261e;--accent:#3257d6}
@media (prefers-color-scheme:dark){:root{--fg:#e6e8ec;--muted:#a3abb8;--line:#3a404b;--bg:#15181d;--card:#1d2128;--good:#5cc27a;--bad:#f08c84;--accent:#8ea8ff}}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:1080px;margin:0 auto;padding:24px}h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 8px;padding-top:16px;border-top:1px solid var(--line)}
h2 code{font-size:inherit}h3{font-size:15px;margin:18px 0 6px}.muted{color:var(--muted)}code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:13px}
table{border-collapse:collapse;width:100%;margin:8px 0 12px;font-size:13.5px}th,td{padding:5px 8px;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
th:first-child,td:first-child,th:nth-child(2),td:nth-child(2){text-align:left}th{font-weight:600;color:var(--muted)}
ul.verdicts{list-style:none;padding:0;margin:8px 0}ul.verdicts li{margin:4px 0;padding:6px 10px;border-radius:6px;background:var(--card);border-left:4px solid var(--line)}
li.better.significant{border-left-color:var(--good)}li.worse.significant{border-left-color:var(--bad)}
.badge{display:inline-block;font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.04em;padding:1px 6px;border-radius:4px;margin-right:6px;background:var(--line);color:var(--fg)}
li.better.significant .badge{background:var(--good);color:#fff}li.worse.significant .badge{background:var(--bad);color:#fff}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(460px,1fr));gap:16px}figure{margin:0;padding:12px;background:var(--card);border-radius:8px}
figcaption{font-weight:600;margin-bottom:4px}svg{display:block;width:100%;height:auto}svg text{fill:var(--fg);font:12px system-ui,sans-serif}
svg .axis{stroke:var(--line)}svg .grid{stroke:var(--line);stroke-dasharray:2 3}svg .base{stroke:var(--muted);stroke-dasharray:4 3}
svg .ci{stroke:var(--accent);stroke-width:2.5}svg .dot{fill:var(--accent)}svg .tick{fill:var(--muted);font-size:11px}
.note{padding:8px 12px;border-radius:6px;background:var(--card);color:var(--muted)}
`;

/** Render the report as a self-contained HTML document. */
export function renderReportHtml(report: Report, options: HtmlReportOptions = {}): string {
  const title = options.title ?? 'promptops outcome report';
  const when = (options.generatedAt ?? new Date()).toISOString();
  const level = Math.round(report.level * 100);
  const sources = options.sources ?? [];
  const parts = htmlDocumentStart(title, CSS);
  parts.push(
    `<p class="muted">${report.events.toLocaleString('en-US')} events` +
      (sources.length > 0 ? ` from ${sources.map((s) => `<code>${esc(s)}</code>`).join(', ')}` : '') +
      ` · ${level}% confidence intervals (Student t), differences by Welch's t-test · made ${esc(when)}</p>`,
  );
  if (report.skipped.count > 0) {
    parts.push(
      `<p class="note">Skipped ${report.skipped.count.toLocaleString('en-US')} line(s) that were not promptops events, e.g. ${report.skipped.examples
        .slice(0, 3)
        .map((e) => `<code>${esc(e)}</code>`)
        .join('; ')}.</p>`,
    );
  }
  if (report.prompts.length === 0) parts.push('<p class="note">No prompt events found.</p>');
  for (const prompt of report.prompts) parts.push(promptSection(prompt, level));
  parts.push('</main></body></html>');
  return `${parts.join('\n')}\n`;
}

function promptSection(p: PromptReport, level: number): string {
  const out: string[] = [`<section class="prompt" data-name="${esc(p.name)}">`, `<h2><code>${esc(p.name)}</code></h2>`];
  const kind = p.armKind === 'variant' ? 'variant' : 'version';
  if (p.baseline !== undefined && p.arms.length > 1) {
    out.push(
      `<p class="muted">Arms by ${kind}; baseline <code>${esc(p.baseline)}</code>.${p.errors > 0 ? ` ${p.errors} error event(s).` : ''}</p>`,
    );
  } else if (p.errors > 0) {
    out.push(`<p class="muted">${p.errors} error event(s).</p>`);
  }
  if (p.note !== undefined) out.push(`<p class="note">${esc(p.note)}</p>`);
  if (p.comparisons.length > 0) {
    out.push('<h3>Verdicts</h3><ul class="verdicts">');
    for (const c of p.comparisons) out.push(verdictItem(c));
    out.push('</ul>');
  }
  out.push('<h3>By version and variant</h3>', rowsTable(p, level));
  if (p.metrics.length > 0) {
    out.push('<h3>Metrics</h3><div class="charts">');
    for (const metric of p.metrics) {
      const direction = p.comparisons.find((c) => c.metric === metric)?.better;
      out.push(chart(p, metric, level, direction));
    }
    out.push('</div>');
  }
  out.push('</section>');
  return out.join('\n');
}

function verdictItem(c: ReportComparison): string {
  const cls = `${c.direction}${c.significant ? ' significant' : ''}`;
  const badge = c.test === undefined ? 'too little data' : c.significant ? 'significant' : 'not significant';
  const p =
    c.test === undefined
      ? ''
      : ` <span class="muted">(p ${formatP(c.test.p)}, ${c.better} is better${c.guessedDirection ? ', guessed from the name' : ''})</span>`;
  return `<li class="${cls}"><span class="badge">${badge}</span>${esc(c.verdict)}${p}</li>`;
}

function rowsTable(p: PromptReport, level: number): string {
  const head = ['version', 'variant', 'renders', 'outcomes', ...p.metrics.map((m) => `${m} (mean, ${level}% CI)`)];
  const rows = p.rows.map((r) => [
    `<code>${esc(r.version)}</code>`,
    r.variant === undefined ? '<span class="muted">—</span>' : esc(r.variant),
    r.renders.toLocaleString('en-US'),
    r.outcomes.toLocaleString('en-US'),
    ...p.metrics.map((m) => meanCell(r.metrics[m])),
  ]);
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function meanCell(s: Summary | undefined): string {
  if (s === undefined) return '<span class="muted">—</span>';
  if (s.n < 2) return `${formatNumber(s.mean, 4)} <span class="muted">(n=${s.n})</span>`;
  const d = decimalsFor(s.ci[1] - s.mean, s.mean);
  return `${s.mean.toFixed(d)} <span class="muted">[${s.ci[0].toFixed(d)}, ${s.ci[1].toFixed(d)}] n=${s.n.toLocaleString('en-US')}</span>`;
}

/** A forest plot: one line per arm, its mean as a dot and its confidence interval as a bar. */
function chart(p: PromptReport, metric: string, level: number, better: 'higher' | 'lower' | undefined): string {
  const arms = p.arms.filter((a) => a.metrics[metric] !== undefined);
  const label = (a: ReportArm): string =>
    p.armKind === 'variant' && a.versions.length > 0 ? `${a.arm} (${a.versions.join(', ')})` : a.arm;
  const width = 480;
  const left = 150;
  const right = 20;
  const rowHeight = 30;
  const top = 14;
  const height = top + Math.max(1, arms.length) * rowHeight + 40;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const a of arms) {
    const s = a.metrics[metric] as Summary;
    for (const v of [s.mean, s.ci[0], s.ci[1]]) {
      if (Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  if (!Number.isFinite(lo)) {
    lo = 0;
    hi = 1;
  }
  if (lo === hi) {
    const pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
    lo -= pad;
    hi += pad;
  }
  const ticks = niceTicks(lo, hi, 5);
  const min = Math.min(lo, ticks[0] ?? lo);
  const max = Math.max(hi, ticks[ticks.length - 1] ?? hi);
  const x = (v: number): number => left + ((v - min) / (max - min)) * (width - left - right);
  const svg: string[] = [
    `<svg class="chart" data-metric="${esc(metric)}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t-${esc(slug(p.name))}-${esc(slug(metric))}">`,
    `<title id="t-${esc(slug(p.name))}-${esc(slug(metric))}">${esc(`${metric} of ${p.name}: mean and ${level}% confidence interval per ${p.armKind}`)}</title>`,
  ];
  const axisY = top + arms.length * rowHeight + 6;
  for (const t of ticks) {
    const tx = x(t).toFixed(1);
    svg.push(`<line class="grid" x1="${tx}" x2="${tx}" y1="${top - 6}" y2="${axisY}"/>`);
    svg.push(`<text class="tick" x="${tx}" y="${axisY + 16}" text-anchor="middle">${esc(formatNumber(t, 6))}</text>`);
  }
  svg.push(`<line class="axis" x1="${left}" x2="${width - right}" y1="${axisY}" y2="${axisY}"/>`);
  const base = arms.find((a) => a.arm === p.baseline)?.metrics[metric];
  if (base !== undefined && Number.isFinite(base.mean) && arms.length > 1) {
    const bx = x(base.mean).toFixed(1);
    svg.push(
      `<line class="base" x1="${bx}" x2="${bx}" y1="${top - 6}" y2="${axisY}"><title>baseline mean</title></line>`,
    );
  }
  arms.forEach((a, i) => {
    const s = a.metrics[metric] as Summary;
    const y = top + i * rowHeight + rowHeight / 2;
    svg.push(`<text x="${left - 10}" y="${y + 4}" text-anchor="end">${esc(truncate(label(a), 24))}</text>`);
    if (Number.isFinite(s.ci[0]) && Number.isFinite(s.ci[1])) {
      svg.push(`<line class="ci" x1="${x(s.ci[0]).toFixed(1)}" x2="${x(s.ci[1]).toFixed(1)}" y1="${y}" y2="${y}"/>`);
    }
    const tip = `${a.arm}: mean ${formatNumber(s.mean, 6)}, ${level}% CI [${formatNumber(s.ci[0], 6)}, ${formatNumber(s.ci[1], 6)}], n=${s.n}`;
    svg.push(`<circle class="dot" cx="${x(s.mean).toFixed(1)}" cy="${y}" r="5"><title>${esc(tip)}</title></circle>`);
  });
  svg.push(
    `<text class="tick" x="${width - right}" y="${height - 4}" text-anchor="end">${esc(better === undefined ? metric : `${metric} (${better} is better)`)}</text>`,
  );
  svg.push('</svg>');
  return `<figure><figcaption>${esc(metric)}</figcaption>${svg.join('')}</figure>`;
}

/** About `count` round tick values covering [lo, hi]. */
export function niceTicks(lo: number, hi: number, count: number): number[] {
  const span = hi - lo;
  if (!(span > 0) || !Number.isFinite(span)) return [lo];
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const start = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= hi + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if ((ticks[ticks.length - 1] ?? lo) < hi) ticks.push(Number((start + ticks.length * step).toPrecision(12)));
  return ticks;
}

function formatNumber(v: number, digits: number): string {
  if (!Number.isFinite(v)) return '—';
  if (v === 0) return '0';
  return String(Number(v.toPrecision(digits)));
}

function formatP(p: number): string {
  if (p < 0.0001) return '< 0.0001';
  return `= ${p.toPrecision(2)}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function slug(text: string): string {
  return text.replace(/[^a-zA-Z0-9_-]+/g, '-');
}

/**
 * The start of a self-contained report page, up to its `<h1>`: no scripts, no requests (CSP
 * `default-src 'none'`), its own `css` inline. The caller adds the body and `</main></body></html>`.
 */
export function htmlDocumentStart(title: string, css: string): string[] {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${esc(title)}</title><style>${css}</style></head><body><main>`,
    `<h1>${esc(title)}</h1>`,
  ];
}

/** Escape text for HTML content and attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
