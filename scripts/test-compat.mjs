#!/usr/bin/env node
// Runs the vitest suite on Node 22 and Node 24, using the runtimes shipped by the npm packages
// `node@22` and `node@24` (fetched by npx from the npm registry; the machine itself runs Node 20).
// Usage: node scripts/test-compat.mjs [22 24 ...]
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const majors = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['22', '24'];
const vitest = resolve(root, 'node_modules/vitest/vitest.mjs');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
let failed = 0;
for (const major of majors) {
  const version = spawnSync(npx, ['-y', '-p', `node@${major}`, 'node', '--version'], { cwd: root, encoding: 'utf8' });
  if (version.status !== 0) {
    console.error(`✖ could not install node@${major} from npm:\n${version.stderr}`);
    failed++;
    continue;
  }
  console.log(`\n▶ vitest on Node ${version.stdout.trim()} (npm package node@${major})`);
  const result = spawnSync(npx, ['-y', '-p', `node@${major}`, 'node', vitest, 'run'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✖ the suite failed on Node ${major}`);
    failed++;
  }
}
if (failed > 0) process.exit(1);
console.log(`\n✔ suite passed on Node ${majors.join(', ')}`);
