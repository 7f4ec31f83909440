// The Worker module of the workerd run: the core entry and the smoke suite, bundled by esbuild with
// the conditions ['workerd', 'worker', 'browser']. The reference server's URL arrives as a binding.
import * as core from '../../dist/index.js';
import { runSmoke } from './smoke.mjs';

export default {
  async fetch(_request, env) {
    const result = await runSmoke(core, { url: env.PROMPTS_URL });
    const runtime = `${globalThis.navigator?.userAgent ?? 'unknown'} (compatibility date ${env.COMPAT_DATE})`;
    return Response.json({ runtime, ...result });
  },
};
