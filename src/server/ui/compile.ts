/**
 * Compile a version for the page with the engine itself, its partials loaded from the store as the
 * client loads them (each partial's latest version, recursively, bounded), so the preview's input
 * problems are exactly `render`'s.
 * @module
 */
import { MAX_PARTIALS } from '../../client/client.js';
import { type CompiledPrompt, compilePrompt, partialNamesOf } from '../../engine/prompt.js';
import type { PromptRecord } from '../../engine/record.js';
import { PromptFormatError } from '../../errors.js';
import { resolveLocally } from '../../stores/resolve.js';
import type { PromptStore } from '../../stores/types.js';

/** The records of every partial `root` includes, recursively; a partial the store lacks is left out. */
async function gatherPartials(store: PromptStore, root: PromptRecord): Promise<Map<string, PromptRecord>> {
  const records = new Map<string, PromptRecord>();
  const seen = new Set<string>();
  let level = partialNamesOf(root);
  while (level.length > 0) {
    const names = level.filter((name) => !seen.has(name));
    for (const name of names) seen.add(name);
    if (seen.size > MAX_PARTIALS) {
      throw new PromptFormatError(
        `includes more than ${MAX_PARTIALS} distinct partials (recursively); split the prompt or flatten its partials`,
        { promptName: root.name, field: 'template' },
      );
    }
    const loaded = await Promise.all(
      names.map((name) => (name === root.name ? root : resolveLocally(store, name, 'latest'))),
    );
    level = [];
    loaded.forEach((record, i) => {
      if (record === undefined) return;
      records.set(names[i] as string, record);
      if (record !== root) level.push(...partialNamesOf(record));
    });
  }
  return records;
}

/**
 * Compile `record` strictly, with its partials from `store`.
 * @throws {PromptFormatError} when the version does not compile (a bad template, a missing partial…)
 */
export async function compileVersion(store: PromptStore, record: PromptRecord): Promise<CompiledPrompt> {
  const partials = await gatherPartials(store, record);
  return compilePrompt(record, { strict: true, partials: (name) => partials.get(name) });
}
