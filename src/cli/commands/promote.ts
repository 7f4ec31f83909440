/**
 * `promptops promote <name>@<version> --label <label> [--reason ...]`: point a label at a version, on
 * a folder (rewriting front matter) or a registry (DESIGN.md section 13).
 * @module
 */
import type { Command } from 'commander';
import { type PromoteResult, promoteLabel } from '../../authoring/promote.js';
import type { CommandContext, CommandModule } from '../command.js';
import { withExamples } from '../command-kit.js';
import { addRegistryOptions, openRegistryTarget, parseNameAtVersion, type RegistryFlags } from '../registry-args.js';
import { addStoreOptions, STORE_HELP } from '../store-args.js';

interface PromoteFlags extends RegistryFlags {
  label: string;
  reason?: string;
}

/** Print a label move (shared with `rollback`). */
export function printMove(context: CommandContext, cmd: Command, result: PromoteResult, where: string): void {
  const output = context.output(cmd);
  output.result(result, () => {
    if (!result.moved) {
      output.line(`${result.name}: "${result.label}" is already on ${result.version}; nothing changed.`);
      return;
    }
    output.line(
      `${output.style('green', '✓')} ${result.name}: ${output.style('bold', result.label)} ${result.from ?? '(new)'} → ${output.style('bold', result.version)} in ${where}`,
    );
  });
}

/** Registers `promote`. */
export const promoteCommand: CommandModule = (program: Command, context: CommandContext) => {
  const command = addRegistryOptions(
    addStoreOptions(
      program
        .command('promote')
        .description('point a label (production, staging…) at a version, recording who and why')
        .argument('<spec>', '<name>@<version>')
        .requiredOption('--label <label>', 'the label to move')
        .option('--reason <text>', 'why, kept in the history'),
    ),
  );
  withExamples(
    command,
    [
      'promptops promote support/greeting@1.2.0 --label production --dir prompts',
      'promptops promote support/greeting@1.2.0 --label production --reason "new tone" --url https://prompts.example.com --token-env PROMPTS_TOKEN',
    ],
    `${STORE_HELP}
On a folder the front matter of the two files is rewritten (only their labels change) and the move is
appended to <dir>/.promptops/history.jsonl; commit both. On a server the move is recorded with the name
of your token. Promoting to where the label already is changes nothing.

Exit codes: 0 done (or nothing to do), 1 the version or name does not exist / the server refused, 2 usage.`,
  );
  command.action(async (spec: string, flags: PromoteFlags, cmd: Command) => {
    const { name, version } = parseNameAtVersion(spec);
    const target = await openRegistryTarget(undefined, flags, context.io);
    try {
      const result = await promoteLabel(target.store, name, flags.label, version, {
        ...target.meta,
        ...(flags.reason === undefined ? {} : { reason: flags.reason }),
      });
      printMove(context, cmd, result, target.location);
    } finally {
      await target.close();
    }
  });
};
