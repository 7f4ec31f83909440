import { defineConfig } from 'tsup';

// The library: every entry point of package.json "exports", as ESM and CJS with declarations.
// `index.node` is the core entry under the `node` export condition: it adds the promptops.config.json
// loader, so that the default (browser, worker) core stays free of `node:` imports.
// The CLI is a separate ESM-only bundle. `npm run build` empties dist/ first.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'index.node': 'src/index.node.ts',
      fs: 'src/fs.ts',
      otel: 'src/otel.ts',
      testing: 'src/testing.ts',
      redis: 'src/redis.ts',
      openai: 'src/openai.ts',
      anthropic: 'src/anthropic.ts',
      'ai-sdk': 'src/ai-sdk.ts',
      postgres: 'src/postgres.ts',
      eval: 'src/eval.ts',
      prices: 'src/prices.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
    clean: false,
    external: ['@opentelemetry/api', 'ioredis', 'openai', '@anthropic-ai/sdk', 'ai', 'pg', /^node:/],
  },
  {
    // Split, so that what a command loads with import() (the Postgres store and its `pg`, the Redis store…) is its
    // own chunk: a single file would hoist those optional peers to static imports, and `promptops --help` would
    // fail where `pg` is not installed.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    splitting: true,
    clean: false,
    external: ['@opentelemetry/api', 'ioredis', 'openai', '@anthropic-ai/sdk', 'ai', 'pg'],
  },
]);
