/**
 * A lock file next to the snapshot file, so that processes sharing one snapshot write it one at a
 * time (read, merge, write) and never lose each other's entries. Node only.
 * @module
 */
import { open, stat, unlink } from 'node:fs/promises';
import { ConfigError } from '../errors.js';

/** A lock older than this is taken over: its holder died between taking and releasing it. */
export const STALE_LOCK_MS = 10_000;
/** Longest wait for a lock before the write fails (and is retried with the next write). */
export const LOCK_WAIT_MS = 15_000;

/**
 * Run `task` while holding the lock file `lockPath` (created with `O_EXCL`, removed afterwards).
 * Waits (polling every few milliseconds) while another process holds it; takes over a lock older
 * than {@link STALE_LOCK_MS}.
 * @throws {ConfigError} when the lock cannot be had within {@link LOCK_WAIT_MS}
 */
export async function withLockFile<T>(lockPath: string, task: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lockPath, 'wx');
      try {
        await handle.writeFile(`${process.pid}\n`);
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const age = await lockAge(lockPath);
    if (age !== undefined && age > STALE_LOCK_MS) {
      await unlink(lockPath).catch(() => undefined);
      continue;
    }
    if (Date.now() - started > LOCK_WAIT_MS) {
      throw new ConfigError(
        `the snapshot lock file has been held by another process for more than ${LOCK_WAIT_MS} ms; if no ` +
          'promptops process is writing this snapshot, delete the lock file',
        { file: lockPath },
      );
    }
    await pause(Math.min(50, 2 + attempt * 2) + Math.random() * 5);
  }
  try {
    return await task();
  } finally {
    await unlink(lockPath).catch(() => undefined);
  }
}

async function lockAge(lockPath: string): Promise<number | undefined> {
  try {
    return Date.now() - (await stat(lockPath)).mtimeMs;
  } catch {
    return undefined; // released in the meantime
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
