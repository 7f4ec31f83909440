#!/usr/bin/env node
// `npm run test:runtimes`: one end-to-end smoke suite of the core entry (scripts/runtimes/smoke.mjs),
// run for real in Node 20 (this machine), Node 22 and 24 (npm packages node@22 / node@24 via npx), Bun
// (npm `bun`) and Deno (npm `deno`), both with promptops/fs through their Node compatibility, Cloudflare's
// workerd (npm `miniflare`, the core bundled by esbuild as a Worker module) and headless Chromium (Debian
// `chromium` driven by playwright-core, the core bundled for the browser). Every runtime talks to ONE
// reference server (createPromptServer over a fileStore of examples/prompts) on 127.0.0.1 in this process.
// Bun, Deno and miniflare are not devDependencies (a plain `npm install` should not download three
// runtimes): this script installs the pinned versions below into node_modules/.cache/promptops-runtimes
// the first time it needs them, and reuses them after.
// Usage: node scripts/test-runtimes.mjs [node20 node22 node24 bun deno workerd chromium ...]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const here = join(root, 'scripts', 'runtimes');
const promptsDir = join(root, 'examples', 'prompts');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** The runtimes fetched from npm when this script runs, pinned (bump them here, on purpose). */
const PINNED = { bun: '1.4.5', deno: '2.9.6', miniflare: '4.20260426.0' };
const runtimeCache = join(root, 'node_modules', '.cache', 'promptops-runtimes');
const CHROMIUM = CHROMIUM_PATH;
const WORKERD_COMPATIBILITY_DATE = '2026-04-01';
const TIMEOUT_MS = 180_000;
const ALL = ['node20', 'node22', 'node24', 'bun', 'deno', 'workerd', 'chromium'];
const selected = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ALL;

/** Run a command without blocking the event loop (the reference server lives in this process). */
function run(command, args, { echo = true } = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (echo) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (echo) process.stderr.write(chunk);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolvePromise({ status: -1, stdout, stderr: `${stderr}${error.message}` });
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolvePromise({ status, stdout, stderr });
    });
  });
}

/** 'N passed, N failed' from a runtime's output. */
function tally(output) {
  const match = /(\d+) passed, (\d+) failed/.exec(output);
  return match ? { passed: Number(match[1]), failed: Number(match[2]) } : { passed: 0, failed: 1 };
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

// 1. Build if dist/ is missing or older than src/.
const distFiles = ['index.js', 'fs.js'].map((f) => join(root, 'dist', f));
if (
  !distFiles.every(existsSync) ||
  Math.min(...distFiles.map((f) => statSync(f).mtimeMs)) < newestMtime(join(root, 'src'))
) {
  console.log('▶ building (dist/ is missing or older than src/)');
  const build = await run('npm', ['run', 'build', '--silent'], { echo: false });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    process.exit(1);
  }
}

// 2. The reference server over examples/prompts.
const fsEntry = await import(pathToFileURL(join(root, 'dist', 'fs.js')).href);
const server = fsEntry.createPromptServer({ store: fsEntry.fileStore({ dir: promptsDir }) });
const { url } = await server.listen({ port: 0, host: '127.0.0.1' });
console.log(`reference server: ${url} (fileStore over examples/prompts)`);

/** Fails when an esbuild metafile shows a Node built-in among the bundle's inputs or imports. */
function nodeBuiltinsIn(metafile) {
  const builtins = new Set(builtinModules);
  const isBuiltin = (path) => path.startsWith('node:') || builtins.has(path) || builtins.has(path.split('/')[0]);
  const found = new Set(Object.keys(metafile.inputs).filter(isBuiltin));
  for (const input of Object.values(metafile.inputs)) {
    for (const imported of input.imports) if (isBuiltin(imported.path)) found.add(imported.path);
  }
  for (const output of Object.values(metafile.outputs)) {
    for (const imported of output.imports) if (isBuiltin(imported.path)) found.add(imported.path);
  }
  return [...found];
}

