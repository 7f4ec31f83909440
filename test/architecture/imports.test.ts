/**
 * The import graph of src/ (docs/architecture.md draws it): no module imports in a circle, not even
 * through types; no folder does; folders import downward only; no public entry reaches the CLI.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, folderGraph, folderOf, importGraph, reachable, SRC } from '../helpers/import-graph.js';

const graph = importGraph();

/** The entry points tsup builds (every package.json export), as modules of src/. */
function entries(): string[] {
  const config = readFileSync(resolve(SRC, '../tsup.config.ts'), 'utf8');
  return [...config.matchAll(/'(src\/[^']+\.ts)'/g)].map((m) => relative(SRC, resolve(SRC, '..', m[1] as string)));
}

/**
 * Layers, lowest first: a folder may import folders of a lower layer only (and its own). Folders not
 * listed (new capabilities) are checked for circles but not placed yet: add them here.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['errors.ts', 'stats', 'telemetry'],
  ['engine'],
  ['report', 'stores', 'providers'],
  ['client', 'testing', 'typegen'],
  ['authoring', 'server', 'eval'],
  ['cli'],
];
const layerOf = new Map(LAYERS.flatMap((folders, layer) => folders.map((folder) => [folder, layer] as const)));

describe('the import graph of src/', () => {
  it('has the modules and entries it should', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(entries()).toEqual(expect.arrayContaining(['index.ts', 'fs.ts', 'testing.ts', 'cli/main.ts']));
  });

  it('has no circle between modules, type-only imports included', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('has no circle between folders', () => {
    expect(cycles(folderGraph(graph))).toEqual([]);
  });

  it('imports downward only, between the folders it places in layers', () => {
    const upward: string[] = [];
    for (const [from, tos] of folderGraph(graph)) {
      const a = layerOf.get(from);
      for (const to of tos) {
        const b = layerOf.get(to);
        if (a !== undefined && b !== undefined && b >= a) upward.push(`${from} → ${to}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('is drawn as it is in docs/architecture.md', () => {
    const doc = readFileSync(resolve(SRC, '../docs/architecture.md'), 'utf8');
    const block = /Folder → the folders it imports[\s\S]*?```\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const drawn = Object.fromEntries(
      block
        .trim()
        .split('\n')
        .map((line) => line.split('→').map((side) => side.trim()) as [string, string])
        .map(([from, to]) => [from, to === '(nothing)' ? [] : to.split(', ')]),
    );
    const real = Object.fromEntries(
      [...folderGraph(graph)]
        .filter(([from]) => !from.endsWith('.ts'))
        .map(([from, tos]) => [from, [...tos].map((to) => to.replace(/\.ts$/, '')).sort()]),
    );
    expect(drawn).toEqual(real);
  });

  it('no public entry imports from cli/ (only the CLI bundle does)', () => {
    for (const entry of entries().filter((e) => !e.startsWith('cli/'))) {
      const cli = [...reachable(graph, entry)].filter((m) => folderOf(m) === 'cli');
      expect(cli, entry).toEqual([]);
    }
  });
});
