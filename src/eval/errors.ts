/**
 * The usage error of an eval: everything wrong with an eval file, its dataset, its models and its cases,
 * found before any model call and reported at once, each with file, line and fix.
 * @module
 */

import { ConfigError } from '../errors.js';

/** One problem of an eval, with where it is. */
export interface EvalProblem {
  /** The eval file or dataset (as given), or `'<definition>'` for an eval passed as an object. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** What is wrong and how to fix it. */
  message: string;
}

/**
 * An eval cannot run as written (exit code 2 in the CLI): unknown prompt, version or assertion, a case
 * missing a required variable, an unreadable dataset, a missing API key or SDK. `problems` lists every
 * problem found; none of them made a model call.
 */
export class EvalConfigError extends ConfigError {
  /** Every problem found, in file order. */
  declare readonly problems: readonly EvalProblem[];

  constructor(problems: readonly EvalProblem[], options?: { cause?: unknown }) {
    const lines = problems.map((p) => `  ${formatProblem(p)}`);
    const head = problems.length === 1 ? 'the eval cannot run' : `the eval cannot run (${problems.length} problems)`;
    super(`${head}:\n${lines.join('\n')}`, {}, options);
    this.problems = problems;
  }
}

/** `file:line: message`. */
export function formatProblem(p: EvalProblem): string {
  return `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.message}`;
}

/** Collects problems; throws them all at once. */
export class ProblemList {
  readonly items: EvalProblem[] = [];

  add(file: string, line: number | undefined, message: string): void {
    this.items.push(line === undefined ? { file, message } : { file, line, message });
  }

  /** Throw an {@link EvalConfigError} when any problem was added. */
  throwIfAny(): void {
    if (this.items.length > 0) throw new EvalConfigError(this.items);
  }

  /** Throw the problems added (the caller added at least one). */
  fail(): never {
    throw new EvalConfigError(this.items);
  }
}
