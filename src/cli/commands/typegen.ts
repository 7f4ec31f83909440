/**
 * `promptops typegen [dir] -o src/prompts.gen.ts`: write the `PromptRegistry` declarations of a
 * folder or store; `--check` fails when the file is out of date.
 * @module
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { generateRegistry } from '../../typegen/generate.js';
import { plural, usingStore, withExamples } from '../command-kit.js';
import { ExitCode, type Output } from '../output.js';
import type { CommandContext, CommandModule } from '../program.js';
import {
  addStoreOptions,
  type ReadProblem,
  readAllRecords,
  STORE_HELP,
  type StoreFlags,
  shownPath,
} from '../store-args.js';
import { diffLines } from '../unified-diff.js';

/** Default output file. */
export const DEFAULT_TYPEGEN_OUT = 'src/prompts.gen.ts';

interface TypegenFlags extends StoreFlags {
  out: string;
  check?: boolean;
  module: string;
  strict?: boolean;
}

/** What `typegen --json` prints. */
export interface TypegenResult {
  /** The output file (as shown). */
  file: string;
  /** Names typed, sorted. */
  names: string[];
  /** `true` when the file already held exactly this text. */
  upToDate: boolean;
  /** `true` when the file was written. */
  written: boolean;
  /** With `--check` (or when written): how the file differs, by lines and by prompt name. */
  changes: {
    linesAdded: number;
    linesRemoved: number;
    namesAdded: string[];
    namesRemoved: string[];
    namesChanged: string[];
  };
  /** Prompts that could not be read or typed (left out of the file). */
  problems: ReadProblem[];
}

/** The prompt names an existing generated file declares, with the text of each entry. */
export function entriesOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const lines = text.split('\n');
  let current: string | undefined;
  let body: string[] = [];
  for (const line of lines) {
    const start = /^ {4}("(?:[^"\\]|\\.)*"): \{$/.exec(line);
    if (start !== null) {
      current = JSON.parse(start[1]!) as string;
      body = [line];
      continue;
    }
    if (current === undefined) continue;
    body.push(line);
    if (line === '    };') {
      out.set(current, body.join('\n'));
      current = undefined;
    }
  }
  return out;
}

/** How `after` differs from `before` (both generated files). */
export function typegenChanges(before: string | undefined, after: string): TypegenResult['changes'] {
  const lines = diffLines(before === undefined ? [] : before.split('\n'), after.split('\n'));
  const old = before === undefined ? new Map<string, string>() : entriesOf(before);
  const now = entriesOf(after);
  return {
    linesAdded: lines.filter((l) => l.op === '+').length,
    linesRemoved: lines.filter((l) => l.op === '-').length,
    namesAdded: [...now.keys()].filter((n) => !old.has(n)),
    namesRemoved: [...old.keys()].filter((n) => !now.has(n)),
    namesChanged: [...now.keys()].filter((n) => old.has(n) && old.get(n) !== now.get(n)),
  };
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
    .option('--strict', 'make names that are not in the registry a compile error');
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
    const file = resolve(context.io.cwd, flags.out);
    const result = await usingStore(context, dir, flags, async (selected) => {
      const contents = await readAllRecords(selected.store, output);
      const generated = generateRegistry(contents.records, { module: flags.module, strict: flags.strict === true });
      const problems: ReadProblem[] = [
        ...contents.problems,
        ...generated.problems.map((p) => ({ name: p.name, message: `${p.name}@${p.version}: ${p.message}` })),
      ];
      const existing = await readText(file);
      const upToDate = existing === generated.text;
      const write = !upToDate && flags.check !== true;
      if (write) {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, generated.text);
      }
      return {
        file: shownPath(context.io.cwd, file),
        names: generated.names,
        upToDate,
        written: write,
        changes: typegenChanges(existing, generated.text),
        problems,
      } satisfies TypegenResult;
    });
    output.result(result, () => printTypegen(output, result, flags.check === true));
    if ((flags.check === true && !result.upToDate) || result.problems.length > 0) context.exit(ExitCode.findings);
  });
};

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

function printTypegen(output: Output, result: TypegenResult, check: boolean): void {
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
      `${output.style('red', '✖')} ${result.file} is out of date (+${c.linesAdded} −${c.linesRemoved} lines): run "promptops typegen -o ${result.file}" and commit it`,
    );
  } else {
    output.line(`${output.style('green', '✔')} wrote ${result.file} (${count})`);
  }
  for (const line of summary) output.line(line);
}