async function bundle(entry, options) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(here, entry)],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    ...options,
  });
  const builtins = nodeBuiltinsIn(result.metafile);
  if (builtins.length > 0) throw new Error(`the ${entry} bundle pulls in Node built-ins: ${builtins.join(', ')}`);
  return result.outputFiles[0].text;
}

/** The folder holding `name` at its pinned version, installed there from npm on first use. */
async function pinned(name) {
  const version = PINNED[name];
  const dir = join(runtimeCache, `${name}@${version}`);
  if (!existsSync(join(dir, 'node_modules', name, 'package.json'))) {
    console.log(`▶ fetching ${name}@${version} from npm into ${dir} (first run only)`);
    mkdirSync(dir, { recursive: true });
    const install = await run(
      npm,
      ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `${name}@${version}`],
      { echo: false },
    );
    if (install.status !== 0) throw new Error(`could not install ${name}@${version}: ${install.stderr}`);
  }
  return dir;
}
const binOf = async (pkg, name = pkg) => join(await pinned(pkg), 'node_modules', '.bin', name);

// 3. The runtimes. Each returns { version, what, passed, failed }.
const SUITE = 'core: memory store, httpStore, selectors, cache hit, PromptInputError, chat render, events';
const local = ['scripts/runtimes/local.mjs', url, promptsDir];

async function nodeNpm(major) {
  const version = await run(npx, ['-y', '-p', `node@${major}`, 'node', '--version'], { echo: false });
  if (version.status !== 0) throw new Error(`could not install node@${major} from npm: ${version.stderr}`);
  const result = await run(npx, ['-y', '-p', `node@${major}`, 'node', ...local]);
  return { version: version.stdout.trim(), what: `${SUITE}; promptops/fs fileStore`, output: result.stdout };
}

