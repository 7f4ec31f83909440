/**
 * Context lookup over a stack of frames, as the Mustache spec describes it, reading own properties only.
 *
 * - `.` is the top frame (the implicit iterator).
 * - A name is searched from the top frame down; the first frame that OWNS the property wins, even when its
 *   value is `undefined`.
 * - A dotted name `a.b.c` looks up only `a` through the stack, then reads `b` and `c` inside that value alone
 *   (spec "Dotted Names - Context Precedence": a miss on `b` is a miss, it does not fall back to outer frames).
 * - Only own properties of objects are read (`Object.hasOwn`): `{{constructor}}`, `{{__proto__}}` and
 *   `{{toString}}` are misses, and primitives have no properties (`{{name.length}}` on a string is a miss).
 * @module
 */

/** A parsed variable name: `[]` for `.`, otherwise the dot-separated segments. */
export type NamePath = readonly string[];

/** Split a tag name into its path: `'.'` → `[]`, `'a.b'` → `['a', 'b']`. */
export function parseNamePath(name: string): NamePath {
  return name === '.' ? [] : name.split('.');
}

/** Read an own property of an object value, or `undefined`. */
export function readOwn(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** Read a path of own properties starting at `value` (no stack): `[]` is `value` itself. */
export function readOwnPath(value: unknown, path: NamePath): unknown {
  for (let i = 0; i < path.length && value !== undefined; i++) value = readOwn(value, path[i] as string);
  return value;
}

/** Look a single (undotted) name up through the frames, top first. */
export function lookupName(frames: readonly unknown[], key: string): unknown {
  for (let i = frames.length - 1; i >= 0; i--) {
    const frame = frames[i];
    if (typeof frame === 'object' && frame !== null && Object.hasOwn(frame, key)) {
      return (frame as Record<string, unknown>)[key];
    }
  }
  return undefined;
}

/** Look a parsed name path up through the frames (see the module comment for the rules). */
export function lookupPath(frames: readonly unknown[], path: NamePath): unknown {
  const first = path[0];
  if (first === undefined) return frames[frames.length - 1];
  let value = lookupName(frames, first);
  for (let i = 1; i < path.length && value !== undefined; i++) {
    value = readOwn(value, path[i] as string);
  }
  return value;
}
