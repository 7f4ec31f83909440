/**
 * Read JSONL event files (as written by `jsonlSink`) into a {@link ReportBuilder}, line by line,
 * so that files of any size stream through. Node only.
 * @module
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { ConfigError } from '../errors.js';
import { type Report, ReportBuilder, type ReportOptions } from './report.js';

/**
 * Build a report from JSONL event files.
 * @throws `ConfigError` when a file cannot be read (missing, a directory, no permission).
 */
export async function reportFromFiles(paths: readonly string[], options: ReportOptions = {}): Promise<Report> {
  const builder = new ReportBuilder(options);
  for (const path of paths) await readEventFile(path, builder);
  return builder.build();
}

/** Stream one JSONL file into `builder`. */
export async function readEventFile(path: string, builder: ReportBuilder): Promise<void> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new Error('it is a directory');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new ConfigError(
      `cannot read events file "${path}" (${reason}); pass a JSONL file written by jsonlSink() from 'promptops/fs'`,
      { option: 'events' },
      { cause: error },
    );
  }
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let number = 0;
  for await (const line of lines) {
    number++;
    builder.addLine(line, `${path}:${number}`);
  }
}