const runtimes = {
  node20: async () => {
    const result = await run(process.execPath, local);
    return { version: process.version, what: `${SUITE}; promptops/fs fileStore`, output: result.stdout };
  },
  node22: () => nodeNpm('22'),
  node24: () => nodeNpm('24'),
  bun: async () => {
    const bun = await binOf('bun');
    const version = await run(bun, ['--version'], { echo: false });
    if (version.status !== 0) throw new Error(`bun is not runnable: ${version.stderr}`);
    const result = await run(bun, local);
    return {
      version: `Bun ${version.stdout.trim()}`,
      what: `${SUITE}; promptops/fs fileStore (Node compat)`,
      output: result.stdout,
    };
  },
  deno: async () => {
    const deno = await binOf('deno');
    const version = await run(deno, ['--version'], { echo: false });
    if (version.status !== 0) throw new Error(`deno is not runnable: ${version.stderr}`);
    const permissions = ['--allow-read', '--allow-env', '--allow-net=127.0.0.1'];
    const result = await run(deno, ['run', '--quiet', ...permissions, ...local]);
    return {
      version: version.stdout.split('\n')[0].trim(),
      what: `${SUITE}; promptops/fs fileStore (Node compat)`,
      output: result.stdout,
    };
  },
  workerd: async () => {
    const script = await bundle('worker-entry.mjs', {
      platform: 'browser',
      conditions: ['workerd', 'worker', 'browser'],
    });
    const miniflareDir = await pinned('miniflare');
    const workerd = await run(join(miniflareDir, 'node_modules', '.bin', 'workerd'), ['--version'], { echo: false });
    const miniflareVersion = JSON.parse(
      readFileSync(join(miniflareDir, 'node_modules/miniflare/package.json'), 'utf8'),
    ).version;
    const miniflareEntry = createRequire(join(miniflareDir, 'package.json')).resolve('miniflare');
    const { Miniflare } = await import(pathToFileURL(miniflareEntry).href);
    const mf = new Miniflare({
      modules: true,
      script,
      compatibilityDate: WORKERD_COMPATIBILITY_DATE,
      bindings: { PROMPTS_URL: url, COMPAT_DATE: WORKERD_COMPATIBILITY_DATE },
    });
    try {
      const response = await mf.dispatchFetch('http://worker.local/');
      const body = await response.json();
      console.log(`runtime: ${body.runtime}`);
      for (const line of body.lines) console.log(line);
      return {
        version: `${workerd.stdout.trim()} (miniflare ${miniflareVersion})`,
        what: `${SUITE}; Worker module bundle`,
        output: body.lines.join('\n'),
      };
    } finally {
      await mf.dispose();
    }
  },
  chromium: async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (Debian package chromium)`);
    const script = await bundle('browser-entry.mjs', { platform: 'browser' });
    const html =
      '<!doctype html><meta charset="utf-8"><title>promptops smoke</title><script type="module" src="/__smoke/page.js"></script>';
    // A second tiny loopback server: the page and its bundle, and the reference server's own request
    // handler for everything else, so that the page and httpStore share one origin (no CORS needed).
    const pages = createServer((req, res) => {
      if (req.url === '/__smoke/' || req.url === '/__smoke/page.js') {
        const isPage = req.url === '/__smoke/';
        res.writeHead(200, { 'content-type': isPage ? 'text/html' : 'text/javascript', 'cache-control': 'no-store' });
        res.end(isPage ? html : script);
      } else {
        server.handler(req, res);
      }
    });
    await new Promise((ok) => pages.listen(0, '127.0.0.1', ok));
    const pageUrl = `http://127.0.0.1:${pages.address().port}/__smoke/`;
    const userDataDir = mkdtempSync(join(tmpdir(), 'promptops-chromium-'));
    const { chromium } = await import('playwright-core');
    const version = await run(CHROMIUM, ['--version'], { echo: false });
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    try {
      const page = await context.newPage();
      const pageErrors = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(pageUrl);
      await page.waitForFunction(() => window.__smoke !== undefined, null, { timeout: 30_000 });
      const body = await page.evaluate(() => window.__smoke);
      console.log(`runtime: ${body.runtime}`);
      for (const line of [...body.lines, ...pageErrors.map((e) => `page error: ${e}`)]) console.log(line);
      return {
        version: version.stdout.trim(),
        what: `${SUITE}; browser bundle in a page`,
        output: body.lines.join('\n'),
      };
    } finally {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      await new Promise((ok) => pages.close(ok));
    }
  },
};

const matrix = [];
for (const name of selected) {
  if (!(name in runtimes)) {
    console.error(`unknown runtime ${name}; known: ${ALL.join(', ')}`);
    process.exitCode = 1;
    continue;
  }
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  try {
    const { version, what, output } = await runtimes[name]();
    const { passed, failed } = tally(output);
    matrix.push({ name, version, what, passed, failed, ms: Date.now() - started });
  } catch (error) {
    console.error(`✖ ${name}: ${error?.stack ?? error}`);
    matrix.push({ name, version: '?', what: 'did not run', passed: 0, failed: 1, ms: Date.now() - started });
  }
}
await server.close();

console.log('\n| runtime | version | what ran | result |\n| --- | --- | --- | --- |');
for (const row of matrix) {
  const result =
    row.failed === 0 && row.passed > 0 ? `✔ ${row.passed} passed` : `✖ ${row.passed} passed, ${row.failed} failed`;
  console.log(`| ${row.name} | ${row.version} | ${row.what} | ${result} (${(row.ms / 1000).toFixed(1)} s) |`);
}
const bad = matrix.filter((row) => row.failed > 0 || row.passed === 0);
if (bad.length > 0 || process.exitCode === 1) {
  console.error(`\n✖ the smoke suite failed in: ${bad.map((row) => row.name).join(', ')}`);
  process.exit(1);
}
console.log(`\n✔ smoke suite passed in ${matrix.map((row) => row.name).join(', ')}`);
