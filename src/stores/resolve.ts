/**
 * Helpers shared by the built-in stores: local selector resolution over `listVersions` +
 * `getVersion`, close-name suggestions for {@link PromptNotFoundError}, argument checks, and the
 * deep copy + freeze that makes the records a store hands out read-only.
 *
 * Nothing here imports `node:*`: this module is part of the core entry.
 * @module
 */

import { explainInvalidName } from '../engine/name.js';
import type { PromptRecord } from '../engine/record.js';
import { LABEL_RULE } from '../engine/record-schema.js';
import { isPlainObject } from '../engine/schema/picoschema.js';
import { editDistance } from '../engine/schema/suggest.js';
import { resolveSelector, selectorKind } from '../engine/selector.js';
import { ConfigError, PromptFormatError } from '../errors.js';
import type { PromptStore, VersionInfo } from './types.js';

/**
 * Resolve `selector` for `name` the slow way: list the versions, pick one locally with
 * `resolveSelector`, then load it. Stores without a native one-round-trip `resolve` use this, and
 * `verifyStore` uses it as the reference a native `resolve` must agree with.
 *
 * @returns the record, or `undefined` when the name is unknown or nothing matches.
 * @example
 * ```ts
 * const record = await resolveLocally(store, 'support/greeting', '^1.2');
 * ```
 */
export async function resolveLocally(
  store: Pick<PromptStore, 'listVersions' | 'getVersion'>,
  name: string,
  selector: string,
): Promise<PromptRecord | undefined> {
  const versions = await store.listVersions(name);
  const chosen = resolveSelector(versions, selector);
  return chosen === undefined ? undefined : store.getVersion(name, chosen.version);
}

export { editDistance } from '../engine/schema/suggest.js';

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

/**
 * Throw a {@link PromptFormatError} (field `name`) unless `name` is a valid prompt name. Stores call
 * it before touching their backend, so `../x`, `%2e%2e`, `/abs`, NUL bytes and the like never reach
 * a file system or a URL.
 */
export function assertPromptName(name: unknown, storeName: string): asserts name is string {
  const problem = explainInvalidName(name);
  if (problem !== undefined) {
    throw new PromptFormatError(`${problem} (asked of the ${storeName} store); nothing was read`, {
      field: 'name',
    });
  }
}

/**
 * Throw a {@link ConfigError} (a caller's mistake, not an unavailable store) unless `label` can name a label: it must be a label selector
 * (`[a-zA-Z][a-zA-Z0-9._-]*`) and not the reserved word `latest`.
 */
export function assertLabelName(label: unknown, storeName: string): asserts label is string {
  if (typeof label !== 'string' || selectorKind(label) !== 'label') {
    const shown = typeof label === 'string' ? JSON.stringify(label) : typeof label;
    const reserved = label === 'latest' ? ' ("latest" is reserved: it always means the highest release)' : '';
    throw new ConfigError(`Invalid label ${shown}${reserved}: ${LABEL_RULE} (asked of the ${storeName} store).`, {
      option: 'label',
    });
  }
}

/**
 * Labels of a version list, checking that each label sits on one version only.
 * @returns the first label found on two versions, with both versions, or `undefined`.
 */
export function findDuplicateLabel(
  versions: readonly VersionInfo[],
): { label: string; versions: [string, string] } | undefined {
  const seen = new Map<string, string>();
  for (const v of versions) {
    for (const label of v.labels) {
      const other = seen.get(label);
      if (other !== undefined) return { label, versions: [other, v.version] };
      seen.set(label, v.version);
    }
  }
  return undefined;
}

/**
 * Deep copy of the plain data in `value` (plain objects and arrays); any other object (a class
 * instance such as a zod schema) is kept by reference, neither copied nor frozen.
 */
export function copyPlainData<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => copyPlainData(item)) as T;
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = copyPlainData(value[key]);
    return out as T;
  }
  return value;
}

/**
 * Freeze the plain data in `value` (plain objects and arrays), recursively, and return it.
 * Class instances are left alone: freezing them could break their own lazy caches.
 */
export function deepFreeze<T>(value: T): T {
  if (Array.isArray(value) || isPlainObject(value)) {
    if (Object.isFrozen(value)) return value;
    Object.freeze(value);
    for (const item of Object.values(value as object)) deepFreeze(item);
  }
  return value;
}

/**
 * A read-only copy of `record` carrying `labels` and `hash`: what stores hand out, so that no caller
 * can change a store's data through a returned object.
 */
export function frozenRecord(record: PromptRecord, labels: readonly string[], hash: string): PromptRecord {
  const { labels: _labels, hash: _hash, ...content } = record;
  return deepFreeze({ ...copyPlainData(content), labels: [...labels].sort(), hash });
}
