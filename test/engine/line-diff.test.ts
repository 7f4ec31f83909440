import { describe, expect, it } from 'vitest';
import { diffLineArrays, unifiedDiff, WHOLE_MARKER } from '../../src/engine/line-diff.js';

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', 'x', 'y')).toBe('');
  });

  it('prints hunks with context and line ranges', () => {
    const from = 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n';
    const to = 'one\ntwo\nTHREE\nfour\nfive\nsix\nseven\neight\nnine\nten\neleven\n';
    expect(unifiedDiff(from, to, 'v1', 'v2')).toBe(
      [
        '--- v1',
        '+++ v2',
        '@@ -1,6 +1,6 @@',
        ' one',
        ' two',
        '-three',
        '+THREE',
        ' four',
        ' five',
        ' six',
        '@@ -8,3 +8,4 @@',
        ' eight',
        ' nine',
        ' ten',
        '+eleven',
        '',
      ].join('\n'),
    );
  });

  it('handles texts that are empty on one side', () => {
    expect(unifiedDiff('', 'a\n', 'x', 'y')).toBe('--- x\n+++ y\n@@ -0,0 +1 @@\n+a\n');
    expect(unifiedDiff('a\n', '', 'x', 'y')).toBe('--- x\n+++ y\n@@ -1 +0,0 @@\n-a\n');
  });

  it('finds a longest common subsequence', () => {
    const ops = diffLineArrays(['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd']).lines.map((l) => `${l.op}${l.text}`);
    expect(ops.filter((op) => op.startsWith(' '))).toHaveLength(3);
  });
});

describe('unifiedDiff on jsdiff', () => {
  it('shows one changed line of a 5,000-line text as one changed line (no "replace everything" cut-off)', () => {
    const from = Array.from({ length: 5_000 }, (_, i) => `line ${i}`);
    const to = [...from];
    to[2_500] = 'changed';
    const text = unifiedDiff(`${from.join('\n')}\n`, `${to.join('\n')}\n`, 'a', 'b');
    expect(text).toBe(
      [
        '--- a',
        '+++ b',
        '@@ -2498,7 +2498,7 @@',
        ...[2497, 2498, 2499].map((i) => ` line ${i}`),
        '-line 2500',
        '+changed',
        ...[2501, 2502, 2503].map((i) => ` line ${i}`),
        '',
      ].join('\n'),
    );
    const ops = diffLineArrays(from, to).lines.filter((l) => l.op !== ' ');
    expect(ops).toEqual([
      { op: '-', text: 'line 2500' },
      { op: '+', text: 'changed' },
    ]);
  });

  it('says when a text has no final newline, as diff -u does', () => {
    expect(unifiedDiff('a', 'b', 'x', 'y')).toBe(
      '--- x\n+++ y\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file\n',
    );
  });
});

describe('the bound on a diff (texts too different to diff line by line)', () => {
  const lines = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag} ${i}`);

  it('keeps the common first and last lines and shows the block between them replaced, and says so', () => {
    // 20,000 lines that all differ: an exact diff is (N + M) × D = 40,000 × 40,000 steps (minutes); bounded, it is not.
    const from = ['head', ...lines(20_000, 'old'), 'tail'];
    const to = ['head', ...lines(20_000, 'new'), 'tail'];
    const diff = diffLineArrays(from, to);
    expect(diff.whole).toBe(true);
    expect(diff.lines[0]).toEqual({ op: ' ', text: 'head' });
    expect(diff.lines.at(-1)).toEqual({ op: ' ', text: 'tail' });
    expect(diff.lines.filter((l) => l.op === '-')).toHaveLength(20_000);
    expect(diff.lines.filter((l) => l.op === '+')).toHaveLength(20_000);

    const text = unifiedDiff(`${from.join('\n')}\n`, `${to.join('\n')}\n`, 'a', 'b');
    const out = text.split('\n');
    expect(out.slice(0, 4)).toEqual(['--- a', '+++ b', '@@ -1,20002 +1,20002 @@', ' head']);
    expect(out.at(-3)).toBe(' tail');
    expect(out.at(-2)).toBe(WHOLE_MARKER);
  });

  it('still diffs exactly a long text with scattered changes', () => {
    const from = lines(10_000, 'line');
    const to = [...from];
    for (let i = 0; i < 10_000; i += 500) to[i] = `changed ${i}`;
    const diff = diffLineArrays(from, to);
    expect(diff.whole).toBe(false);
    expect(diff.lines.filter((l) => l.op === '-')).toHaveLength(20);
    expect(diff.lines.filter((l) => l.op === '+')).toHaveLength(20);
  });

  it('bounds by lines, not time: the same texts give the same diff', () => {
    const from = lines(3_000, 'x').join('\n');
    const to = lines(3_000, 'y').join('\n');
    expect(unifiedDiff(from, to, 'a', 'b')).toBe(unifiedDiff(from, to, 'a', 'b'));
  });
});
