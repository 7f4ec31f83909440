/**
 * What the client is asked for, once a spec is parsed (`PromptRequest`), and what served it (`Served`).
 * @module
 */
import { selectorKind } from '../engine/selector.js';
import type { CacheResult, PromptSource } from '../telemetry/events.js';
import { type CompiledEntry, cacheKey } from './cache.js';
import type { Experiment } from './experiments.js';

/** A spec after parsing and bare-name resolution. */
export interface PromptRequest {
  readonly name: string;
  readonly selector: string;
  /** The cache key, `name@selector`. */
  readonly key: string;
  /** The selector is an exact version (its resolution never ages). */
  readonly exact: boolean;
  /** A bare name's experiment (the request then serves its control until assigned). */
  experiment?: Experiment;
  /** The variant an assigned request serves. */
  variant?: string;
}

/** The compiled prompt a request got, and how. */
export interface Served {
  entry: CompiledEntry;
  cache: CacheResult;
  source: PromptSource;
}

/** The request of `name` at `selector`. */
export function makeRequest(name: string, selector: string): PromptRequest {
  return { name, selector, key: cacheKey(name, selector), exact: selectorKind(selector) === 'exact' };
}
