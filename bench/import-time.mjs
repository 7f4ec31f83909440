#!/usr/bin/env node
// Cold import time, side by side: `import('promptops')` (the built dist/, as an app resolves it under
// Node) against `import('@langfuse/client')`, each in a FRESH Node process (nothing cached in memory),
// alternating A, B, A, B... so that both see the same machine load over the run. Each child measures
// only its import (performance.now() around `await import(id)`), not Node's own start-up.
// Usage: npm run build && node bench/import-time.mjs [rounds=40]
// Prints each median, the interquartile range and the ratio promptops / Langfuse (target: <= 1).
import { execFileSync } from 'node:child_process';
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
