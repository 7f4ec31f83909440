#!/usr/bin/env node
// `npm run demo`: build the package (the quick start imports 'promptops' as a user would, from dist/),
// then run examples/quickstart.ts. Says what it is doing, since the first build takes a while.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function run(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('close', (code) => done(code ?? 1));
    child.on('error', (error) => {
      console.error(error.message);
      done(1);
    });
  });
}

const built = ['index.js', 'fs.js'].map((file) => join(root, 'dist', file));
const fresh =
  built.every(existsSync) && Math.min(...built.map((f) => statSync(f).mtimeMs)) >= newestMtime(join(root, 'src'));
if (fresh) {
  console.log('▶ dist/ is up to date: skipping the build');
} else {
  console.log('▶ building promptops into dist/ (tsup: ESM, CJS and type declarations; 10-40 s the first time)…');
  const started = Date.now();
  const code = await run(npm, ['run', 'build', '--silent', '--', '--silent']);
  if (code !== 0) {
    console.error('✖ the build failed (see above); `npm run build` shows the full output');
    process.exit(code);
  }
  console.log(`✔ built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
console.log('▶ running examples/quickstart.ts (tsx)\n');
process.exit(await run(npx, ['--no-install', 'tsx', 'examples/quickstart.ts']));
