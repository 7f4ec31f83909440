/**
 * Field paths in error locations: `'input.schema.tone?(enum)'`, `'messages[1].role'`.
 * @module
 */

/** One step of a field path: an object key or an array index. */
export type FieldSegment = string | number;

/**
 * Join segments into the `field` of a `PromptFormatError`: keys joined by `.`, indices as `[n]`.
 *
 * @example
 * ```ts
 * formatFieldPath(['messages', 1, 'role']); // 'messages[1].role'
 * formatFieldPath(['input.schema', 'tone']); // 'input.schema.tone'
 * ```
 */
export function formatFieldPath(segments: readonly FieldSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/**
 * Split a field path made by {@link formatFieldPath} back into segments. Keys that themselves
 * contain `.` come back split; callers that look keys up should try joining neighbours.
 */
export function splitFieldPath(field: string): FieldSegment[] {
  const segments: FieldSegment[] = [];
  for (const part of field.split('.')) {
    const match = /^(.*?)((?:\[\d+\])+)$/.exec(part);
    if (match === null) {
      segments.push(part);
      continue;
    }
    if (match[1] !== '') segments.push(match[1]!);
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
  }
  return segments;
}
