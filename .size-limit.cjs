// Size budget of the core entry as a browser app bundles it, dependencies included (min + gzip).
// @langfuse/client measures about 38 kB by the same method; promptops must stay below it.
module.exports = [
  {
    name: 'core: { createPromptClient, httpStore } for the browser',
    path: 'dist/index.js',
    import: '{ createPromptClient, httpStore }',
    limit: '36 kB',
    modifyEsbuildConfig: (config) => ({ ...config, platform: 'browser' }),
  },
  {
    name: 'core: { createPromptClient, memoryStore } for the browser',
    path: 'dist/index.js',
    import: '{ createPromptClient, memoryStore }',
    limit: '32 kB',
    modifyEsbuildConfig: (config) => ({ ...config, platform: 'browser' }),
  },
];
