/**
 * A line-based unified diff (as `diff -u` prints it) for `promptops diff` and `typegen --check`, on
 * jsdiff (`diff`): its Myers diff has no size cut-off, so a large change is shown as what changed,
 * never as "everything replaced".
 * @module
 */
import { diffArrays, structuredPatch } from 'diff';

/** One line of a diff: kept (`' '`), removed (`'-'`) or added (`'+'`). */
export interface DiffLine {
  op: ' ' | '-' | '+';
  text: string;
}

/** The line operations that turn `a` into `b` (a shortest edit script). */
export function diffLines(a: readonly string[], b: readonly string[]): DiffLine[] {
  const out: DiffLine[] = [];
  for (const change of diffArrays([...a], [...b])) {
    const op = change.added ? '+' : change.removed ? '-' : ' ';
    for (const text of change.value) out.push({ op, text });
  }
  return out;
}

/**
 * A unified diff of two texts with `context` lines around each change, headed `--- fromLabel` /
 * `+++ toLabel`. Empty when the texts are equal.
 *
 * @example
 * ```ts
 * unifiedDiff('a\nb\n', 'a\nc\n', 'v1', 'v2');
 * // '--- v1\n+++ v2\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n'
 * ```
 */
export function unifiedDiff(from: string, to: string, fromLabel: string, toLabel: string, context = 3): string {
  if (from === to) return '';
  const patch = structuredPatch(fromLabel, toLabel, from, to, undefined, undefined, { context });
  const out = [`--- ${fromLabel}`, `+++ ${toLabel}`];
  for (const hunk of patch.hunks) {
    out.push(`@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`, ...hunk.lines);
  }
  return `${out.join('\n')}\n`;
}

/** `start,count` as `diff -u` prints it: the count is left out when 1; an empty range names the line before it. */
function range(start: number, count: number): string {
  if (count === 0) return `${Math.max(0, start - 1)},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}
