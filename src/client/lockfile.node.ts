/**
 * Reading `promptops.lock.json` from disk (Node only).
 * @module
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { ConfigError } from '../errors.js';
import { type Lockfile, parseLockfile } from './lockfile.js';

/**
 * Read and validate a lockfile.
 * @throws `ConfigError` naming the file: missing, not JSON, or not a lockfile.
 */
export async function readLockfile(path: string): Promise<Lockfile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw readError(path, error);
  }
  return parseLockfileText(text, path);
}

/** {@link readLockfile}, synchronously (for `createPromptClient({ lockfile: path })`). */
export function readLockfileSync(path: string): Lockfile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw readError(path, error);
  }
  return parseLockfileText(text, path);
}

function parseLockfileText(text: string, path: string): Lockfile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(
      `is not valid JSON (${(error as Error).message}); run "promptops lock" to rewrite it`,
      { file: path },
      { cause: error },
    );
  }
  return parseLockfile(json, path);
}

function readError(path: string, error: unknown): ConfigError {
  const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
  return new ConfigError(
    missing
      ? 'the lockfile does not exist; run "promptops lock" to write it, or remove the lockfile option'
      : `the lockfile cannot be read (${(error as Error).message})`,
    { file: path },
    { cause: error },
  );
}
