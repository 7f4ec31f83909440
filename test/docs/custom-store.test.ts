// The custom store of docs/stores.md, extracted from the page and run through the conformance suite:
// the documentation's example cannot rot.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeHash } from '../../src/engine/hash.js';
import type { PromptRecord } from '../../src/engine/record.js';
import type { PromptStore } from '../../src/stores/types.js';
import { verifyStore } from '../../src/testing/verify-store.js';

const root = join(import.meta.dirname, '../..');
const page = readFileSync(join(root, 'docs/stores.md'), 'utf8');
const block = /<!-- custom-store:start -->\s*```ts\n([\s\S]*?)```\s*<!-- custom-store:end -->/.exec(page)?.[1];

async function loadBucketStore(): Promise<(bucket: unknown) => PromptStore> {
  if (block === undefined) throw new Error('docs/stores.md lost its custom-store block');
  const dir = join(root, 'test/.generated');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'bucket-store.ts');
  writeFileSync(file, block.replace("from 'promptops'", "from '../../src/index.js'"));
  const mod = (await import(/* @vite-ignore */ file)) as { bucketStore: (bucket: unknown) => PromptStore };
  return mod.bucketStore;
}

async function testBucket(): Promise<{
  get(key: string): Promise<string | undefined>;
  list(p: string): Promise<string[]>;
}> {
  const objects = new Map<string, string>();
  const records: PromptRecord[] = [
    { name: 'support/greeting', version: '1.0.0', type: 'text', template: 'Hello {{customer}}' },
    { name: 'support/greeting', version: '1.1.0', type: 'text', template: 'Hi {{customer}}!' },
    { name: 'support/greeting', version: '2.0.0-rc.1', type: 'text', template: 'Hey {{customer}}' },
    { name: 'billing/refund', version: '1.0.0', type: 'text', template: 'Refunded {{amount}}' },
  ];
  for (const record of records) {
    const hash = await computeHash(record);
    objects.set(`prompts/${record.name}/${record.version}.json`, JSON.stringify({ ...record, hash }));
  }
  objects.set('labels/support/greeting.json', JSON.stringify({ production: '1.1.0', canary: '2.0.0-rc.1' }));
  return {
    async get(key) {
      return objects.get(key);
    },
    async list(prefix) {
      return [...objects.keys()].filter((key) => key.startsWith(prefix)).sort();
    },
  };
}

describe('docs/stores.md custom store', () => {
  it('passes verifyStore as documented', async () => {
    const bucketStore = await loadBucketStore();
    const bucket = await testBucket();
    const report = await verifyStore(() => bucketStore(bucket));
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.checks.filter((c) => !c.skipped).length).toBeGreaterThan(5);
  });

  it('serves a client', async () => {
    const { createPromptClient } = await import('../../src/index.js');
    const bucketStore = await loadBucketStore();
    const client = createPromptClient({ store: bucketStore(await testBucket()) });
    const p = await client.getPrompt('support/greeting@production');
    expect(p.version).toBe('1.1.0');
    expect(p.render({ customer: 'Ada' })).toBe('Hi Ada!');
    await client.close();
  });
});
