// Issue 14's size budget is measured strictly (nothing left out in .size-limit.cjs): the price table of
// @pydantic/genai-prices (~77 kB gz) must not be reachable from the browser core, not even through a lazy
// import(). It is reachable from `promptops/prices`, the entry an app imports to price calls outside Node.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Every file esbuild reached from `entry` for the browser, bundled as .size-limit.cjs and
 * scripts/size-breakdown.mjs do (one output: a dynamic import() is inlined, so lazily loaded code is in it too).
 */
async function reachable(entry: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

const genaiPricesModules = (paths: string[]) => paths.filter((path) => /@pydantic\/genai-prices\//.test(path));

describe('the price table and the browser core', () => {
  it('no @pydantic/genai-prices module is reachable from the core entry (src/index.ts)', async () => {
    const inputs = await reachable("export * from './src/index.ts';");
    expect(inputs.some((path) => path.endsWith('src/client/usage.ts'))).toBe(true);
    expect(genaiPricesModules(inputs)).toEqual([]);
    expect(inputs.filter((path) => path.endsWith('src/client/genai-prices.ts'))).toEqual([]);
  });

  it('promptops/prices brings the table, loaded lazily by genaiPrices', async () => {
    const inputs = await reachable(
      "export { createPromptClient, httpStore } from './src/index.ts'; export { genaiPrices } from './src/prices.ts';",
    );
    expect(genaiPricesModules(inputs).length).toBeGreaterThan(0);
  });
});
