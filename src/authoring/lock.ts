/**
 * Locking: resolve every name (pins of the config file, else its default selector) to an exact
 * version and hash, compare with the lockfile on disk, and write it.
 * @module
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createLockfile, type Lockfile, parseLockfile } from '../client/lockfile.js';
import { type OpenedStore, runLockfilePath, shownPath } from './config.js';

/** One name whose lock changed. */
export interface LockChange {
  name: string;
  from: string | null;
  to: string | null;
  /** For a name locked before and after at the same version: what changed (its content hash, or the selector). */
  same?: 'hash' | 'selector';
}

/** What a lock run did (`promptops lock --json` prints it). */
export interface LockResult {
  /** The lockfile path (as shown: relative to the working directory when inside it). */
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
    const change: LockChange = { name, from: a?.version ?? null, to: b?.version ?? null };
    if (a !== undefined && b !== undefined && a.version === b.version)
      change.same = a.hash !== b.hash ? 'hash' : 'selector';
    out.push(change);
  }
  return out;
}

/** The lockfile text as written: two-space JSON and a final line break. */
export function lockfileText(lockfile: Lockfile): string {
  return `${JSON.stringify(lockfile, null, 2)}\n`;
}

/** Options of {@link lockStore}. */
export interface LockStoreOptions {
  /** Working directory: relative paths resolve against it. */
  cwd: string;
  /**
   * Names or `name@selector` specs to lock.
   * @default every name of the store, plus the pinned ones
   */
  names?: readonly string[];
  /**
   * The lockfile to write, relative to `cwd`.
   * @default the config's `lockfile`, else `./promptops.lock.json`
   */
  output?: string;
  /**
   * Write nothing; only report whether the file is up to date (for CI).
   * @default false
   */
  check?: boolean;
}

/**
 * Resolve the names of an opened store (with its config's pins and default selector) into a
 * lockfile; write it unless it is up to date or `check` is set. Partials of locked prompts are
 * locked too.
 */
export async function lockStore(opened: OpenedStore, options: LockStoreOptions): Promise<LockResult> {
  const file = runLockfilePath(opened, options.cwd, options.output);
  const lockfile = await createLockfile(
    opened.store,
    opened.config?.pins ?? {},
    options.names !== undefined && options.names.length > 0 ? options.names : undefined,
    opened.config?.defaultSelector === undefined ? {} : { defaultSelector: opened.config.defaultSelector },
  );
  const text = lockfileText(lockfile);
  const existing = await readText(file);
  const before = existing === undefined ? undefined : safeParse(existing, file);
  const upToDate = existing === text;
  const write = !upToDate && options.check !== true;
  if (write) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  return {
    file: shownPath(options.cwd, file),
    written: write,
    upToDate,
    changes: lockChanges(before, lockfile),
    lockfile,
  };
}

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
