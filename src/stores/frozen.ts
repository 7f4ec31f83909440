/**
 * The deep copy + freeze that makes the records a store hands out read-only.
 * @module
 */
import type { PromptRecord } from '../engine/record.js';
import { isPlainObject } from '../engine/schema/picoschema.js';

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
