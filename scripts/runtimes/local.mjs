// Runs the smoke suite in the runtime executing this file (Node, Bun or Deno), against the built
// core entry (dist/index.js) and promptops/fs (dist/fs.js, through the runtime's Node compatibility).
// Usage: <runtime> scripts/runtimes/local.mjs <reference server url> <prompts dir>
import * as fs from '../../dist/fs.js';
import * as core from '../../dist/index.js';
import { runSmoke } from './smoke.mjs';

const [url, dir] = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);
const runtime = globalThis.Deno
  ? `Deno ${globalThis.Deno.version.deno}`
  : globalThis.Bun
    ? `Bun ${globalThis.Bun.version}`
    : `Node ${process.version}`;
console.log(`runtime: ${runtime}`);
const result = await runSmoke(core, { url, fs, dir, log: (line) => console.log(line) });
if (result.failed > 0 || result.passed === 0) process.exit(1);
