#!/usr/bin/env node
// Cold import time, side by side: `import('promptops')` (the built dist/, as an app resolves it under
// Node) against `import('@langfuse/client')`, each in a FRESH Node process (nothing cached in memory),
// alternating A, B, A, B... so that both see the same machine load over the run. Each child measures
// only its import (performance.now() around `await import(id)`), not Node's own start-up.
// Usage: npm run build && node bench/import-time.mjs [rounds=40]
// Prints each median, the interquartile range and the ratio promptops / Langfuse (target: <= 1), and the
// packages that `import('promptops')` loads (zod, ky and the price table must not be among them).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
if (!existsSync(join(root, 'dist', 'index.node.js'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}
const rounds = Number(process.argv[2] ?? 40);
const subjects = {
  promptops: 'promptops',
  '@langfuse/client': '@langfuse/client',
};
const child = (id) =>
  `const t = performance.now(); await import(${JSON.stringify(id)}); process.stdout.write(String(performance.now() - t));`;

const samples = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
// One warm-up each (fills the OS file cache, as on any machine that has run the app once).
for (const id of Object.values(subjects))
  execFileSync(process.execPath, ['--input-type=module', '-e', child(id)], { cwd: root });
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? Object.entries(subjects) : Object.entries(subjects).reverse();
  for (const [name, id] of order) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', child(id)], {
      cwd: root,
      encoding: 'utf8',
    });
    samples[name].push(Number(out));
  }
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
};
console.log(`cold import, ${rounds} fresh processes each, alternating (Node ${process.version})`);
const medians = {};
for (const [name, values] of Object.entries(samples)) {
  medians[name] = quantile(values, 0.5);
  console.log(
    `  ${name.padEnd(18)} median ${medians[name].toFixed(1)} ms   (p25 ${quantile(values, 0.25).toFixed(1)}, p75 ${quantile(values, 0.75).toFixed(1)})`,
  );
}
const ratio = medians.promptops / medians['@langfuse/client'];
console.log(`  ratio promptops / @langfuse/client: ${ratio.toFixed(2)} (target <= 1.00)`);

// Which packages the import loads: a loader hook in one more fresh process reports each module it loads.
const hooks =
  'export async function load(url, context, next) {' +
  '  const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(url);' +
  "  if (m) process.stderr.write('PACKAGE ' + m[1] + '\\n');" +
  '  return next(url, context);' +
  '}';
const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;
const traced = spawnSync(
  process.execPath,
  [
    '--import',
    `data:text/javascript,${encodeURIComponent(register)}`,
    '--input-type=module',
    '-e',
    "await import('promptops')",
  ],
  { cwd: root, encoding: 'utf8' },
);
const packages = [...new Set([...traced.stderr.matchAll(/^PACKAGE (\S+)$/gm)].map((m) => m[1]))].sort();
console.log(`  packages loaded by import('promptops'): ${packages.join(', ') || '(none)'}`);
const eager = packages.filter((name) => ['zod', 'ky', '@pydantic/genai-prices', 'yaml'].includes(name));
if (eager.length > 0) console.log(`  LOADED EAGERLY, should load on first use: ${eager.join(', ')}`);
