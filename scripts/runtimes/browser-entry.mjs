// The page script of the Chromium run: the core entry and the smoke suite, bundled by esbuild for
// `platform: 'browser'`. The page is served from the same origin as the prompts (see test-runtimes.mjs),
// so httpStore needs no CORS. The result lands in `window.__smoke` for the driver to read.
import * as core from '../../dist/index.js';
import { runSmoke } from './smoke.mjs';

const url = new URL('/', window.location.href).href.replace(/\/$/, '');
window.__smoke = runSmoke(core, { url, log: (line) => console.log(line) }).then(
  (result) => ({ runtime: navigator.userAgent, ...result }),
  (error) => ({ runtime: navigator.userAgent, passed: 0, failed: 1, lines: [`FAIL ${error?.stack ?? error}`] }),
);
