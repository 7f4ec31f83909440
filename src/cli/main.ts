#!/usr/bin/env node
/**
 * The `promptops` bin.
 * @module
 */
import { createRequire } from 'node:module';
import { handleBrokenPipes } from './broken-pipe.js';
import { runCli } from './program.js';

/** The package's version: `dist/cli.js` is one folder below package.json, `src/cli/main.ts` two. */
function packageVersion(): string {
  const require = createRequire(import.meta.url);
  for (const path of ['../package.json', '../../package.json']) {
    try {
      return (require(path) as { version: string }).version;
    } catch {
      // Not this layout: try the next.
    }
  }
  return '0.0.0';
}

handleBrokenPipes(process, (code) => process.exit(code));

runCli(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() },
  packageVersion(),
).then((code) => {
  process.exitCode = code;
});
