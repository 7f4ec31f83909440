/**
 * Indexing a prompt folder with the file store: 1,000 files (`.prompt.md`, `.prompt.yaml` and
 * `.prompt.json`, 100 names × 10 versions in nested folders) written to a temp dir, then indexed cold
 * by a fresh `fileStore` 5 times. Prints the median and range, and the cost of 1,000 `listVersions`
 * calls on the warm index.
 *
 * Run: `node bench/run.mjs file-store`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileStore } from '../src/stores/fs/file-store.js';

const NAMES = 100;
const VERSIONS = 10;
const RUNS = 5;

const dir = mkdtempSync(join(tmpdir(), 'promptops-bench-'));
try {
  for (let n = 0; n < NAMES; n++) {
    const name = `team-${n % 7}/area-${n % 13}/prompt-${n}`;
    const folder = join(dir, name);
    mkdirSync(folder, { recursive: true });
    for (let v = 0; v < VERSIONS; v++) {
      const version = `1.${v}.0`;
      const labels = v === VERSIONS - 1 ? '[production]' : '[]';
      const schema = { customer: 'string, the customer', tone: 'string', topic: 'string' };
      const template = `Hello {{customer}}, version ${version}: a {{tone}} note about {{topic}}.`;
      const format = v % 3;
      if (format === 0) {
        const front = `---\nname: ${name}\nversion: ${version}\nlabels: ${labels}\nowner: team-${n % 7}\ninput:\n  schema:\n    customer: string, the customer\n    tone: string\n    topic: string\n---\n`;
        writeFileSync(join(folder, `${version}.prompt.md`), `${front}${template}\n`);
      } else if (format === 1) {
        const yaml = `name: ${name}\nversion: ${version}\nlabels: ${labels}\ninput:\n  schema:\n    customer: string, the customer\n    tone: string\n    topic: string\ntemplate: "${template}"\n`;
        writeFileSync(join(folder, `${version}.prompt.yaml`), yaml);
      } else {
        const record = { name, version, labels: labels === '[]' ? [] : ['production'], input: { schema }, template };
        writeFileSync(join(folder, `${version}.prompt.json`), JSON.stringify(record, null, 2));
      }
    }
  }

  const times: number[] = [];
  let warm = fileStore({ dir });
  for (let r = 0; r < RUNS; r++) {
    const store = fileStore({ dir });
    const started = performance.now();
    const names = await store.list?.();
    times.push(performance.now() - started);
    if (names?.length !== NAMES) throw new Error(`indexed ${names?.length} names, expected ${NAMES}`);
    warm = store;
  }
  const first = `team-0/area-0/prompt-0`;
  const started = performance.now();
  for (let i = 0; i < 1_000; i++) await warm.listVersions(first);
  const warmMs = performance.now() - started;

  times.sort((a, b) => a - b);
  const ms = (t: number) => `${t.toFixed(0)} ms`;
  console.log(`node ${process.version}, ${NAMES * VERSIONS} files (${NAMES} names × ${VERSIONS} versions)`);
  console.log(
    `cold index: median ${ms(times[Math.floor(RUNS / 2)] as number)} (${ms(times[0] as number)}–${ms(times[RUNS - 1] as number)}, ${RUNS} runs)`,
  );
  console.log(`1,000 listVersions on the warm index: ${ms(warmMs)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
