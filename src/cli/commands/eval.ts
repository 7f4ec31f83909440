/**
 * `promptops eval [files...]`: run eval files (versions × models × cases), print the comparison, gate on
 * it. A thin shell over `promptops/eval`: every file is loaded and checked before the first model call
 * (usage errors exit 2), then each runs; `--threshold` and `--fail-on-regression` exit 1 when they fail.
 * @module
 */

import { readdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { ConfigError } from '../../errors.js';
import { EvalConfigError, type EvalProblem } from '../../eval/errors.js';
import { type LoadedEval, loadEval, runEval } from '../../eval/evaluate.js';
import { renderEvalHtml } from '../../eval/html.js';
import { createProgress } from '../../eval/progress.js';
import { formatEvalTable } from '../../eval/table.js';
import type { EvalResult } from '../../eval/types.js';
import type { CommandModule } from '../command.js';
import { usingStore, withExamples } from '../command-kit.js';
import { ExitCode } from '../output.js';
import { addStoreOptions, STORE_HELP, type StoreFlags } from '../store-args.js';

interface EvalFlags extends StoreFlags {
  concurrency: string;
  repeat?: string;
  html?: string;
  cache: boolean;
  threshold?: string;
  failOnRegression?: boolean;
}

/** Registers `promptops eval`. */
export const evalCommand: CommandModule = (program, context) => {
  const command = program
    .command('eval')
    .description(
      'run eval files: each version × model × case, assertions, and each candidate against the baseline ' +
        '(pass rates, paired 95% CI, McNemar), with the prompt diff',
    )
    .argument('[files...]', 'eval files (*.eval.yaml); default: every *.eval.yaml under the working directory')
    .option('--concurrency <n>', 'most model calls in flight at once', '4')
    .option('--repeat <n>', "run each case n times (overrides the eval's repeat)")
    .option('--html <file>', 'also write a self-contained HTML report with charts')
    .option('--no-cache', 'send every call instead of answering from .promptops/cache/')
    .option('--threshold <rate>', "exit 1 when a candidate's pass rate is below this (0..1)")
    .option('--fail-on-regression', 'exit 1 when a candidate is significantly worse than the baseline');
  addStoreOptions(command);
  withExamples(
    command,
    [
      'promptops eval evals/greeting.eval.yaml',
      'promptops eval --concurrency 8 --threshold 0.8 --fail-on-regression',
      'promptops eval evals/*.eval.yaml --json > results.json',
      'promptops eval evals/greeting.eval.yaml --html eval.html --no-cache',
    ],
    `${STORE_HELP}
Exit codes: 0 ok; 1 a gate failed (--threshold, --fail-on-regression) or the run was interrupted; 2 a usage
error (bad flag, unknown prompt, version or assertion, a case missing a variable, a missing API key), found
before any model call. Answers are cached in .promptops/cache/: a re-run makes no model call.`,
  );
  command.action(async (files: string[], flags: EvalFlags, cmd: Command) => {
    const output = context.output(cmd);
    const io = context.io;
    const concurrency = wholeNumber(flags.concurrency, '--concurrency');
    const repeat = flags.repeat === undefined ? undefined : wholeNumber(flags.repeat, '--repeat');
    const threshold = flags.threshold === undefined ? undefined : rate(flags.threshold);
    const paths = files.length > 0 ? files : await findEvalFiles(io.cwd);
    if (paths.length === 0) {
      throw new ConfigError('no eval files given and none (*.eval.yaml) found under the working directory: pass one');
    }

    await usingStore(context, undefined, flags, async (selected) => {
      const base = {
        store: selected.store,
        cwd: io.cwd,
        env: io.env,
        concurrency,
        cache: flags.cache,
        ...(repeat === undefined ? {} : { repeat }),
      };
      // Every eval is loaded and checked before the first model call.
      const loaded: LoadedEval[] = [];
      const problems: EvalProblem[] = [];
      for (const file of paths) {
        try {
          loaded.push(await loadEval(file, base));
        } catch (error) {
          if (error instanceof EvalConfigError) problems.push(...error.problems);
          else throw error;
        }
      }
      if (problems.length > 0) throw new EvalConfigError(problems);

      const controller = new AbortController();
      const onSigint = () => {
        output.problem('interrupted: finishing with the answers so far (Ctrl-C again to quit at once)');
        process.off('SIGINT', onSigint);
        controller.abort();
      };
      process.on('SIGINT', onSigint);
      const tty = io.stderr.isTTY === true && !output.json && io.env.CI === undefined;
      const results: EvalResult[] = [];
      try {
        for (const [i, one] of loaded.entries()) {
          if (controller.signal.aborted) break;
          const label = one.prepared.file ?? paths[i] ?? 'eval';
          const progress = output.json ? undefined : createProgress(io.stderr, label, one.prepared.units.length, tty);
          let errors = 0;
          results.push(
            await runEval(one, {
              ...base,
              signal: controller.signal,
              onProgress: (p) => {
                if (p.result.error !== undefined) errors++;
                progress?.update(p.done, errors);
              },
            }),
          );
          progress?.stop();
        }
      } finally {
        process.off('SIGINT', onSigint);
      }

      if (flags.html !== undefined) {
        await writeFile(resolve(io.cwd, flags.html), renderEvalHtml(results), 'utf8');
        output.progress(`wrote ${flags.html}`);
      }
      const failures = gateFailures(results, threshold, flags.failOnRegression === true);
      const interrupted = controller.signal.aborted || results.some((r) => r.interrupted);
      output.result(results.length === 1 ? results[0] : results, () => {
        results.forEach((result, i) => {
          if (i > 0) output.line();
          for (const line of formatEvalTable(result, { style: output.style })) output.line(line);
        });
      });
      for (const failure of failures) output.problem(`${output.style('red', 'gate failed')} ${failure}`);
      if (interrupted) output.problem(`${output.style('yellow', 'interrupted')} the results above are partial`);
      context.exit(failures.length > 0 || interrupted ? ExitCode.findings : ExitCode.ok);
    });
  });
};

/**
 * The gates that failed. `--threshold` applies to every run but the baseline's (to the baseline's too when
 * the eval has one version); `--fail-on-regression` fails on a candidate significantly worse.
 */
export function gateFailures(
  results: readonly EvalResult[],
  threshold: number | undefined,
  failOnRegression: boolean,
): string[] {
  const out: string[] = [];
  for (const r of results) {
    const single = new Set(r.runs.map((x) => x.version)).size === 1;
    if (threshold !== undefined) {
      for (const run of r.runs) {
        if (!single && run.version === r.baseline) continue;
        if (run.passRate < threshold) {
          out.push(
            `${r.prompt}@${run.version} on ${run.model}: pass rate ${(run.passRate * 100).toFixed(1)}% is below --threshold ${threshold}`,
          );
        }
      }
    }
    if (failOnRegression) {
      for (const c of r.comparisons) {
        if (c.verdict === 'worse') {
          out.push(
            `${r.prompt}@${c.candidate} on ${c.model} is significantly worse than ${c.baseline} (pass rate ${(c.passRateDelta * 100).toFixed(1)} points, p=${c.pValue.toPrecision(2)})`,
          );
        }
      }
    }
  }
  return out;
}

async function findEvalFiles(cwd: string): Promise<string[]> {
  const skip = new Set(['node_modules', '.git', '.promptops', 'dist']);
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!skip.has(entry.name)) await walk(join(dir, entry.name));
      } else if (entry.name.endsWith('.eval.yaml') || entry.name.endsWith('.eval.yml')) {
        out.push(relative(cwd, join(dir, entry.name)));
      }
    }
  };
  await walk(cwd);
  return out.sort();
}

function wholeNumber(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new ConfigError(`must be a whole number of at least 1; got "${value}"`, { option });
  return n;
}

function rate(value: string): number {
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) {
    throw new ConfigError(`must be a pass rate between 0 and 1, such as 0.8; got "${value}"`, {
      option: '--threshold',
    });
  }
  return n;
}
