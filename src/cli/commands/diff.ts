/**
 * `promptops diff <name> <v1> <v2>`: what changed between two versions of a prompt — the template
 * as a unified diff, input-schema changes, and model changes.
 * @module
 */
import type { Command } from 'commander';
import { type DiffResult, diffVersions, type InputVariable } from '../../authoring/index.js';
import type { CommandContext, CommandModule } from '../command.js';
import { usingStore, withExamples } from '../command-kit.js';
import { ExitCode, type Output } from '../output.js';
import { addStoreOptions, STORE_HELP, type StoreFlags } from '../store-args.js';

interface DiffFlags extends StoreFlags {
  exitCode?: boolean;
}

/** Registers `diff`. */
export const diffCommand: CommandModule = (program: Command, context: CommandContext) => {
  const command = program
    .command('diff')
    .description('show what changed between two versions of a prompt: template (unified diff), inputs, model')
    .argument('<name>', 'prompt name, e.g. support/greeting')
    .argument('<v1>', 'the older version (or any selector: ^1, production, latest)')
    .argument('<v2>', 'the newer version (or any selector)')
    .option('--exit-code', 'exit with 1 when the versions differ (as `git diff --exit-code`)');
  addStoreOptions(command);
  withExamples(
    command,
    ['promptops diff support/greeting 1.1.0 2.0.0', 'promptops diff support/greeting production latest --json'],
    `${STORE_HELP}

Exit codes: 0 done (with --exit-code: 0 equal, 1 different), 1 a version was not found, 2 usage error.
--json prints { name, from: { version, hash }, to: { version, hash }, changed, template (unified diff text),
  input: { added: [variable], removed: [variable], changed: [{ name, from: variable, to: variable }] },
  model: { from, to } | null, fields: [name] } where variable is { name, type, required, default? }.`,
  );
  command.action(async (name: string, v1: string, v2: string, flags: DiffFlags, cmd: Command) => {
    const output = context.output(cmd);
    const result = await usingStore(context, undefined, flags, ({ store }) => diffVersions(store, name, v1, v2));
    output.result(result, () => printDiff(output, result));
    if (flags.exitCode === true && result.changed) context.exit(ExitCode.findings);
  });
};

function variableText(v: InputVariable): string {
  const flags = [v.required ? 'required' : 'optional'];
  if (v.default !== undefined) flags.push(`default ${JSON.stringify(v.default)}`);
  return `${v.name}: ${v.type} (${flags.join(', ')})`;
}

function printDiff(output: Output, result: DiffResult): void {
  const title = `${result.name} ${result.from.version} → ${result.to.version}`;
  if (!result.changed) {
    output.line(`${title}: no changes`);
    return;
  }
  output.line(output.style('bold', title));
  if (result.template !== '') {
    output.line();
    for (const line of result.template.replace(/\n$/, '').split('\n')) {
      const style = line.startsWith('@@')
        ? 'cyan'
        : line.startsWith('+') && !line.startsWith('+++')
          ? 'green'
          : line.startsWith('-') && !line.startsWith('---')
            ? 'red'
            : undefined;
      output.line(style === undefined ? line : output.style(style, line));
    }
  }
  const { added, removed, changed } = result.input;
  if (added.length + removed.length + changed.length > 0) {
    output.line();
    output.line(output.style('bold', 'Inputs:'));
    for (const v of added) output.line(output.style('green', `  + ${variableText(v)}`));
    for (const v of removed) output.line(output.style('red', `  - ${variableText(v)}`));
    for (const c of changed) output.line(output.style('yellow', `  ~ ${variableText(c.from)} → ${variableText(c.to)}`));
  }
  if (result.model !== null) {
    output.line();
    output.line(
      `${output.style('bold', 'Model:')} ${JSON.stringify(result.model.from)} → ${JSON.stringify(result.model.to)}`,
    );
  }
  if (result.fields.length > 0) {
    output.line();
    output.line(`${output.style('bold', 'Also changed:')} ${result.fields.join(', ')}`);
  }
}
