/**
 * `promptops typegen [dir] -o src/prompts.gen.ts`: write the `PromptRegistry` declarations of a
 * folder or store; `--check` fails when the file is out of date.
 * @module
 */
import type { Command } from 'commander';
import { type TypegenResult, typegenStore } from '../../authoring/index.js';
import type { CommandContext, CommandModule } from '../command.js';
import { plural, usingStore, withExamples } from '../command-kit.js';
import { ExitCode, type Output } from '../output.js';
import { addStoreOptions, STORE_HELP, type StoreFlags } from '../store-args.js';

/** Default output file. */
export const DEFAULT_TYPEGEN_OUT = 'src/prompts.gen.ts';

interface TypegenFlags extends StoreFlags {
  out: string;
  check?: boolean;
  module: string;
  strict?: boolean;
}

/** Registers `typegen`. */
export const typegenCommand: CommandModule = (program: Command, context: CommandContext) => {
  const command = program
    .command('typegen')
    .description(
      'write TypeScript declarations that type getPrompt() by prompt name: names autocomplete, and ' +
        'render()/renderMessages() take exactly the variables and placeholders of each prompt',
    )
    .argument('[dir]', 'prompt folder')
    .option('-o, --out <file>', 'file to write', DEFAULT_TYPEGEN_OUT)
    .option('--check', 'write nothing; exit 1 when the file is missing or out of date (for CI)')
    .option('--module <name>', 'module whose PromptRegistry is augmented', 'promptops')
    .option(
      '--strict',
      'make names that are not in the registry a compile error: in getPrompt, and as keys of the pins and experiments options',
    );
  addStoreOptions(command);
  withExamples(
    command,
    [
      'promptops typegen ./prompts -o src/prompts.gen.ts',
      'promptops typegen --check -o src/prompts.gen.ts   # in CI',
      'promptops typegen --url https://prompts.internal --token-env PROMPTOPS_TOKEN --strict',
    ],
    `${STORE_HELP}
The output is deterministic (sorted, no timestamps): commit it, and run --check in CI.

Exit codes: 0 written (or up to date), 1 out of date with --check, or some prompts could not be typed, 2 usage error.
--json prints { file, names, upToDate, written, changes: { linesAdded, linesRemoved, namesAdded, namesRemoved,
  namesChanged }, problems: [{ name?, file?, line?, message }] }.`,
  );
  command.action(async (dir: string | undefined, flags: TypegenFlags, cmd: Command) => {
    const output = context.output(cmd);
    const result = await usingStore(context, dir, flags, (selected) =>
      typegenStore(selected.store, {
        cwd: context.io.cwd,
        out: flags.out,
        module: flags.module,
        strict: flags.strict === true,
        check: flags.check === true,
        onProgress: (message) => output.progress(message, true),
      }),
    );
    // The command that fixes a failed --check: this one, without --check (and with --strict if given).
    const rerun = [
      'promptops typegen',
      ...((dir ?? flags.dir) === undefined ? [] : [String(dir ?? flags.dir)]),
      ...(flags.url === undefined ? [] : ['--url', flags.url]),
      ...(flags.tokenEnv === undefined ? [] : ['--token-env', flags.tokenEnv]),
      ...(flags.config === undefined ? [] : ['--config', flags.config]),
      '-o',
      result.file,
      ...(flags.module === 'promptops' ? [] : ['--module', flags.module]),
      ...(flags.strict === true ? ['--strict'] : []),
    ].join(' ');
    output.result(result, () => printTypegen(output, result, flags.check === true, rerun));
    if ((flags.check === true && !result.upToDate) || result.problems.length > 0) context.exit(ExitCode.findings);
  });
};

function printTypegen(output: Output, result: TypegenResult, check: boolean, rerun: string): void {
  for (const problem of result.problems) {
    const where =
      problem.file === undefined ? '' : `${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}: `;
    output.problem(`${output.style('yellow', 'warning')} ${where}${problem.message} (left out of the types)`);
  }
  const count = plural(result.names.length, 'prompt');
  if (result.upToDate) {
    output.line(`${output.style('green', '✔')} ${result.file} is up to date (${count})`);
    return;
  }
  const c = result.changes;
  const summary = [
    ...c.namesAdded.map((n) => `  + ${n}`),
    ...c.namesRemoved.map((n) => `  - ${n}`),
    ...c.namesChanged.map((n) => `  ~ ${n}`),
  ];
  if (check) {
    output.line(
      `${output.style('red', '✖')} ${result.file} is out of date (+${c.linesAdded} −${c.linesRemoved} lines): run "${rerun}" and commit it`,
    );
  } else {
    output.line(`${output.style('green', '✔')} wrote ${result.file} (${count})`);
  }
  for (const line of summary) output.line(line);
}
