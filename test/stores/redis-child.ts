/**
 * Child process of the two-process test: its own client and store; moves a label, then prints
 * `{ before, after }` (Date.now() around the setLabel call, which publishes) as one JSON line.
 * Usage: tsx test/stores/redis-child.ts <url> <prefix> <name> <label> <version>
 */
import { redisStore } from '../../src/stores/redis.js';

const [url, prefix, name, label, version] = process.argv.slice(2) as [string, string, string, string, string];
const store = redisStore({ url, prefix });
await store.list(); // connect before timing
const before = Date.now();
await store.setLabel(name, label, version);
const after = Date.now();
process.stdout.write(`${JSON.stringify({ before, after })}\n`);
await store.close();
