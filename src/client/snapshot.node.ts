/**
 * A snapshot kept in a JSON file (Node only): `snapshot: { path }`.
 * @module
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ConfigError } from '../errors.js';
import { parseSnapshot, type SnapshotAdapter, type SnapshotData } from './snapshot.js';
import { withLockFile } from './snapshot-lock.node.js';

/** Options of {@link fileSnapshot}. */
export interface FileSnapshotOptions {
  /** The JSON file; its folder is created on the first write. */
  path: string;
  /**
   * Delay between the first unsaved load and the write that saves it.
   * @default 1000
   */
  writeDelayMs?: number;
}

/**
 * A {@link SnapshotAdapter} over one JSON file, written atomically (a temporary file with a unique
 * name renamed over the old one). Writes read, merge and write under a lock file (`<path>.lock`), so
 * several processes (or clients) sharing the file never lose each other's entries. A missing file
 * reads as no snapshot; an unreadable one is a `ConfigError` naming it (the client reports it as an
 * `error` event and carries on without the snapshot; the next write replaces it).
 *
 * @example
 * ```ts
 * createPromptClient({ store, snapshot: fileSnapshot({ path: '.promptops/snapshot.json' }) });
 * ```
 */
export function fileSnapshot(options: FileSnapshotOptions): SnapshotAdapter {
  const { path } = options;
  if (typeof path !== 'string' || path === '') {
    throw new ConfigError('must be a file path, e.g. ".promptops/snapshot.json"', { option: 'snapshot.path' });
  }
  const lockPath = `${path}.lock`;
  async function read(): Promise<SnapshotData | undefined> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new ConfigError(
        `the snapshot file cannot be read (${(error as Error).message})`,
        { file: path },
        { cause: error },
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new ConfigError(
        `the snapshot file is not valid JSON (${(error as Error).message}); delete it, it is rewritten after the next successful load`,
        { file: path },
        { cause: error },
      );
    }
    return parseSnapshot(json, path);
  }
  async function replace(data: SnapshotData): Promise<void> {
    // pid + random: unique across processes and across concurrent writes of one process.
    const temporary = `${path}.${process.pid}.${randomUUID()}.tmp`;
    try {
      await writeFile(temporary, `${JSON.stringify(data)}\n`, 'utf8');
      await rename(temporary, path);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  }
  const adapter: SnapshotAdapter = {
    read,
    async write(data: SnapshotData): Promise<void> {
      await mkdir(dirname(path), { recursive: true });
      await withLockFile(lockPath, () => replace(data));
    },
    async update(merge): Promise<void> {
      await mkdir(dirname(path), { recursive: true });
      await withLockFile(lockPath, async () => {
        let current: SnapshotData | undefined;
        try {
          current = await read();
        } catch {
          current = undefined; // unreadable: replaced by this write
        }
        await replace(merge(current));
      });
    },
  };
  if (options.writeDelayMs !== undefined) adapter.writeDelayMs = options.writeDelayMs;
  return adapter;
}
