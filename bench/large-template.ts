/**
 * Loading a large legal template (issue 13, defect 12): a 9.5 MB text template of text, variables and
 * sections, loaded through `getPrompt` (store → integrity hash → partial discovery → compile) by a fresh
 * client each run, against `mustache.parse` of the same text. The target: at most 3× the CPU time of
 * `mustache.parse`. Prints the CPU time (user + system) of each, the ratio, and the heap growth.
 *
 * Run: `node --expose-gc bench/run.mjs large-template` (or without --expose-gc: no heap figure).
 */
import Mustache from 'mustache';
import { createPromptClient } from '../src/client/client.js';
import { memoryStore } from '../src/stores/memory.js';

const RUNS = 5;

function template(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const chunk =
      i % 10 === 0
        ? `{{#items}}Item {{name}} costs {{price}}.\n{{/items}}`
        : `Paragraph ${i} for {{customer}}: lorem ipsum dolor sit amet, consectetur adipiscing elit {{topic}}.\n`;
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join('');
}

function cpu(fn: () => void | Promise<void>): Promise<number> {
  const start = process.cpuUsage();
  return Promise.resolve(fn()).then(() => {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  });
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const gc = (globalThis as { gc?: () => void }).gc;

const text = template(9.5 * 1024 * 1024);
const record = { name: 'legal/terms', version: '1.0.0', type: 'text' as const, template: text };

const parseTimes: number[] = [];
const loadTimes: number[] = [];
let heapGrowth = 0;
for (let run = 0; run < RUNS; run++) {
  parseTimes.push(
    await cpu(() => {
      const writer = new Mustache.Writer();
      (writer as unknown as { templateCache: unknown }).templateCache = undefined;
      writer.parse(text, ['{{', '}}']);
    }),
  );
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const client = createPromptClient({ store: memoryStore([record]), cache: { max: 10 } });
  loadTimes.push(
    await cpu(async () => {
      const p = await client.getPrompt('legal/terms');
      if (p.version !== '1.0.0') throw new Error('wrong version');
    }),
  );
  gc?.();
  heapGrowth = Math.max(heapGrowth, process.memoryUsage().heapUsed - before);
  await client.close();
}
const parse = median(parseTimes);
const load = median(loadTimes);
console.log(`template: ${(text.length / 1024 / 1024).toFixed(1)} MB, ${RUNS} runs (median CPU ms)`);
console.log(`mustache.parse: ${parse.toFixed(0)} ms   (${parseTimes.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`getPrompt (cold): ${load.toFixed(0)} ms   (${loadTimes.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`ratio getPrompt / mustache.parse: ${(load / parse).toFixed(2)} (target <= 3)`);
if (gc !== undefined) console.log(`heap kept by the loaded prompt: ${(heapGrowth / 1024 / 1024).toFixed(0)} MB`);
