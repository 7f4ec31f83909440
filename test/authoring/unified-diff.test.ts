import { describe, expect, it } from 'vitest';
import { diffLines, unifiedDiff } from '../../src/authoring/unified-diff.js';

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
    const ops = diffLines(['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd']).map((l) => `${l.op}${l.text}`);
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
    const ops = diffLines(from, to).filter((l) => l.op !== ' ');
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
