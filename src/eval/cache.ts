/**
 * The response cache of evals: each answer stored on disk under `.promptops/cache/` in the working
 * directory, keyed by the SHA-256 of the provider, the model, the whole request and the repeat index, so
 * that a re-run makes no model call. Files are written atomically (temporary file, then rename); a
 * corrupt or unreadable entry is a miss. Failed calls are never cached.
 * @module
 */

import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { canonicalJson } from '../engine/hash.js';

/** A cached answer: the text, the usage and the latency of the call that produced it. */
export interface CachedAnswer {
  text: string;
  inputTokens?: number;
  outputTokens?: number;
  cachedInputTokens?: number;
  latencyMs: number;
}

/** Where answers are kept between runs: `evaluate()`'s `cache` option. */
export interface ResponseCache {
  /** The answer stored under `key` (a SHA-256 hex digest of one call), or `undefined`. */
  get(key: string): Promise<CachedAnswer | undefined>;
  /** Store the answer of a successful call under `key`. */
  set(key: string, answer: CachedAnswer): Promise<void>;
}

/** The cache folder, relative to the working directory. */
export const CACHE_DIR = '.promptops/cache';

/** The key of one model call. */
export function cacheKey(parts: { provider: string; model: string; request: unknown; repeat: number }): string {
  return createHash('sha256')
    .update(
      canonicalJson({ provider: parts.provider, model: parts.model, request: parts.request, repeat: parts.repeat }),
    )
    .digest('hex');
}

/**
 * The disk cache in `dir` (`<dir>/<2 hex>/<key>.json`): what `evaluate()` uses by default, in
 * `<cwd>/.promptops/cache`. Pass your own to keep answers elsewhere (a CI cache folder, say).
 * @example
 * ```ts
 * import { diskCache, evaluate } from 'promptops/eval';
 * await evaluate('evals/greeting.eval.yaml', { cache: diskCache('/tmp/ci-cache/promptops') });
 * ```
 */
export function diskCache(dir: string): ResponseCache {
  const pathOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    async get(key) {
      try {
        const value = JSON.parse(await readFile(pathOf(key), 'utf8')) as CachedAnswer;
        return typeof value?.text === 'string' && typeof value.latencyMs === 'number' ? value : undefined;
      } catch {
        return undefined;
      }
    },
    async set(key, answer) {
      const file = pathOf(key);
      const folder = join(dir, key.slice(0, 2));
      await mkdir(folder, { recursive: true });
      const temp = join(folder, `.${key}.${randomBytes(4).toString('hex')}.tmp`);
      try {
        await writeFile(temp, JSON.stringify(answer));
        await rename(temp, file);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
  };
}

/** A cache that never hits (`--no-cache`). */
export const noCache: ResponseCache = {
  get: async () => undefined,
  set: async () => {},
};
