/**
 * Close-name suggestions for a {@link PromptNotFoundError}: "did you mean support/greeting?".
 * @module
 */
import { editDistance } from '../engine/schema/suggest.js';

/** Options of {@link suggestNames}. */
export interface SuggestNamesOptions {
  /**
   * Most suggestions returned.
   * @default 3
   */
  max?: number;
  /**
   * Largest edit distance accepted, as a fraction of the longer name's length (at least 1 edit).
   * @default 0.3
   */
  maxDistanceRatio?: number;
}

/**
 * Names among `candidates` close to `name`, closest first: small edit distance, or the same last
 * segment under another folder (`greeting` → `support/greeting`). Feeds the `suggestions` of a
 * {@link PromptNotFoundError}.
 *
 * @example
 * ```ts
 * suggestNames('support/greting', ['support/greeting', 'sales/intro']); // ['support/greeting']
 * ```
 */
export function suggestNames(name: string, candidates: Iterable<string>, options: SuggestNamesOptions = {}): string[] {
  const max = options.max ?? 3;
  const ratio = options.maxDistanceRatio ?? 0.3;
  const lastSegment = name.slice(name.lastIndexOf('/') + 1);
  const scored: Array<{ candidate: string; score: number }> = [];
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const limit = Math.max(1, Math.floor(Math.max(name.length, candidate.length) * ratio));
    const distance = editDistance(name, candidate, limit);
    if (distance <= limit) {
      scored.push({ candidate, score: distance });
    } else if (candidate === lastSegment || candidate.endsWith(`/${lastSegment}`)) {
      scored.push({ candidate, score: limit + 1 });
    }
  }
  scored.sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate));
  return scored.slice(0, max).map((s) => s.candidate);
}
