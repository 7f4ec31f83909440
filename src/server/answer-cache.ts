/**
 * The server's cache of serialised `resolve` answers, kept only for stores that push changes
 * (`watch`): a change of a name drops its answers at once, and the server drops them itself after
 * each write it makes (so a client reads its own write even when the store's notification is
 * asynchronous, as Postgres's is). Node only.
 * @module
 */
import { LRUCache } from 'lru-cache';
import type { PromptStore } from '../stores/types.js';

/** A serialised answer. */
export interface CachedAnswer {
  /** The JSON body. */
  body: string;
}

/** Answers by name and key, invalidated per name. */
export interface AnswerCache {
  get(name: string, key: string): CachedAnswer | undefined;
  set(name: string, key: string, answer: CachedAnswer): void;
  /** Drop every answer of `name`. */
  invalidate(name: string): void;
}

/**
 * A cache over `store`, or `undefined` when the store cannot say when a name changes (then every
 * request asks the store). Subscribes to `store.watch` for the store's lifetime (closing the store
 * ends the subscription).
 */
export function createAnswerCache(store: PromptStore, max = 10_000): AnswerCache | undefined {
  if (typeof store.watch !== 'function') return undefined;
  // A generation per name: bumping it makes the name's older entries unreachable (they age out of the LRU).
  const generations = new Map<string, number>();
  const answers = new LRUCache<string, CachedAnswer>({ max });
  const invalidate = (name: string): void => {
    generations.set(name, (generations.get(name) ?? 0) + 1);
  };
  try {
    store.watch(invalidate);
  } catch {
    return undefined;
  }
  const keyOf = (name: string, key: string): string => `${name}\u0000${generations.get(name) ?? 0}\u0000${key}`;
  return {
    get: (name, key) => answers.get(keyOf(name, key)),
    set: (name, key, answer) => {
      answers.set(keyOf(name, key), answer);
    },
    invalidate,
  };
}
