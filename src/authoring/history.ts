/**
 * `readLabelHistory`: the label moves of a prompt, newest first, optionally of one label, in the
 * shape of `GET /v1/prompts/{name}/history` (DESIGN.md section 13).
 * @module
 */
import { ConfigError, PromptNotFoundError } from '../errors.js';
import type { LabelMove, PromptStore } from '../stores/types.js';

/** `{ name, moves }`, as the HTTP route and `promptops history --json` give it. */
export interface LabelHistory {
  name: string;
  /** Newest first. */
  moves: LabelMove[];
}

/**
 * The label history of `name` (only `label`'s moves when given).
 *
 * @throws {ConfigError} when the store keeps no history; {@link PromptNotFoundError} for an unknown name.
 */
export async function readLabelHistory(store: PromptStore, name: string, label?: string): Promise<LabelHistory> {
  if (typeof store.labelHistory !== 'function') {
    throw new ConfigError(`the ${store.name} store keeps no label history`, { option: 'store' });
  }
  const moves = await store.labelHistory(name);
  if (moves.length === 0 && (await store.listVersions(name)).length === 0) {
    throw new PromptNotFoundError(name, { store: store.name });
  }
  return { name, moves: label === undefined ? moves : moves.filter((move) => move.label === label) };
}
