/**
 * The one test of "plain object" the engine uses: `{}`-like or `Object.create(null)`, never an array or a class
 * instance. For such an object, a name that `Object.prototype` does not have can only be an own property.
 * @module
 */

/** True for an object whose prototype is `Object.prototype` or `null`. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The number of enumerable string keys of a plain object (for one, all its own keys, since `Object.prototype`'s
 * are not enumerable). Allocates nothing, unlike `Object.keys(value).length`.
 */
export function keyCount(value: Record<string, unknown>): number {
  let count = 0;
  for (const _ in value) count++;
  return count;
}
