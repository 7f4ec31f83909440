// Run TypeScript benchmarks: `node bench/run.mjs render` bundles bench/render.ts with esbuild (a dev
// dependency) into a temporary .mjs beside it, imports it, and deletes it afterwards; `all` runs every
// bench/*.ts in turn, each in its own process. Dependencies stay external, so the benchmarks run
// against the same node_modules as the tests. Extra arguments are passed on (`client 1,2`).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const name = process.argv[2];
if (!name || !/^[\w-]+$/.test(name)) {
  console.error('usage: node bench/run.mjs <name>|all   (runs bench/<name>.ts, or every benchmark)');
  process.exit(2);
}
if (name === 'all') {
  const names = readdirSync(here)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.slice(0, -3))
    .sort();
  let failed = 0;
  for (const each of names) {
    console.log(`\n━━ bench/${each}.ts ━━`);
    const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), each], { stdio: 'inherit' });
    if (result.status !== 0) failed++;
  }
  process.exit(failed === 0 ? 0 : 1);
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
