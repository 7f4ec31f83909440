/**
 * Field paths in error locations: `'input.schema.tone?(enum)'`, `'messages[1].role'`.
 * @module
 */
import { PromptFormatError, type PromptFormatLocation } from '../../errors.js';

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

/** Throws a {@link PromptFormatError} for a problem at `path` (below `location.field`). */
export type FailAt = (detail: string, path: readonly FieldSegment[]) => never;

/**
 * Throws the error of a schema problem named `problem` (its plain wording) at `path` (below the schema's own
 * field). `details` are what a rich wording needs beyond the path: the values involved, in the order each call
 * site of the rules documents (`./json-schema-rules.ts`, `./picoschema-rules.ts`).
 */
export type SchemaFail<Problem extends string> = (
  problem: Problem,
  path: readonly FieldSegment[],
  ...details: unknown[]
) => never;

/** The {@link FailAt} of a schema found at `location`: error fields are `location.field` + the path. */
export function failAt(location: PromptFormatLocation): FailAt {
  return (detail, path) => {
    const field = formatFieldPath(location.field === undefined ? path : [location.field, ...path]);
    throw new PromptFormatError(detail, { ...location, field: field || undefined });
  };
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
