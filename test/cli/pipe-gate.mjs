// Loaded with `node --import` before the CLI in test/cli/broken-pipe.test.ts: holds the CLI back until
// the test ends its stdin, so the test can close the reading end of a pipe before the CLI writes a byte
// (no race with the child's start-up).
await new Promise((resolve) => {
  process.stdin.on('data', () => undefined);
  process.stdin.once('end', resolve);
});
process.stdin.destroy();
