#!/usr/bin/env node
/**
 * The `promptops` bin.
 * @module
 */
import { createRequire } from 'node:module';
import { runCli } from './program.js';

const require = createRequire(import.meta.url);
const { version } = require('../package.json') as { version: string };

runCli(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() },
  version,
).then((code) => {
  process.exitCode = code;
});
