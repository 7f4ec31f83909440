/**
 * Fallbacks: a template string or a record given to `getPrompt(spec, { fallback })`, used only when
 * nothing else can be had (store unreachable or the name unknown, no stale copy, no snapshot).
 * @module
 */
import type { PromptRecord } from '../engine/record.js';
import { parseRecordShape } from '../engine/record-shape.js';
import { ConfigError } from '../errors.js';
import { copyPlainData, deepFreeze } from '../stores/frozen.js';

/** A fallback: a mustache template for a text prompt, or a whole record (chat prompts included). */
export type PromptFallback = string | PromptRecord;

/** The version a fallback made from a template string gets. */
export const FALLBACK_VERSION = '0.0.0';

/**
 * The record a fallback stands for. A string becomes the text prompt `{ name, version: '0.0.0',
 * type: 'text', template }` (its input schema is inferred from the template); a record must carry
 * the name asked for.
 *
 * @throws {@link ConfigError} for a fallback that is neither, or a record of another name;
 *   `PromptFormatError` for a malformed record.
 */
export function fallbackRecord(name: string, fallback: PromptFallback): PromptRecord {
  if (typeof fallback === 'string') {
    return Object.freeze({ name, version: FALLBACK_VERSION, type: 'text', template: fallback });
  }
  if (typeof fallback !== 'object' || fallback === null || Array.isArray(fallback)) {
    throw new ConfigError(`must be a template string or a prompt record, got ${typeof fallback}`, {
      option: 'fallback',
    });
  }
  // A read-only copy: the caller's object stays theirs, and no prompt handed out can change it.
  const record = deepFreeze(copyPlainData(parseRecordShape(fallback, `fallback of "${name}"`)));
  if (record.name !== name) {
    throw new ConfigError(
      `is a record of "${record.name}" but "${name}" was asked for; give a fallback record of the same name`,
      { option: 'fallback' },
    );
  }
  return record;
}
