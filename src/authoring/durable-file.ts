/**
 * Crash-safe file writes for the prompt folder: a file is replaced atomically (temporary file, fsync,
 * rename, fsync of the folder), and a line is appended with fsync. After either resolves, the change
 * survives a kill or a power cut; before, the old content is intact. Node only.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, truncate, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Flush a folder's entry table, so a rename or unlink in it is on disk. */
async function syncDir(dir: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    // Some platforms (Windows) cannot open a folder for fsync; the rename is still atomic there.
    if ((error as NodeJS.ErrnoException).code !== 'EISDIR' && (error as NodeJS.ErrnoException).code !== 'EPERM') {
      throw error;
    }
  } finally {
    await handle?.close();
  }
}

/**
 * Replace (or create) `target` with `text`, atomically: written to a temporary file in `tmpDir`
 * (which must be on the same file system), fsynced, renamed over `target`, and the folder fsynced.
 * A kill at any moment leaves either the old file or the new one, never a mix; a leftover
 * temporary file is removed by {@link cleanTemporaryFiles}.
 */
export async function writeFileDurably(target: string, text: string, tmpDir: string): Promise<void> {
  await mkdir(tmpDir, { recursive: true });
  await mkdir(dirname(target), { recursive: true });
  const tmp = join(tmpDir, `${Date.now().toString(36)}-${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(tmp, 'wx', 0o644);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(tmp, target);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  await syncDir(dirname(target));
}

/** Remove `file` and make the removal durable; a missing file is fine. */
export async function removeFileDurably(file: string): Promise<void> {
  try {
    await unlink(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  await syncDir(dirname(file));
}

/** Append one line (a `\n` is added) to `file` and fsync it before resolving. */
export async function appendLineDurably(file: string, line: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const handle = await open(file, 'a', 0o644);
  try {
    await handle.writeFile(`${line}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * The complete lines of a line-per-entry file. A last line without its line break (an append cut by
 * a kill) was never acknowledged: it is cut off the file, so that later appends start cleanly.
 */
export async function readCompleteLines(file: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const end = text.lastIndexOf('\n') + 1;
  if (end < text.length) await truncate(file, Buffer.byteLength(text.slice(0, end)));
  return text
    .slice(0, end)
    .split('\n')
    .filter((line) => line.trim() !== '');
}

/** Delete every temporary file left in `tmpDir` by an interrupted write. */
export async function cleanTemporaryFiles(tmpDir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(tmpDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  await Promise.all(names.map((name) => rm(join(tmpDir, name), { force: true, recursive: true })));
}
