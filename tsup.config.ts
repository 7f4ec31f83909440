import { defineConfig } from 'tsup';

// One build, two formats. Every entry point of package.json "exports" is listed here.
// `index.node` is the core entry under the `node` export condition: it adds the
// promptops.config.json loader so that the default (browser) core stays free of `node:` imports.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'index.node': 'src/index.node.ts',
    fs: 'src/fs.ts',
    otel: 'src/otel.ts',
    testing: 'src/testing.ts',
    cli: 'src/cli/main.ts',
  },
  format: ['esm', 'cjs'],
  dts: { entry: ['src/index.ts', 'src/index.node.ts', 'src/fs.ts', 'src/otel.ts', 'src/testing.ts'] },
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  minify: false,
  external: ['@opentelemetry/api', /^node:/],
});
