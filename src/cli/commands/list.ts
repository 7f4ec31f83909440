/**
 * `promptops list`: every prompt with its latest version, labels and owner.
 * @module
 */
import type { Command } from 'commander';
import { type ListResult, listStore } from '../../authoring/index.js';
import type { CommandContext, CommandModule } from '../command.js';
import { usingStore, withExamples } from '../command-kit.js';
import { ExitCode, type Output } from '../output.js';
import { addStoreOptions, STORE_HELP, type StoreFlags } from '../store-args.js';

/** Registers `list`. */
export const listCommand: CommandModule = (program: Command, context: CommandContext) => {
  const command = program
    .command('list')
    .description('list every prompt: name, latest version, labels and owner')
    .argument('[dir]', 'prompt folder');
  addStoreOptions(command);
  withExamples(
    command,
    ['promptops list', 'promptops list --url https://prompts.internal --token-env PROMPTOPS_TOKEN --json'],
    `${STORE_HELP}

Exit codes: 0 listed, 1 some files or names could not be read (listed under problems), 2 usage error.
--json prints { prompts: [{ name, latest, versions, labels: { label: version }, owner, description, type }],
  problems: [{ name?, file?, line?, message }] }.`,
  );
  command.action(async (dir: string | undefined, flags: StoreFlags, cmd: Command) => {
    const output = context.output(cmd);
    const result = await usingStore(context, dir, flags, (selected) =>
      listStore(selected.store, { onProgress: (message) => output.progress(message, true) }),
    );
    output.result(result, () => printList(output, result));
    if (result.problems.length > 0) context.exit(ExitCode.findings);
  });
};

function printList(output: Output, result: ListResult): void {
  const rows = result.prompts.map((p) => [
    p.name,
    p.latest,
    Object.entries(p.labels)
      .map(([label, version]) => (version === p.latest ? label : `${label}→${version}`))
      .join(', '),
    p.owner ?? '',
  ]);
  const header = ['NAME', 'LATEST', 'LABELS', 'OWNER'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const format = (row: string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  if (rows.length === 0) output.line('No prompts found.');
  else {
    output.line(output.style('bold', format(header)));
    for (const row of rows) output.line(format(row));
  }
  for (const problem of result.problems) {
    const where =
      problem.file === undefined
        ? (problem.name ?? '')
        : `${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}`;
    // Messages of file problems usually start with the file already: print it once.
    const named = problem.file !== undefined && problem.message.startsWith(problem.file);
    output.problem(`${output.style('yellow', 'warning')} ${where && !named ? `${where}: ` : ''}${problem.message}`);
  }
  if (result.problems.length > 0) output.problem('Run "promptops validate" for every problem with its fix.');
}
