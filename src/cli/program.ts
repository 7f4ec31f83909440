/**
 * The `promptops` command line: a thin commander program; each command lives in `commands/`.
 * `runCli` never calls `process.exit`, so tests run it in-process with captured streams.
 * @module
 */
import { Command, CommanderError } from 'commander';
import { isPromptOpsError } from '../errors.js';
import type { CommandContext } from './command.js';
import { commands } from './commands/index.js';
import { type CliIO, createOutput, ExitCode } from './output.js';

/** Run the CLI with `argv` (without `node` and the script). Resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIO, version = '0.0.0'): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const program = new Command('promptops')
    .description('Run prompts like code: validate, render, lock, type and serve a folder of versioned prompts.')
    .version(version, '-v, --version')
    .option('--json', 'print one JSON document on stdout instead of human text')
    .option('--no-color', 'never colour the output (colour is used only on a TTY, and never with NO_COLOR)')
    .showHelpAfterError('(run "promptops --help" or "promptops <command> --help" for usage)')
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  const context: CommandContext = {
    io,
    output: (command) => {
      const flags = command.optsWithGlobals() as { json?: boolean; color?: boolean };
      return createOutput(io, flags);
    },
    exit: (code) => {
      exitCode = Math.max(exitCode, code);
    },
  };
  for (const register of commands) register(program, context);
  program.commands.forEach((c) => {
    c.exitOverride();
  });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with exit code 0; every parsing problem is a usage error.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    const output = createOutput(io, { json: argv.includes('--json'), color: !argv.includes('--no-color') });
    const message = error instanceof Error ? error.message : String(error);
    const usage = isPromptOpsError(error) && error.code === 'CONFIG';
    if (output.json) {
      const code = isPromptOpsError(error) ? error.code : 'INTERNAL';
      io.stdout.write(`${JSON.stringify({ ok: false, error: { code, message } }, null, 2)}\n`);
    } else {
      output.problem(`${output.style('red', 'error')} ${message}`);
    }
    return usage ? ExitCode.usage : ExitCode.findings;
  }
  return exitCode;
}
