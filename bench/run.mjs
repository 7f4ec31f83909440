// Run a TypeScript benchmark: `node bench/run.mjs render` bundles bench/render.ts with esbuild (installed as a
// dev dependency) into a temporary .mjs next to it, imports it, and deletes it afterwards. Dependencies stay
// external, so the benchmark runs against the same node_modules as the tests.
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const name = process.argv[2];
if (!name || !/^[\w-]+$/.test(name)) {
  console.error('usage: node bench/run.mjs <name>   (runs bench/<name>.ts)');
  process.exit(2);
}
const outfile = join(here, `.${name}.${process.pid}.bundle.mjs`);
try {
  await build({
    entryPoints: [join(here, `${name}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  await import(pathToFileURL(outfile).href);
} finally {
  await rm(outfile, { force: true });
}
