/**
 * `promptops history <name> [--label L]`: the label moves of a prompt, newest first (DESIGN.md section 13).
 * @module
 */
import type { Command } from 'commander';
import { readLabelHistory } from '../../authoring/history.js';
import type { CommandContext, CommandModule } from '../command.js';
import { withExamples } from '../command-kit.js';
import { addRegistryOptions, openRegistryTarget, type RegistryFlags } from '../registry-args.js';
import { addStoreOptions, STORE_HELP } from '../store-args.js';

interface HistoryFlags extends RegistryFlags {
  label?: string;
}

/** Registers `history`. */
export const historyCommand: CommandModule = (program: Command, context: CommandContext) => {
  const command = addRegistryOptions(
    addStoreOptions(
      program
        .command('history')
        .description('show who moved which label of a prompt, when and why (newest first)')
        .argument('<name>', 'prompt name')
        .option('--label <label>', 'only the moves of this label'),
    ),
  );
  withExamples(
    command,
    [
      'promptops history support/greeting --dir prompts',
      'promptops history support/greeting --label production --url https://prompts.example.com --json',
    ],
    `${STORE_HELP}
--json prints { name, moves: [{ label, from, to, actor, at, reason? }] }, the shape of GET /v1/prompts/{name}/history.

Exit codes: 0 ok, 1 unknown prompt, 2 usage.`,
  );
  command.action(async (name: string, flags: HistoryFlags, cmd: Command) => {
    const output = context.output(cmd);
    const target = await openRegistryTarget(undefined, { ...flags, actor: undefined }, context.io);
    try {
      const history = await readLabelHistory(target.store, name, flags.label);
      output.result(history, () => {
        if (history.moves.length === 0) {
          output.line(`${name}: no label moves recorded${flags.label === undefined ? '' : ` for "${flags.label}"`}.`);
          return;
        }
        for (const move of history.moves) {
          const reason = move.reason === undefined ? '' : `  ${output.style('dim', `"${move.reason}"`)}`;
          output.line(
            `${move.at}  ${output.style('bold', move.label)}  ${move.from ?? '(new)'} → ${move.to}  by ${move.actor ?? '(unknown)'}${reason}`,
          );
        }
      });
    } finally {
      await target.close();
    }
  });
};
