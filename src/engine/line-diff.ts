/**
 * Line diffs of two texts with a bounded cost, on jsdiff (`diff`): `promptops diff`, `typegen --check`, the eval
 * report and the registry page's diff view all diff through here. Not part of the core entry.
 *
 * jsdiff's Myers diff costs about (N + M) × D steps for N and M lines and an edit distance D: two unrelated
 * 20,000-line texts take minutes, and on the registry server that blocks every other request. So each diff gets
 * `maxEditLength` = {@link DIFF_WORK} / (N + M) (at least {@link MIN_EDIT_LENGTH}): a change within that is
 * diffed exactly, line by line; past it (texts that differ almost everywhere), the common leading and trailing
 * lines are kept and the block between them is shown as replaced, and the result says so (`whole`). The bound
 * counts lines, never time, so the same texts always give the same diff.
 * @module
 */
import { diffArrays, structuredPatch } from 'diff';

/** Most steps of one diff, about (N + M) × D: under a second of jsdiff on a slow machine. */
export const DIFF_WORK = 10_000_000;
/** Every diff may find at least this many edits, whatever the texts' length. */
export const MIN_EDIT_LENGTH = 200;

/** One line of a diff: kept (`' '`), removed (`'-'`) or added (`'+'`). */
export interface DiffLine {
  op: ' ' | '-' | '+';
  text: string;
}

/** A line diff, and whether it gave up on the exact diff (`whole`: the changed block is shown replaced whole). */
export interface LineDiff {
  lines: DiffLine[];
  whole: boolean;
}

/** The edit distance jsdiff may search up to, for texts of `a` and `b` lines. */
function maxEditLength(a: number, b: number): number {
  return Math.max(MIN_EDIT_LENGTH, Math.floor(DIFF_WORK / Math.max(1, a + b)));
}

/** The lines of a text as jsdiff's line diffs count them (a final newline ends the last line, it adds none). */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The line operations that turn `a` into `b`: a shortest edit script, or the bounded fallback (`whole`). */
export function diffLineArrays(a: readonly string[], b: readonly string[]): LineDiff {
  const changes = diffArrays([...a], [...b], { maxEditLength: maxEditLength(a.length, b.length) });
  if (changes === undefined) return { lines: replacedWhole(a, b), whole: true };
  const lines: DiffLine[] = [];
  for (const change of changes) {
    const op = change.added ? '+' : change.removed ? '-' : ' ';
    for (const text of change.value) lines.push({ op, text });
  }
  return { lines, whole: false };
}

/** The fallback: the common leading and trailing lines kept, every line between them removed, then added. */
function replacedWhole(a: readonly string[], b: readonly string[]): DiffLine[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const keep = (text: string): DiffLine => ({ op: ' ', text });
  return [
    ...a.slice(0, head).map(keep),
    ...a.slice(head, a.length - tail).map((text): DiffLine => ({ op: '-', text })),
    ...b.slice(head, b.length - tail).map((text): DiffLine => ({ op: '+', text })),
    ...a.slice(a.length - tail).map(keep),
  ];
}

/** The marker line a bounded unified diff ends with, in the `\ ` form of diff's "No newline at end of file". */
export const WHOLE_MARKER = '\\ too different to compare line by line: the changed block is shown replaced whole';

/**
 * A unified diff of two texts (as `diff -u` prints it) with `context` lines around each change, headed
 * `--- fromLabel` / `+++ toLabel`. Empty when the texts are equal. Texts too different to diff within the bound
 * give one hunk, the block between their common first and last lines replaced, and end with {@link WHOLE_MARKER}.
 *
 * @example
 * ```ts
 * unifiedDiff('a\nb\n', 'a\nc\n', 'v1', 'v2');
 * // '--- v1\n+++ v2\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n'
 * ```
 */
export function unifiedDiff(from: string, to: string, fromLabel: string, toLabel: string, context = 3): string {
  if (from === to) return '';
  const out = [`--- ${fromLabel}`, `+++ ${toLabel}`];
  const a = splitLines(from);
  const b = splitLines(to);
  const patch = structuredPatch(fromLabel, toLabel, from, to, undefined, undefined, {
    context,
    maxEditLength: maxEditLength(a.length, b.length),
  });
  if (patch !== undefined) {
    for (const hunk of patch.hunks) {
      out.push(`@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`, ...hunk.lines);
    }
    return `${out.join('\n')}\n`;
  }
  const lines = replacedWhole(a, b);
  const first = lines.findIndex((line) => line.op !== ' ');
  let last = lines.length - 1;
  while (lines[last]?.op === ' ') last--;
  const start = Math.max(0, first - context);
  const hunk = lines.slice(start, Math.min(lines.length, last + 1 + context));
  const oldLines = hunk.filter((line) => line.op !== '+').length;
  const newLines = hunk.filter((line) => line.op !== '-').length;
  out.push(
    `@@ -${range(start + 1, oldLines)} +${range(start + 1, newLines)} @@`,
    ...hunk.map((line) => `${line.op}${line.text}`),
    WHOLE_MARKER,
  );
  return `${out.join('\n')}\n`;
}

/** `start,count` as `diff -u` prints it: the count is left out when 1; an empty range names the line before it. */
function range(start: number, count: number): string {
  if (count === 0) return `${Math.max(0, start - 1)},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}
