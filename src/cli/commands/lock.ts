/**
 * `promptops lock`: resolve every name (pins of the config file, else `latest`) and write
 * `promptops.lock.json`.
 * @module
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { createLockfile, LOCKFILE_NAME, type Lockfile, parseLockfile } from '../../client/lockfile.js';
import { usingStore, withExamples } from '../command-kit.js';
import { ExitCode, type Output } from '../output.js';
import type { CommandContext, CommandModule } from '../program.js';
import { addStoreOptions, STORE_HELP, type StoreFlags, shownPath } from '../store-args.js';

interface LockFlags extends StoreFlags {
  output?: string;
  check?: boolean;
}

/** One name whose lock changed. */
export interface LockChange {
  name: string;
  from: string | null;
  to: string | null;
}

/** What `lock --json` prints. */
export interface LockResult {
  /** The lockfile path (as shown). */
  file: string;
  /** `true` when the file was written. */
  written: boolean;
  /** `true` when the file already held exactly this lock. */
  upToDate: boolean;
  /** Names added, removed or moved to another version. */
  changes: LockChange[];
  lockfile: Lockfile;
}

/** The changes between an old lockfile (if any) and a new one, sorted by name. */
export function lockChanges(before: Lockfile | undefined, after: Lockfile): LockChange[] {
  const old = before?.prompts ?? {};
  const names = [...new Set([...Object.keys(old), ...Object.keys(after.prompts)])].sort();
  const out: LockChange[] = [];
  for (const name of names) {
    const a = Object.hasOwn(old, name) ? old[name] : undefined;
    const b = Object.hasOwn(after.prompts, name) ? after.prompts[name] : undefined;
    if (a?.version === b?.version && a?.hash === b?.hash && a?.selector === b?.selector) continue;
    out.push({ name, from: a?.version ?? null, to: b?.version ?? null });
  }
  return out;
}

/** The lockfile text as written: two-space JSON and a final line break. */
export function lockfileText(lockfile: Lockfile): string {
  return `${JSON.stringify(lockfile, null, 2)}\n`;
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
    const result = await usingStore(context, undefined, flags, async (selected) => {
      const configured =
        selected.config?.lockfile !== undefined && selected.configFile !== undefined
          ? resolve(dirname(selected.configFile), selected.config.lockfile)
          : undefined;
      const file =
        flags.output !== undefined
          ? resolve(context.io.cwd, flags.output)
          : (configured ?? resolve(context.io.cwd, LOCKFILE_NAME));
      output.progress(`Resolving prompts (${selected.location})…`, true);
      const lockfile = await createLockfile(
        selected.store,
        selected.config?.pins ?? {},
        names.length > 0 ? names : undefined,
        selected.config?.defaultSelector === undefined ? {} : { defaultSelector: selected.config.defaultSelector },
      );
      const text = lockfileText(lockfile);
      const existing = await readText(file);
      const before = existing === undefined ? undefined : safeParse(existing, file);
      const upToDate = existing === text;
      const write = !upToDate && flags.check !== true;
      if (write) {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, text);
      }
      return {
        file: shownPath(context.io.cwd, file),
        written: write,
        upToDate,
        changes: lockChanges(before, lockfile),
        lockfile,
      } satisfies LockResult;
    });
    output.result(result, () => printLock(output, result, flags.check === true));
    if (flags.check === true && !result.upToDate) context.exit(ExitCode.findings);
  });
};

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

function safeParse(text: string, file: string): Lockfile | undefined {
  try {
    return parseLockfile(JSON.parse(text), file);
  } catch {
    return undefined;
  }
}

function printLock(output: Output, result: LockResult, check: boolean): void {
  const count = Object.keys(result.lockfile.prompts).length;
  for (const change of result.changes) {
    const text =
      change.from === null
        ? `+ ${change.name} ${change.to}`
        : change.to === null
          ? `- ${change.name} ${change.from}`
          : `~ ${change.name} ${change.from} → ${change.to}`;
    output.line(output.style(change.from === null ? 'green' : change.to === null ? 'red' : 'yellow', `  ${text}`));
  }
  if (result.upToDate) output.line(`${output.style('green', '✔')} ${result.file} is up to date (${count} prompts)`);
  else if (check) {
    output.line(`${output.style('red', '✖')} ${result.file} is out of date: run "promptops lock" and commit it`);
  } else output.line(`${output.style('green', '✔')} wrote ${result.file} (${count} prompts)`);
}
