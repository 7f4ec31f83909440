/**
 * The terminal view of an eval result, readable at a glance: per model, the versions side by side (pass
 * rate, mean score, each assertion, latency, tokens, cost, errors), the winner marked with ★, the verdict
 * of each candidate against the baseline; then the cases whose outcome differs between versions; then the
 * prompt diff.
 * @module
 */

import type { CaseRow, Comparison, EvalResult, RunSummary } from './types.js';

/** Styles the table may ask for; the caller colours them (or not). */
export type TableStyle = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan';

/** Options of {@link formatEvalTable}. */
export interface FormatTableOptions {
  /** Colour a piece of text. @default no colour */
  style?: (style: TableStyle, text: string) => string;
  /** Most case rows shown (cases whose outcome differs come first). @default 20 */
  maxCases?: number;
  /** Show the prompt diff. @default true */
  diff?: boolean;
  /** Most lines of each prompt diff shown. @default all */
  maxDiffLines?: number;
}

/** The lines of the terminal view of `result`. */
export function formatEvalTable(result: EvalResult, options: FormatTableOptions = {}): string[] {
  const style = options.style ?? ((_s: TableStyle, t: string) => t);
  const out: string[] = [];
  const answers = result.runs.reduce((s, r) => s + r.cases, 0);
  out.push(
    `${style('bold', result.prompt)}${result.file === undefined ? '' : style('dim', `  (${result.file})`)}`,
    style(
      'dim',
      `baseline ${result.baseline} · ${result.cases.length} case${result.cases.length === 1 ? '' : 's'} · ${answers} answers · ` +
        `${result.calls.made} model call${result.calls.made === 1 ? '' : 's'} made, ${result.calls.cached} from cache` +
        (result.interrupted ? ' · INTERRUPTED: partial results' : ''),
    ),
  );
  const models = [...new Set(result.runs.map((r) => r.model))];
  const ownModels =
    models.length > 1 && result.runs.every((r) => result.runs.filter((x) => x.version === r.version).length === 1);
  const groups = ownModels ? [result.runs] : models.map((m) => result.runs.filter((r) => r.model === m));
  for (const runs of groups) {
    out.push('', style('cyan', ownModels ? 'each version on its own model' : (runs[0]?.model ?? '')));
    out.push(...runTable(runs, result.comparisons, result.baseline, style, ownModels));
  }
  out.push(...caseTable(result, style, options.maxCases ?? 20));
  if (options.diff !== false) {
    const seen = new Set<string>();
    for (const c of result.comparisons) {
      const key = `${c.baseline}→${c.candidate}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push('', style('bold', `Prompt diff ${c.baseline} → ${c.candidate}`));
      if (c.diff === '') out.push(style('dim', '  (no change to template, messages, schemas or model)'));
      const lines = c.diff.split('\n').filter((line) => line !== '');
      const limit = options.maxDiffLines ?? lines.length;
      if (lines.length > limit) lines.splice(limit, lines.length - limit, `… ${lines.length - limit} more lines`);
      for (const line of lines) {
        const coloured =
          line.startsWith('+') && !line.startsWith('+++')
            ? style('green', line)
            : line.startsWith('-') && !line.startsWith('---')
              ? style('red', line)
              : line.startsWith('@@')
                ? style('cyan', line)
                : line;
        out.push(`  ${coloured}`);
      }
    }
  }
  return out;
}

function runTable(
  runs: readonly RunSummary[],
  comparisons: readonly Comparison[],
  baseline: string,
  style: (s: TableStyle, t: string) => string,
  ownModels: boolean,
): string[] {
  const winner = winnerOf(runs);
  const header = [
    '',
    ...runs.map((r) => {
      const name = r.selector !== r.version ? `${r.version} (${r.selector})` : r.version;
      const tag = r.version === baseline ? ' baseline' : '';
      return `${name}${tag}${ownModels ? ` ${r.model}` : ''}${r === winner ? ' ★' : ''}`;
    }),
  ];
  const rows: string[][] = [];
  rows.push(['pass rate', ...runs.map((r) => `${pct(r.passRate)} (${r.passed}/${r.cases})`)]);
  rows.push(['mean score', ...runs.map((r) => r.meanScore.toFixed(2))]);
  const types = [...new Set(runs.flatMap((r) => Object.keys(r.assertions)))];
  for (const type of types) {
    rows.push([
      `  ${type}`,
      ...runs.map((r) => (r.assertions[type] === undefined ? '—' : pct(r.assertions[type].passRate))),
    ]);
  }
  rows.push(['latency p50 / p95', ...runs.map((r) => `${ms(r.latencyMs.p50)} / ${ms(r.latencyMs.p95)}`)]);
  rows.push([
    'tokens in / out',
    ...runs.map((r) => `${r.inputTokens.toLocaleString('en-US')} / ${r.outputTokens.toLocaleString('en-US')}`),
  ]);
  rows.push(['cost', ...runs.map((r) => (r.costUsd === undefined ? '—' : usd(r.costUsd)))]);
  rows.push(['errors', ...runs.map((r) => String(r.errors))]);
  const verdicts = runs.map((r) => {
    if (r.version === baseline) return '';
    const c = comparisons.find((x) => x.candidate === r.version && x.model === r.model);
    return c === undefined ? '' : verdictText(c);
  });
  if (verdicts.some((v) => v !== '')) rows.push([`vs ${baseline}`, ...verdicts]);

  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('   ')}`.trimEnd();
  const out = [style('bold', line(header))];
  for (const row of rows) {
    let text = line(row);
    if (row[0]?.startsWith('vs ')) {
      for (const c of comparisons) {
        const v = verdictText(c);
        if (c.verdict === 'better') text = text.replace(v, style('green', v));
        if (c.verdict === 'worse') text = text.replace(v, style('red', v));
      }
    }
    out.push(text);
  }
  return out;
}

/** The run with the highest pass rate, then mean score; none when tied. */
function winnerOf(runs: readonly RunSummary[]): RunSummary | undefined {
  if (runs.length < 2) return undefined;
  const sorted = [...runs].sort((a, b) => b.passRate - a.passRate || b.meanScore - a.meanScore);
  const [first, second] = sorted;
  if (first === undefined || second === undefined) return undefined;
  return first.passRate === second.passRate && first.meanScore === second.meanScore ? undefined : first;
}

/** `+67 pts [+12, +100] p=0.031 better`. */
export function verdictText(c: Comparison): string {
  const pts = (v: number) => `${v >= 0 ? '+' : '−'}${Math.abs(Math.round(v * 100))}`;
  const word = c.verdict === 'no-difference' ? 'no significant difference' : c.verdict;
  return `${pts(c.passRateDelta)} pts [${pts(c.ci95[0])}, ${pts(c.ci95[1])}] p=${pValue(c.pValue)} ${word}`;
}

function caseTable(result: EvalResult, style: (s: TableStyle, t: string) => string, max: number): string[] {
  const columns = result.runs.map((r) => ({ version: r.version, model: r.model }));
  if (columns.length === 0 || result.cases.length === 0) return [];
  const multiModel = new Set(columns.map((c) => c.model)).size > 1;
  const cell = (row: CaseRow, col: { version: string; model: string }): string => {
    const rs = row.results.filter((r) => r.version === col.version && r.model === col.model);
    if (rs.length === 0) return '·';
    if (rs.length === 1) {
      const r = rs[0] as (typeof rs)[number];
      return r.error !== undefined
        ? '! error'
        : r.pass
          ? '✓'
          : `✗ ${r.assertions.find((a) => !a.pass)?.type ?? ''}`.trim();
    }
    const errors = rs.filter((r) => r.error !== undefined).length;
    return `${rs.filter((r) => r.pass).length}/${rs.length}${errors > 0 ? ` (${errors} err)` : ''}`;
  };
  const rows = result.cases.map((row) => ({ row, cells: columns.map((c) => cell(row, c)) }));
  const differs = (cells: string[]) => new Set(cells.map((c) => c.split(' ')[0])).size > 1;
  const ordered = [...rows.filter((r) => differs(r.cells)), ...rows.filter((r) => !differs(r.cells))];
  const shown = ordered.slice(0, max).sort((a, b) => a.row.index - b.row.index);
  const header = ['#', 'vars', ...columns.map((c) => (multiModel ? `${c.version} ${c.model}` : c.version))];
  const body = shown.map(({ row, cells }) => [String(row.index), varsText(row.vars), ...cells]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd();
  const out = [
    '',
    style('bold', 'Cases') + style('dim', ' (✓ pass, ✗ fail with the first failing assertion, ! model error)'),
  ];
  out.push(style('dim', line(header)));
  for (const r of body) {
    out.push(line(r).replace(/✓/g, style('green', '✓')).replace(/✗/g, style('red', '✗')));
  }
  if (ordered.length > shown.length) {
    const same = rows.length - rows.filter((r) => differs(r.cells)).length;
    out.push(
      style(
        'dim',
        `  … ${ordered.length - shown.length} more (${same} with the same outcome on every version); --json has them all`,
      ),
    );
  }
  return out;
}

function varsText(vars: Record<string, unknown>): string {
  const text = Object.entries(vars)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' ')
    .replace(/\s+/g, ' ');
  return text.length > 36 ? `${text.slice(0, 35)}…` : text;
}

function pct(v: number): string {
  return `${Math.round(v * 100)}%`;
}

function ms(v: number): string {
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`;
}

function usd(v: number): string {
  return `$${v < 0.01 ? v.toPrecision(2) : v.toFixed(4)}`;
}

function pValue(p: number): string {
  return p < 0.001 ? '<0.001' : p.toPrecision(2);
}
