import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/program.js';

/** The CLI fixtures: `prompts/` (good), `broken/` (one prompt per class of mistake), a config file. */
export const FIXTURES = resolve(import.meta.dirname, '../fixtures/cli');

/** What one in-process CLI run printed. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON (for `--json` runs). */
  json<T = Record<string, unknown>>(): T;
}

/** Run the CLI in-process with captured streams (not TTYs: no colour, no transient progress). */
export async function cli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; tty?: boolean } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    args,
    {
      stdout: { write: (text: string) => (stdout += text), isTTY: options.tty === true },
      stderr: { write: (text: string) => (stderr += text), isTTY: options.tty === true },
      env: options.env ?? {},
      cwd: options.cwd ?? FIXTURES,
    },
    '1.2.3',
  );
  return {
    code,
    stdout,
    stderr,
    json<T>() {
      return JSON.parse(stdout) as T;
    },
  };
}

/** A temporary copy of the CLI fixtures (for commands that write files). */
export async function fixtureCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'promptops-cli-'));
  await cp(FIXTURES, dir, { recursive: true });
  return dir;
}
