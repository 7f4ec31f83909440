import { afterEach, describe, expect, it } from 'vitest';
import type { PromptRecord } from '../../src/engine/record.js';
import { createPromptServer, type PromptServer } from '../../src/server/server.js';
import { memoryStore } from '../../src/stores/memory.js';

const record = (version: string, labels?: string[]): PromptRecord => ({
  name: 'support/greeting',
  version,
  type: 'text',
  template: `Hello ${version}`,
  ...(labels === undefined ? {} : { labels }),
});

const running: PromptServer[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
});

async function resolved(url: string): Promise<string> {
  const res = await fetch(`${url}/v1/prompts/support%2Fgreeting/resolve?selector=production`);
  return ((await res.json()) as PromptRecord).version;
}

describe('the server caches resolve answers only while the store can say what changed', () => {
  it('a change made in the store behind the server (watch) is served at once', async () => {
    const store = memoryStore([record('1.0.0', ['production']), record('1.1.0')]);
    const server = createPromptServer({ store, writable: true, page: false });
    running.push(server);
    const { url } = await server.listen({ port: 0 });
    expect(await resolved(url)).toBe('1.0.0');
    expect(await resolved(url)).toBe('1.0.0'); // cached
    await store.setLabel('support/greeting', 'production', '1.1.0');
    expect(await resolved(url)).toBe('1.1.0');
    // And a write through the server is read back by its writer.
    await fetch(`${url}/v1/prompts/support%2Fgreeting/labels/production`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ version: '1.0.0' }),
    });
    expect(await resolved(url)).toBe('1.0.0');
  });

  it('a store without watch is asked every time', async () => {
    const inner = memoryStore([record('1.0.0', ['production']), record('1.1.0')]);
    const { watch: _watch, ...withoutWatch } = inner;
    const server = createPromptServer({ store: withoutWatch, page: false });
    running.push(server);
    const { url } = await server.listen({ port: 0 });
    expect(await resolved(url)).toBe('1.0.0');
    await inner.setLabel('support/greeting', 'production', '1.1.0');
    expect(await resolved(url)).toBe('1.1.0');
  });
});
