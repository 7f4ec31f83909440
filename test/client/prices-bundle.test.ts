// Issue 14's size budget is measured strictly (nothing left out in .size-limit.cjs): the price table of
// @pydantic/genai-prices (~77 kB gz) must not be reachable from the browser core, not even through a lazy
// import(). It is reachable from `promptops/prices`, the entry an app imports to price calls outside Node.
import { describe, expect, it } from 'vitest';
import { reachableFiles } from '../helpers/browser-bundle.js';

const genaiPricesModules = (paths: string[]) => paths.filter((path) => /@pydantic\/genai-prices\//.test(path));

describe('the price table and the browser core', () => {
  it('no @pydantic/genai-prices module is reachable from the core entry (src/index.ts)', async () => {
    const inputs = await reachableFiles("export * from './src/index.ts';");
    expect(inputs.some((path) => path.endsWith('src/client/usage.ts'))).toBe(true);
    expect(genaiPricesModules(inputs)).toEqual([]);
    expect(inputs.filter((path) => path.endsWith('src/client/genai-prices.ts'))).toEqual([]);
  });

  it('promptops/prices brings the table, loaded lazily by genaiPrices', async () => {
    const inputs = await reachableFiles(
      "export { createPromptClient, httpStore } from './src/index.ts'; export { genaiPrices } from './src/prices.ts';",
    );
    expect(genaiPricesModules(inputs).length).toBeGreaterThan(0);
  });
});
