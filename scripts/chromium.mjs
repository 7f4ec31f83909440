// Headless Chromium as this project runs it: Debian's package (never a browser downloaded by a test tool),
// started with the flags that keep it off the network this machine does not have.
// Used by scripts/test-runtimes.mjs and the report's browser test.

/** The Chromium binary: `PROMPTOPS_CHROMIUM`, else Debian's `/usr/bin/chromium`. */
export const CHROMIUM_PATH = process.env.PROMPTOPS_CHROMIUM ?? '/usr/bin/chromium';

/** Launch flags: headless, no sandbox (CI runs as root), and no background connections. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
