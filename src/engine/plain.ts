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
