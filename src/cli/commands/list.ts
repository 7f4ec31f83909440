/**
 * `promptops list`: every prompt with its latest version, labels and owner.
 * @module
 */
import type { Command } from 'commander';
import type { PromptRecord } from '../../engine/record.js';
import { resolveSelector, sortVersionsDescending } from '../../engine/selector.js';
import { usingStore, withExamples } from '../command-kit.js';
import { ExitCode, type Output } from '../output.js';
import type { CommandContext, CommandModule } from '../program.js';
import { addStoreOptions, type ReadProblem, readAllRecords, STORE_HELP, type StoreFlags } from '../store-args.js';

/** One prompt name in `list`. */
export interface ListedPrompt {
  name: string;
  /** The `latest` version (highest non-prerelease; the highest when all are prereleases). */
  latest: string;
  /** Every version, highest first. */
  versions: string[];
  /** Label → version. */
  labels: Record<string, string>;
  /** Owner of the latest version, if any. */
  owner: string | null;
  description: string | null;
  type: 'text' | 'chat';
}

/** What `list --json` prints. */
export interface ListResult {
  prompts: ListedPrompt[];
  /** Files or names that could not be read (they are left out of `prompts`). */
  problems: ReadProblem[];
}

/** Summarize records (every version of every name) into listed prompts, sorted by name. */
export function listPrompts(records: readonly PromptRecord[]): ListedPrompt[] {
  const byName = new Map<string, PromptRecord[]>();
  for (const record of records) {
    const list = byName.get(record.name);
    if (list === undefined) byName.set(record.name, [record]);
    else list.push(record);
  }
  const out: ListedPrompt[] = [];
  for (const name of [...byName.keys()].sort()) {
    const versions = sortVersionsDescending(byName.get(name) ?? []);
    const infos = versions.map((r) => ({ version: r.version, labels: r.labels ?? [], record: r }));
    const latest = resolveSelector(infos, 'latest')?.record ?? versions[0];
    if (latest === undefined) continue;
    const labels: Record<string, string> = {};
    for (const record of versions) for (const label of record.labels ?? []) labels[label] = record.version;
    out.push({
      name,
      latest: latest.version,
      versions: versions.map((r) => r.version),
      labels: Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      owner: typeof latest.metadata?.owner === 'string' ? latest.metadata.owner : null,
      description: typeof latest.metadata?.description === 'string' ? latest.metadata.description : null,
      type: latest.type,
    });
  }
  return out;
}

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
    const result = await usingStore(context, dir, flags, async (selected) => {
      const contents = await readAllRecords(selected.store, output);
      return { prompts: listPrompts(contents.records), problems: contents.problems } satisfies ListResult;
    });
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
    output.problem(`${output.style('yellow', 'warning')} ${where ? `${where}: ` : ''}${problem.message}`);
  }
  if (result.problems.length > 0) output.problem('Run "promptops validate" for every problem with its fix.');
}
