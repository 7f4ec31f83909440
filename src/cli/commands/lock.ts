/**
 * `promptops lock`: resolve every name (pins of the config file, else `latest`) and write
 * `promptops.lock.json`.
 * @module
 */
import type { Command } from 'commander';
import { type LockResult, lockStore } from '../../authoring/index.js';
import { LOCKFILE_NAME } from '../../client/lockfile.js';
import type { CommandContext, CommandModule } from '../command.js';
import { usingStore, withExamples } from '../command-kit.js';
import { ExitCode, type Output } from '../output.js';
import { addStoreOptions, STORE_HELP, type StoreFlags } from '../store-args.js';

interface LockFlags extends StoreFlags {
  output?: string;
  check?: boolean;
}

/** Registers `lock`. */
export const lockCommand: CommandModule = (program: Command, context: CommandContext) => {
  const command = program
    .command('lock')
    .description(
      `resolve every prompt (pins of the config file, else "latest") and write ${LOCKFILE_NAME} with the exact version and hash of each`,
    )
    .argument(
      '[names...]',
      'names or name@selector specs to lock (default: every name of the store, plus the pinned ones)',
    )
    .option('-o, --output <file>', `lockfile to write (default: the config's "lockfile", else ./${LOCKFILE_NAME})`)
    .option('--check', 'write nothing; exit 1 when the lockfile is missing or out of date (for CI)');
  addStoreOptions(command);
  withExamples(
    command,
    ['promptops lock', 'promptops lock support/greeting support/triage --dir ./prompts', 'promptops lock --check'],
    `${STORE_HELP}
Partials of locked prompts are locked too.

Exit codes: 0 written (or up to date), 1 --check found it out of date or a prompt failed to resolve, 2 usage error.
--json prints { file, written, upToDate, changes: [{ name, from, to }], lockfile: { lockfileVersion, prompts } }.`,
  );
  command.action(async (names: string[], flags: LockFlags, cmd: Command) => {
    const output = context.output(cmd);
    const result = await usingStore(context, undefined, flags, (selected) => {
      output.progress(`Resolving prompts (${selected.location})…`, true);
      return lockStore(selected, {
        cwd: context.io.cwd,
        names,
        ...(flags.output === undefined ? {} : { output: flags.output }),
        check: flags.check === true,
      });
    });
    output.result(result, () => printLock(output, result, flags.check === true));
    if (flags.check === true && !result.upToDate) context.exit(ExitCode.findings);
  });
};

function printLock(output: Output, result: LockResult, check: boolean): void {
  const count = Object.keys(result.lockfile.prompts).length;
  for (const change of result.changes) {
    const text =
      change.from === null
        ? `+ ${change.name} ${change.to}`
        : change.to === null
          ? `- ${change.name} ${change.from}`
          : change.same === 'hash'
            ? `~ ${change.name} ${change.to}: same version, different content hash (the store now holds other content for it)`
            : change.same === 'selector'
              ? `~ ${change.name} ${change.to}: same version, selector changed`
              : `~ ${change.name} ${change.from} → ${change.to}`;
    output.line(output.style(change.from === null ? 'green' : change.to === null ? 'red' : 'yellow', `  ${text}`));
  }
  if (result.upToDate) output.line(`${output.style('green', '✔')} ${result.file} is up to date (${count} prompts)`);
  else if (check) {
    output.line(`${output.style('red', '✖')} ${result.file} is out of date: run "promptops lock" and commit it`);
  } else output.line(`${output.style('green', '✔')} wrote ${result.file} (${count} prompts)`);
}
