/**
 * A record as the text of a new prompt file, for versions written into a folder (by `promptops serve
 * --writable`). The text is checked by parsing it back: it must give the same content hash, or a
 * safer format is used, so a version written to disk always reads back byte-exact.
 * @module
 */
import { stringify } from 'yaml';
import { computeHash } from '../engine/hash.js';
import { parsePromptFile } from '../engine/parse.js';
import type { PromptRecord } from '../engine/record.js';
import { StoreError } from '../errors.js';

/** The text of a new prompt file and its extension. */
export interface RecordFile {
  /** `.prompt.md` for text prompts, `.prompt.yaml` for chat prompts, `.prompt.json` as the fallback. */
  extension: '.prompt.md' | '.prompt.yaml' | '.prompt.json';
  text: string;
}

/** The record's fields in file order, without `labels` (they move separately) and `hash`. */
function fileFields(record: PromptRecord, withTemplate: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { name: record.name, version: record.version };
  if (record.type === 'chat' || !withTemplate) out.type = record.type;
  for (const key of ['metadata', 'model', 'input', 'output'] as const) {
    if (record[key] !== undefined) out[key] = record[key];
  }
  if (withTemplate && record.template !== undefined) out.template = record.template;
  if (record.messages !== undefined) out.messages = record.messages;
  return out;
}

function candidates(record: PromptRecord): RecordFile[] {
  const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });
  const out: RecordFile[] = [];
  if (record.type === 'text' && record.template !== undefined) {
    const front = fileFields(record, false);
    delete front.type;
    out.push({ extension: '.prompt.md', text: `---\n${yaml(front)}---\n${record.template}\n` });
  } else {
    out.push({ extension: '.prompt.yaml', text: yaml(fileFields(record, true)) });
  }
  out.push({ extension: '.prompt.json', text: `${JSON.stringify(fileFields(record, true), null, 2)}\n` });
  return out;
}

/**
 * The file text of `record` (labels and hash left out), proven to parse back to the same content.
 *
 * @throws {StoreError} when no format reproduces the record's hash (a bug: report it).
 */
export async function recordFileText(record: PromptRecord): Promise<RecordFile> {
  const hash = await computeHash(record);
  for (const candidate of candidates(record)) {
    try {
      const back = parsePromptFile(candidate.text, { file: `new${candidate.extension}` });
      if ((await computeHash(back)) === hash) return candidate;
    } catch {
      // Try the next format.
    }
  }
  throw new StoreError(
    `"${record.name}@${record.version}" cannot be written as a prompt file that reads back with hash ${hash}; ` +
      'nothing was written. This is a bug in promptops: please report it with the record.',
    { store: 'file', status: 500, retryable: false },
  );
}
