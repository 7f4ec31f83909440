// The import graph of src/: every static import, export-from and dynamic import() between modules,
// type-only ones included (a circle through types is still a circle for a reader).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const SRC = resolve(import.meta.dirname, '../../src');

/** Module (path relative to src/, e.g. `client/cache.ts`) → the modules it imports. */
export type ImportGraph = Map<string, Set<string>>;

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out;
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

/** Build the graph of `src/`. */
export function importGraph(): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of walk(SRC)) {
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const deps = new Set<string>();
    for (const match of text.matchAll(SPECIFIER)) {
      const spec = match[1] as string;
      if (!spec.startsWith('.')) continue;
      deps.add(relative(SRC, resolve(dirname(file), spec.replace(/\.js$/, '.ts'))));
    }
    graph.set(relative(SRC, file), deps);
  }
  return graph;
}

/** Every module `from` reaches, itself excluded. */
export function reachable(graph: ImportGraph, from: string): Set<string> {
  const seen = new Set<string>();
  const stack = [...(graph.get(from) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(graph.get(next) ?? []));
  }
  return seen;
}

/** The cycles of a graph, one per strongly connected component of more than one node (or a self-loop). */
export function cycles<T>(graph: Map<T, Set<T>>): T[][] {
  let index = 0;
  const indices = new Map<T, number>();
  const low = new Map<T, number>();
  const onStack = new Set<T>();
  const stack: T[] = [];
  const out: T[][] = [];
  const connect = (v: T): void => {
    indices.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, indices.get(w) as number));
      }
    }
    if (low.get(v) === indices.get(v)) {
      const component: T[] = [];
      let w: T;
      do {
        w = stack.pop() as T;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.has(v)) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) connect(v);
  return out;
}

/** The folder of a module: its first path segment, or the file itself at the top (`errors.ts`). */
export function folderOf(module: string): string {
  const slash = module.indexOf('/');
  return slash === -1 ? module : module.slice(0, slash);
}

/** Folder → the folders its modules import (itself excluded). */
export function folderGraph(graph: ImportGraph): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [module, deps] of graph) {
    const from = folderOf(module);
    const set = out.get(from) ?? new Set<string>();
    out.set(from, set);
    for (const dep of deps) if (folderOf(dep) !== from) set.add(folderOf(dep));
  }
  return out;
}
