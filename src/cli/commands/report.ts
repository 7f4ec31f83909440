/**
 * `promptops report events.jsonl [more.jsonl…] [--html out.html] [--json]`: per prompt name, version
 * and variant, the renders, outcomes, and mean and confidence interval of every outcome metric, and
 * each variant's difference from the baseline with a plain-words verdict.
 * @module
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ConfigError } from '../../errors.js';
import { renderReportHtml } from '../../report/html.js';
import { reportFromFiles } from '../../report/read.js';
import { decimalsFor, type PromptReport, type Report, type UsageSummary } from '../../report/report.js';
import type { Summary } from '../../stats/index.js';
import type { CommandModule } from '../command.js';
import { ExitCode, type Output } from '../output.js';

interface ReportFlags {
  html?: string;
  baseline?: string;
  lowerIsBetter?: string;
  higherIsBetter?: string;
  confidence?: string;
}

/** Registers `promptops report`. */
export const reportCommand: CommandModule = (program, context) => {
  program
    .command('report')
    .description(
      'summarise outcome events (JSONL from jsonlSink): per name, version and variant the renders, outcomes, ' +
        'mean and confidence interval of each metric, and a verdict on each variant against the baseline',
    )
    .argument('<events...>', 'JSONL event files (several are read as one)')
    .option('--html <file>', 'also write a self-contained HTML page with a chart per metric')
    .option(
      '--baseline <arm>',
      'the variant (or version) others are compared with (default: "control", else the first)',
    )
    .option(
      '--lower-is-better <metrics>',
      'comma-separated metrics where lower is better (default: guessed from the name)',
    )
    .option('--higher-is-better <metrics>', 'comma-separated metrics where higher is better')
    .option('--confidence <level>', 'confidence level of intervals and tests', '0.95')
    .action(async (files: string[], flags: ReportFlags, command: Command) => {
      const output = context.output(command);
      const level = Number(flags.confidence ?? '0.95');
      if (!(level > 0 && level < 1)) {
        throw new ConfigError(`must be a number between 0 and 1, such as 0.95; got "${flags.confidence}"`, {
          option: '--confidence',
        });
      }
      const paths = files.map((f) => resolve(context.io.cwd, f));
      const report = await reportFromFiles(paths, {
        level,
        ...(flags.baseline === undefined ? {} : { baseline: flags.baseline }),
        lowerIsBetter: list(flags.lowerIsBetter),
        higherIsBetter: list(flags.higherIsBetter),
      });
      if (flags.html !== undefined) {
        const htmlPath = resolve(context.io.cwd, flags.html);
        await writeFile(htmlPath, renderReportHtml(report, { sources: files }), 'utf8');
        output.progress(`wrote ${flags.html}`);
      }
      if (report.skipped.count > 0) {
        output.problem(
          `${output.style('yellow', 'warning')} skipped ${report.skipped.count} line(s) that are not promptops events, e.g. ${report.skipped.examples.slice(0, 3).join('; ')}`,
        );
      }
      output.result({ ok: true, ...report }, () => printReport(report, output));
      context.exit(ExitCode.ok);
    });
};

function list(value: string | undefined): string[] {
  return value === undefined
    ? []
    : value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}

function printReport(report: Report, output: Output): void {
  if (report.prompts.length === 0) {
    output.line('No prompt events found.');
    return;
  }
  const level = Math.round(report.level * 100);
  report.prompts.forEach((p, i) => {
    if (i > 0) output.line();
    printPrompt(p, level, output);
  });
}

function printPrompt(p: PromptReport, level: number, output: Output): void {
  const arms = p.arms.length > 1 && p.baseline !== undefined ? ` (arms by ${p.armKind}, baseline ${p.baseline})` : '';
  output.line(`${output.style('bold', p.name)}${output.style('dim', arms)}`);
  const withUsage = p.rows.some((r) => r.usage !== undefined);
  const usageHeader = withUsage ? ['calls', 'tokens in/out', `cost/call USD (mean, ${level}% CI)`, 'cost USD'] : [];
  const header = [
    'version',
    'variant',
    'renders',
    'outcomes',
    ...usageHeader,
    ...p.metrics.map((m) => `${m} (mean, ${level}% CI)`),
  ];
  const rows = p.rows.map((r) => [
    r.version,
    r.variant ?? '-',
    r.renders.toLocaleString('en-US'),
    r.outcomes.toLocaleString('en-US'),
    ...(withUsage ? usageCells(r.usage) : []),
    ...p.metrics.map((m) => meanText(r.metrics[m])),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const format = (cells: string[]): string =>
    `  ${cells.map((cell, c) => (c < 2 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ')}`.trimEnd();
  output.line(output.style('dim', format(header)));
  for (const row of rows) output.line(format(row));
  if (p.note !== undefined) output.line(output.style('dim', `  note: ${p.note}`));
  if (p.errors > 0) output.line(output.style('dim', `  ${p.errors} error event(s)`));
  for (const c of p.comparisons) {
    const mark =
      c.significant && c.direction === 'better'
        ? output.style('green', '✓')
        : c.significant && c.direction === 'worse'
          ? output.style('red', '✗')
          : output.style('dim', '·');
    const pValue =
      c.test === undefined
        ? ''
        : output.style('dim', ` (p${c.test.p < 0.0001 ? '<0.0001' : `=${c.test.p.toPrecision(2)}`})`);
    output.line(`  ${mark} ${c.verdict}${pValue}`);
  }
}

function usageCells(u: UsageSummary | undefined): string[] {
  if (u === undefined) return ['-', '-', '-', '-'];
  const tokens = `${u.inputTokens.toLocaleString('en-US')}/${u.outputTokens.toLocaleString('en-US')}`;
  const total = u.costTotal === undefined ? '-' : `${Number(u.costTotal.toPrecision(4))}`;
  return [u.calls.toLocaleString('en-US'), tokens, meanText(u.costPerCall), total];
}

function meanText(s: Summary | undefined): string {
  if (s === undefined) return '-';
  if (s.n < 2) return `${Number(s.mean.toPrecision(4))} (n=${s.n})`;
  const d = decimalsFor(s.ci[1] - s.mean, s.mean);
  return `${s.mean.toFixed(d)} [${s.ci[0].toFixed(d)}, ${s.ci[1].toFixed(d)}] n=${s.n.toLocaleString('en-US')}`;
}
