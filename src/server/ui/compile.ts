/**
 * Compile a version for the page with the engine itself, its partials loaded from the store as the
 * client loads them (each partial's latest version, recursively, bounded: `client/partials.ts`), so the
 * preview's input problems are exactly `render`'s.
 * @module
 */
import { compileWithPartials, loadPartials } from '../../client/partials.js';
import type { CompiledPrompt } from '../../engine/prompt.js';
import type { PromptRecord } from '../../engine/record.js';
import { resolveLocally } from '../../stores/resolve.js';
import type { PromptStore } from '../../stores/types.js';

/**
 * Compile `record` strictly, with its partials from `store`.
 * @throws {PromptFormatError} when the version does not compile (a bad template, a missing partial…)
 */
export async function compileVersion(store: PromptStore, record: PromptRecord): Promise<CompiledPrompt> {
  const partials = await loadPartials(record, (name) => resolveLocally(store, name, 'latest'), { suggest: true });
  return compileWithPartials(record, partials, { strict: true });
}
