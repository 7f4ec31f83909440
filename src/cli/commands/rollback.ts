/**
 * `promptops rollback <name> --label <label> [--to <version>]`: move a label back to where it pointed
 * before (from the label history), on a folder or a registry (DESIGN.md section 13).
 * @module
 */
import type { Command } from 'commander';
import { rollbackLabel } from '../../authoring/rollback.js';
import type { CommandContext, CommandModule } from '../command.js';
import { withExamples } from '../command-kit.js';
import { addRegistryOptions, openRegistryTarget, type RegistryFlags } from '../registry-args.js';
import { addStoreOptions, STORE_HELP } from '../store-args.js';
import { printMove } from './promote.js';

interface RollbackFlags extends RegistryFlags {
  label: string;
  to?: string;
  reason?: string;
}

/** Registers `rollback`. */
export const rollbackCommand: CommandModule = (program: Command, context: CommandContext) => {
  const command = addRegistryOptions(
    addStoreOptions(
      program
        .command('rollback')
        .description('move a label back to the version it pointed at before its last move')
        .argument('<name>', 'prompt name')
        .requiredOption('--label <label>', 'the label to move back')
        .option('--to <version>', 'go to this version instead of the one the history names')
        .option('--reason <text>', 'why (default: "rollback from <version>")'),
    ),
  );
  withExamples(
    command,
    [
      'promptops rollback support/greeting --label production --dir prompts',
      'promptops rollback support/greeting --label production --to 1.1.0 --url https://prompts.example.com --token-env PROMPTS_TOKEN',
    ],
    `${STORE_HELP}
Where the label pointed before comes from the label history (<dir>/.promptops/history.jsonl on a folder);
without a history entry, pass --to.

Exit codes: 0 done, 1 the version or name does not exist / the server refused, 2 usage (no history: pass --to).`,
  );
  command.action(async (name: string, flags: RollbackFlags, cmd: Command) => {
    const target = await openRegistryTarget(undefined, flags, context.io);
    try {
      const result = await rollbackLabel(target.store, name, flags.label, {
        ...(flags.to === undefined ? {} : { to: flags.to }),
        meta: { ...target.meta, ...(flags.reason === undefined ? {} : { reason: flags.reason }) },
      });
      printMove(context, cmd, result, target.location);
    } finally {
      await target.close();
    }
  });
};
