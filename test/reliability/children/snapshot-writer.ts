/**
 * Child process of the multi-writer snapshot test: loads `count` prompts named `<prefix>/n<i>` one at a
 * time, with every load written to the shared snapshot file at once (writeDelayMs 0), then closes.
 * It prints `ready` and starts when its stdin receives a line, so that the writers of a test overlap.
 * Usage: tsx test/reliability/children/snapshot-writer.ts <snapshot path> <prefix> <count>
 */
import { createPromptClient } from '../../../src/client/client.js';
import { fileSnapshot } from '../../../src/client/snapshot.node.js';
import { memoryStore } from '../../../src/stores/memory.js';

const [path, prefix, countText] = process.argv.slice(2) as [string, string, string];
const count = Number(countText);
const names = Array.from({ length: count }, (_, i) => `${prefix}/n${i}`);
const store = memoryStore(names.map((name) => ({ name, version: '1.0.0', type: 'text', template: name })));
const client = createPromptClient({ store, snapshot: fileSnapshot({ path, writeDelayMs: 0 }) });
let failures = 0;
client.on('error', () => {
  failures++;
});
process.stdout.write('ready\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
process.stdin.destroy();
for (const name of names) {
  await client.getPrompt(name);
  await new Promise((resolve) => setImmediate(resolve)); // let the write of this load start
}
await client.close();
process.stdout.write(`${JSON.stringify({ failures })}\n`);
