// A `promptops serve` process for the fault tests: `tsx serve-child.ts <args...>`; prints the
// `--json` line once listening, and is killed with SIGKILL by the test.
import { runCli } from '../../src/cli/program.js';

runCli(
  ['serve', ...process.argv.slice(2), '--json'],
  { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() },
  '0.0.0',
).then((code) => {
  process.exitCode = code;
});
