#!/usr/bin/env node
// Package gates, run by `npm test` after the build:
//  1. `npm pack` into a temp folder and check the tarball holds only dist/, docs/, the example prompts and quick
//     start, README, LICENSE, CHANGELOG, package.json, and every relative link of the README resolves inside it;
//  2. publint --strict and attw (node16 profile, see docs/getting-started.md#packaging) on that tarball;
//  3. install the tarball into an empty project and smoke-test import(), require(), every subpath and the bin,
//     and bundle it as an app does (esbuild) without a warning.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'promptops-pack-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (cmd, args, opts = {}) =>
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', ...opts });
const step = (title) => console.log(`\n▶ ${title}`);

try {
  step('npm pack');
  const [packed] = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', work]));
  const tarball = join(work, packed.filename);
  const allowed =
    /^(dist\/.+|docs\/[\w.-]+\.(md|png)|examples\/prompts\/.+\.prompt\.(md|yaml|json)|examples\/quickstart\.ts|examples\/evals\/[\w.-]+\.(ts|yaml|jsonl)|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/;
  const stray = packed.files.map((f) => f.path).filter((p) => !allowed.test(p));
  if (stray.length > 0)
    throw new Error(`the tarball holds unexpected files: ${stray.join(', ')} (fix "files" in package.json)`);
  // Every relative link of the README (docs, examples, changelog) must open inside the installed package.
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const links = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
    .map((m) => m[1])
    .filter((l) => !/^[a-z]+:/i.test(l));
  const shipped = packed.files.map((f) => f.path);
  const dead = links.filter((link) => !shipped.some((p) => p === link || p.startsWith(`${link.replace(/\/$/, '')}/`)));
  if (dead.length > 0) throw new Error(`README links that the package does not ship: ${[...new Set(dead)].join(', ')}`);
  console.log(`README: ${new Set(links).size} relative links, all shipped`);
  // And every relative link of a shipped doc page (other pages, images, examples) opens inside the package too.
  let docLinks = 0;
  for (const page of shipped.filter((p) => /^docs\/[\w.-]+\.md$/.test(p))) {
    const text = readFileSync(join(root, page), 'utf8').replace(/```[\s\S]*?```/g, '');
    for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue;
      const resolved = normalize(join(dirname(page), target))
        .replace(/\\/g, '/')
        .replace(/\/$/, '');
      docLinks++;
      if (resolved.startsWith('..') || !shipped.some((p) => p === resolved || p.startsWith(`${resolved}/`))) {
        throw new Error(`${page} links to ${target}, which the package does not ship (fix "files" or the link)`);
      }
    }
  }
  console.log(`docs: ${docLinks} relative links, all shipped`);
  for (const required of ['README.md', 'LICENSE', 'CHANGELOG.md', 'dist/index.js', 'dist/index.cjs', 'dist/cli.js']) {
    if (!packed.files.some((f) => f.path === required)) throw new Error(`the tarball lacks ${required}`);
  }
  console.log(`${packed.filename}: ${packed.files.length} files, ${(packed.size / 1024).toFixed(1)} kB packed`);

  step('publint --strict');
  run(process.execPath, [join(root, 'node_modules/publint/src/cli.js'), '--strict', '--pack', 'npm'], {
    stdio: 'inherit',
  });

  step('attw (arethetypeswrong) on the tarball');
  // node10 resolution predates "exports" and cannot see subpath entry points at all; every supported
  // runtime and bundler uses node16/bundler resolution, so the node16 profile is the honest gate.
  run(
    process.execPath,
    [join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), tarball, '--profile', 'node16'],
    {
      stdio: 'inherit',
    },
  );

  step('install the tarball alone into an empty project, and run the bin without any optional peer');
  const app = join(work, 'app');
  run(npm, ['init', '-y'], { cwd: work });
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'smoke', version: '1.0.0', private: true }));
  const install = (specs) =>
    run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...specs], { cwd: app });
  install([tarball]);
  // A user who installs only promptops: the CLI must start and work without pg, ioredis, openai, … (a single-file
  // CLI bundle once hoisted `import pg from "pg"` to its top and failed here).
  const bin = join(app, 'node_modules/.bin/promptops');
  const help = run(bin, ['--help'], { cwd: app });
  if (!help.includes('validate')) throw new Error(`promptops --help does not list its commands:\n${help}`);
  const prompts = join(app, 'node_modules/promptops/examples/prompts');
  run(bin, ['validate', prompts], { cwd: app });
  run(bin, ['list', prompts], { cwd: app });
  console.log('promptops --help, validate and list ok without optional peers');

  step('install the optional peers next to it');
  // @opentelemetry/api is the optional peer of promptops/otel: installed here as a user of that entry would.
  // ioredis likewise for promptops/redis; openai, @anthropic-ai/sdk and ai for the provider adapters;
  // pg for promptops/postgres.
  const versionOf = (dep) => JSON.parse(readFileSync(join(root, 'node_modules', dep, 'package.json'), 'utf8')).version;
  install([
    tarball,
    `@opentelemetry/api@${versionOf('@opentelemetry/api')}`,
    `ioredis@${versionOf('ioredis')}`,
    `openai@${versionOf('openai')}`,
    `@anthropic-ai/sdk@${versionOf('@anthropic-ai/sdk')}`,
    `ai@${versionOf('ai')}`,
    `pg@${versionOf('pg')}`,
  ]);

  step('import() and require() of every entry point');
  // promptops/ai-sdk's CJS build requires `ai`, which is ESM-only: that needs require(esm), i.e. Node >= 20.19.
  const entries = [
    'promptops',
    'promptops/fs',
    'promptops/otel',
    'promptops/testing',
    'promptops/redis',
    'promptops/openai',
    'promptops/anthropic',
    'promptops/ai-sdk',
    'promptops/postgres',
    'promptops/eval',
    'promptops/prices',
  ];
  const esm = `
    for (const id of ${JSON.stringify(entries)}) {
      const m = await import(id);
      if (Object.keys(m).length === 0) throw new Error(id + ' (ESM) exports nothing');
      console.log('import ', id.padEnd(20), Object.keys(m).length, 'exports');
    }
    const { createPromptClient, memoryStore } = await import('promptops');
    const client = createPromptClient({ store: memoryStore([{ name: 'smoke', version: '1.0.0', type: 'text', template: 'Hi {{who}}' }]) });
    const text = (await client.getPrompt('smoke')).render({ who: 'ESM' });
    if (text !== 'Hi ESM') throw new Error('ESM render gave ' + text);
    await client.close();
    console.log('import  render ok:', text);`;
  const cjs = `
    for (const id of ${JSON.stringify(entries)}) {
      const m = require(id);
      if (Object.keys(m).length === 0) throw new Error(id + ' (CJS) exports nothing');
      console.log('require', id.padEnd(20), Object.keys(m).length, 'exports');
    }
    const { createPromptClient, memoryStore } = require('promptops');
    const client = createPromptClient({ store: memoryStore([{ name: 'smoke', version: '1.0.0', type: 'text', template: 'Hi {{who}}' }]) });
    client.getPrompt('smoke').then((p) => { const t = p.render({ who: 'CJS' }); if (t !== 'Hi CJS') throw new Error('CJS render gave ' + t); console.log('require render ok:', t); return client.close(); })
      .catch((e) => { console.error(e); process.exit(1); });`;
  run(process.execPath, ['--input-type=module', '-e', esm], { cwd: app, stdio: 'inherit' });
  run(process.execPath, ['-e', cjs], { cwd: app, stdio: 'inherit' });

  step('bundle the installed package as an app does (esbuild, browser), without a warning');
  // A bundler that honours "sideEffects" warns about every bare `import './chunk-….js'` of a chunk it is told is
  // side-effect free (tsup's code splitting writes such imports): an app's build must print nothing of ours.
  const { build } = await import('esbuild');
  const bundled = await build({
    stdin: { contents: "export { createPromptClient, httpStore } from 'promptops';", resolveDir: app },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  if (bundled.warnings.length > 0) {
    throw new Error(
      `bundling promptops warns ${bundled.warnings.length} time(s), first: ${bundled.warnings[0].text} ` +
        '(check "sideEffects" in package.json against the chunks in dist/)',
    );
  }
  console.log('esbuild bundle of { createPromptClient, httpStore }: no warnings');

  console.log('\npackage checks passed');
} finally {
  rmSync(work, { recursive: true, force: true });
}
