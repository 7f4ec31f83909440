/**
 * A compiled prompt version, as the cache's tier 1 keeps it and a prompt object renders it. Its own
 * module so that the prompt objects and the cache do not import each other.
 * @module
 */
import type { CompiledPrompt } from '../engine/prompt.js';
import type { PromptRecord } from '../engine/record.js';

/** A compiled prompt version (tier 1). */
export interface CompiledEntry {
  readonly record: PromptRecord;
  readonly hash: string;
  readonly compiled: CompiledPrompt;
  /** Every partial compiled in (transitively): name → version. */
  readonly deps: ReadonlyMap<string, string>;
}
