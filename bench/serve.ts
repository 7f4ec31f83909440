/**
 * The registry server: read throughput of `createPromptServer` (what `promptops serve` runs) against a
 * bare `node:http` server returning the same JSON, and label moves per second on a folder (durable
 * writes: temp file, fsync, rename, fsynced history) and on Postgres (one transaction per move).
 *
 * Reads: `GET /v1/prompts/support%2Fgreeting/resolve?selector=production` over keep-alive, 32
 * connections from a separate load process (bench/serve-load.mjs), 3 s per run, the two servers
 * alternating 3 times; the ratio of the medians is the cost of the protocol handler (routing, auth
 * check, store resolve, JSON). Target: ≥ 0.7 of the bare server.
 *
 * Run: `node bench/run.mjs serve` (Postgres part: needs Debian's postgresql, as the tests do).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFolderRegistry } from '../src/authoring/folder-registry.js';
import { createPromptServer } from '../src/server/server.js';
import { fileStore } from '../src/stores/fs/file-store.js';
import { postgresStore } from '../src/stores/postgres.js';
import { startPostgresServer } from '../test/stores/postgres-helpers.js';

const here = import.meta.dirname ?? new URL('.', import.meta.url).pathname;
const root = join(here, '..');
const PROMPTS = join(root, 'examples/prompts');
const PATH = '/v1/prompts/support%2Fgreeting/resolve?selector=production';
const CONNECTIONS = 32;
const DURATION_MS = 3000;
const RUNS = 3;

/** Run the load process against `url` (asynchronously: the servers live in this process). */
async function load(url: string): Promise<number> {
  const child = spawn(process.execPath, [join(here, 'serve-load.mjs'), url, String(CONNECTIONS), String(DURATION_MS)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += String(chunk);
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`the load generator exited with ${code}`);
  const { requests, errors, ms } = JSON.parse(out) as { requests: number; errors: number; ms: number };
  if (errors > 0) throw new Error(`${errors} failed requests`);
  return (requests / ms) * 1000;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

// ── Reads ────────────────────────────────────────────────────────────────────────────────────────
// As `promptops serve` runs it: watching the folder, so the server may cache its resolve answers.
const store = fileStore({ dir: PROMPTS, watch: true });
const server = createPromptServer({ store, page: false });
const { url: promptopsUrl } = await server.listen({ port: 0 });
const body = await (await fetch(`${promptopsUrl}${PATH}`)).text();
const bare = createServer((_req, res) => {
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-cache',
  });
  res.end(body);
});
await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;

const ours: number[] = [];
const theirs: number[] = [];
for (let run = 0; run < RUNS; run++) {
  theirs.push(await load(`${bareUrl}${PATH}`));
  ours.push(await load(`${promptopsUrl}${PATH}`));
}
await server.close();
await store.close();
await new Promise((resolve) => bare.close(resolve));
const ratio = median(ours) / median(theirs);
console.log(`reads, ${CONNECTIONS} keep-alive connections, ${DURATION_MS / 1000} s × ${RUNS} (median, range):`);
console.log(
  `  promptops serve   ${median(ours).toFixed(0).padStart(7)} req/s  (${Math.min(...ours).toFixed(0)}–${Math.max(...ours).toFixed(0)})`,
);
console.log(
  `  bare node:http    ${median(theirs).toFixed(0).padStart(7)} req/s  (${Math.min(...theirs).toFixed(0)}–${Math.max(...theirs).toFixed(0)})`,
);
console.log(`  ratio             ${ratio.toFixed(2)}  (target ≥ 0.70)`);

// ── Label moves on a folder ──────────────────────────────────────────────────────────────────────
const MOVES = 100;
const dir = mkdtempSync(join(tmpdir(), 'promptops-bench-folder-'));
try {
  cpSync(PROMPTS, dir, { recursive: true });
  const registry = await openFolderRegistry({ dir });
  const started = performance.now();
  for (let i = 0; i < MOVES; i++) {
    await registry.setLabel('support/greeting', 'bench', i % 2 === 0 ? '1.0.0' : '1.1.0', { actor: 'bench' });
  }
  const ms = performance.now() - started;
  await registry.close();
  console.log(
    `label moves on a folder (durable, sequential): ${((MOVES / ms) * 1000).toFixed(0)} moves/s (${(ms / MOVES).toFixed(1)} ms each)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// ── Label moves on Postgres ──────────────────────────────────────────────────────────────────────
const pg = await startPostgresServer();
try {
  const db = postgresStore({ connectionString: await pg.database('bench') });
  for (const version of ['1.0.0', '1.1.0']) {
    await db.putVersion({ name: 'bench/p', version, type: 'text', template: `v${version}` });
  }
  let started = performance.now();
  for (let i = 0; i < MOVES; i++) await db.setLabel('bench/p', 'production', i % 2 === 0 ? '1.0.0' : '1.1.0');
  let ms = performance.now() - started;
  console.log(
    `label moves on Postgres (sequential):          ${((MOVES / ms) * 1000).toFixed(0)} moves/s (${(ms / MOVES).toFixed(1)} ms each)`,
  );
  started = performance.now();
  await Promise.all(
    Array.from({ length: 8 }, async (_, w) => {
      for (let i = 0; i < MOVES / 8; i++) await db.setLabel('bench/p', `l${w}`, i % 2 === 0 ? '1.0.0' : '1.1.0');
    }),
  );
  ms = performance.now() - started;
  console.log(`label moves on Postgres (8 labels at once):     ${((MOVES / ms) * 1000).toFixed(0)} moves/s`);
  await db.close();
} finally {
  await pg.destroy();
}
