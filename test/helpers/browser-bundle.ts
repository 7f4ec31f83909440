// What an app's bundler takes from promptops for the browser, bundled as .size-limit.cjs and
// scripts/size-breakdown.mjs do: esbuild, one output, minified, so a dynamic import() is inlined and lazily loaded
// code counts too. Used by the tests that keep modules out of the browser core (zod, the price table).
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The esbuild metafile of `entry` (module source, resolved from the repository root) bundled for the browser. */
async function browserBundle(entry: string): Promise<Metafile> {
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
  return result.metafile;
}

/** Every file esbuild reached from `entry`, including files whose code was then tree-shaken away. */
export async function reachableFiles(entry: string): Promise<string[]> {
  return Object.keys((await browserBundle(entry)).inputs);
}

/** The files with code in the bundle of `entry` (a file reached but tree-shaken away has none). */
export async function bundledFiles(entry: string): Promise<string[]> {
  const [output] = Object.values((await browserBundle(entry)).outputs);
  return Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
}
