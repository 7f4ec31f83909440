/**
 * The core entry bundles for the browser and for a Worker without any Node built-in: esbuild bundles
 * `src/index.ts` for `platform: 'browser'` and with the Worker conditions, and the metafile must name no
 * `node:` specifier and no Node built-in module among its inputs or imports.
 */
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
const builtins = new Set(builtinModules);

function isNodeBuiltin(path: string): boolean {
  return path.startsWith('node:') || builtins.has(path) || builtins.has(path.split('/')[0] ?? '');
}

/** Every Node built-in that reaches the bundle: as an input file, an import of an input, or of the output. */
function nodeBuiltinsIn(metafile: Metafile): string[] {
  const found = new Set<string>();
  for (const [path, input] of Object.entries(metafile.inputs)) {
    if (isNodeBuiltin(path)) found.add(path);
    for (const imported of input.imports) {
      if (isNodeBuiltin(imported.path) || (imported.original !== undefined && isNodeBuiltin(imported.original))) {
        found.add(imported.original ?? imported.path);
      }
    }
  }
  for (const output of Object.values(metafile.outputs)) {
    for (const imported of output.imports) if (isNodeBuiltin(imported.path)) found.add(imported.path);
  }
  return [...found].sort();
}

async function bundle(conditions?: string[]) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    ...(conditions === undefined ? {} : { conditions }),
  });
  return { metafile: result.metafile, text: result.outputFiles[0]?.text ?? '' };
}

describe('the core entry bundles without Node built-ins', () => {
  it.each([
    ['the browser', undefined],
    ['a Worker (workerd)', ['workerd', 'worker', 'browser']],
  ])('for %s', async (_target, conditions) => {
    const { metafile, text } = await bundle(conditions);
    expect(Object.keys(metafile.inputs).length).toBeGreaterThan(10);
    expect(nodeBuiltinsIn(metafile)).toEqual([]);
    expect(text).not.toMatch(/\bfrom\s*["']node:|\b(?:import|require)\s*\(\s*["']node:/);
    expect(text).toContain('PromptInputError');
  });

  it('the check itself catches a Node built-in', async () => {
    const result = await build({
      stdin: { contents: "import { readFileSync } from 'node:fs'; import 'path'; export { readFileSync };" },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
      external: ['node:*', 'path'],
    });
    expect(nodeBuiltinsIn(result.metafile)).toEqual(['node:fs', 'path']);
  });
});
