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
    const causes = causeChain(error);
    const usage = isPromptOpsError(error) && error.code === 'CONFIG';
    if (output.json) {
      const code = isPromptOpsError(error) ? error.code : 'INTERNAL';
      const cause = causes.length === 0 ? {} : { causes };
      io.stdout.write(`${JSON.stringify({ ok: false, error: { code, message, ...cause } }, null, 2)}\n`);
    } else {
      output.problem(`${output.style('red', 'error')} ${message}`);
      for (const cause of causes) output.problem(`  ${output.style('dim', 'cause')} ${cause.message}`);
    }
    return usage ? ExitCode.usage : ExitCode.findings;
  }
  return exitCode;
}

/**
 * The causes of an error, outermost first, as far as they add words: a promptops error often keeps the details
 * (the server's answer, the fix) in its `cause` and says so ("the full error is the cause"), and a CLI user has
 * no other way to see them. A cause the error already quotes (its first line is in the message) is left out: the
 * CLI rewords some errors for its users (e.g. `render`'s `--var` hint in place of the library's footer).
 */
function causeChain(error: unknown): Array<{ code?: string; message: string }> {
  const out: Array<{ code?: string; message: string }> = [];
  let shown = error instanceof Error ? error.message : '';
  let cause = error instanceof Error ? error.cause : undefined;
  for (let depth = 0; cause instanceof Error && depth < 5; depth++) {
    const firstLine = cause.message.split('\n')[0] ?? '';
    if (!shown.includes(firstLine)) {
      out.push({ ...(isPromptOpsError(cause) ? { code: cause.code } : {}), message: cause.message });
      shown += `\n${cause.message}`;
    }
    cause = cause.cause;
  }
  return out;
}
