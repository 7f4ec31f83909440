#!/usr/bin/env node
// `npm run demo`: build the package when src/ changed since the last build, then run examples/quickstart.ts
// against dist/, importing 'promptops' as an app would (scripts/demo.tsconfig.json has no path mapping, so
// the package resolves through its own "exports"). The build says what it is doing while it runs.
//
//   npm run demo                     one line a step (fits one screen)
//   npm run demo -- --verbose        every step in full
//   node scripts/demo.mjs --from-source   no build: the example runs on src/ (the root tsconfig's paths);
//                                         what test/demo/demo.test.ts runs
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { buildingLine, buildPhases } from './demo-progress.mjs';

const root = resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// tsx's CLI run by this same Node (not through npx): the demo runs on the Node that runs it, and npx
// inherits no npm_config_* of an outer `npx -p node@22` (which made it try to install that Node).
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const args = process.argv.slice(2);
const fromSource = args.includes('--from-source');
const passOn = args.filter((a) => a !== '--from-source');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function run(command, commandArgs) {
  return new Promise((done) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
    child.on('close', (code) => done(code ?? 1));
    child.on('error', (error) => {
      console.error(error.message);
      done(1);
    });
  });
}

/**
 * `npm run build`, saying what it builds while it builds: one line a finished phase (ESM, CJS, type
 * declarations) read from tsup's log, and on a terminal a live line with the phases still running. The full
 * log is printed only when the build fails.
 */
function build() {
  return new Promise((done) => {
    const started = Date.now();
    const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
    const phases = buildPhases();
    const log = [];
    const live = process.stdout.isTTY === true;
    const status = () => {
      if (!live) return;
      process.stdout.write(`\r\u001b[2K  … ${phases.now()} (${seconds()})`);
    };
    const say = (line) => {
      if (live) process.stdout.write('\r\u001b[2K');
      console.log(line);
      status();
    };
    const child = spawn(npm, ['run', 'build', '--silent'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    const ticker = live ? setInterval(status, 1000) : undefined;
    let rest = '';
    const onData = (chunk) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        log.push(line);
        const finished = phases.read(line);
        if (finished !== undefined) say(`  ✔ ${finished} (${seconds()})`);
        else status();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const finish = (code) => {
      if (ticker !== undefined) clearInterval(ticker);
      if (live) process.stdout.write('\r\u001b[2K');
      if (code !== 0) console.error([...log, rest].join('\n'));
      done({ code, seconds: seconds() });
    };
    child.on('close', (code) => finish(code ?? 1));
    child.on('error', (error) => {
      log.push(error.message);
      finish(1);
    });
  });
}

if (fromSource) {
  console.log('▶ running examples/quickstart.ts on src/ (--from-source: no build)');
  process.exit(await run(process.execPath, [tsx, 'examples/quickstart.ts', ...passOn]));
}

const built = ['index.node.js', 'fs.js', 'openai.js', 'eval.js'].map((file) => join(root, 'dist', file));
const fresh =
  built.every(existsSync) && Math.min(...built.map((f) => statSync(f).mtimeMs)) >= newestMtime(join(root, 'src'));
if (fresh) {
  console.log('▶ dist/ is up to date (no build); running examples/quickstart.ts on it');
} else {
  console.log(buildingLine(existsSync(join(root, 'dist')) ? 'src/ changed' : 'first run'));
  const { code, seconds } = await build();
  if (code !== 0) {
    console.error('✖ the build failed (its log is above); `npm run build` runs it alone');
    process.exit(code);
  }
  console.log(`✔ built in ${seconds}; running examples/quickstart.ts on dist/`);
}
process.exit(
  await run(process.execPath, [tsx, '--tsconfig', 'scripts/demo.tsconfig.json', 'examples/quickstart.ts', ...passOn]),
);
