/**
 * The prompt client side by side with `@langfuse/client`, in one process, both talking HTTP to one
 * loopback server (127.0.0.1, port 0) that speaks promptops protocol v1 (`createPromptRequestHandler`)
 * and Langfuse's prompt API (`GET /api/public/v2/prompts/{name}`):
 *
 * 1. cache-hit `get` + render, ops/s (target: promptops ≥ 4× Langfuse);
 * 2. 1,000 concurrent cold gets of one name: requests the server saw (target: 1);
 * 3. heap held after fetching 100,000 distinct name/version keys (promptops `cache.max: 1000`);
 * 4. cold start with the server down and a snapshot present.
 *
 * Run: `node bench/run.mjs client` (global.gc is switched on at run time when `--expose-gc` is not given);
 * `node bench/run.mjs client 1,2` runs the listed scenarios only.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { LangfuseClient } from '@langfuse/client';
import { createPromptClient } from '../src/client/client.js';
import { memorySnapshot } from '../src/client/snapshot.js';
import type { PromptRecord } from '../src/engine/record.js';
import { createPromptRequestHandler } from '../src/server/handler.js';
import { httpStore } from '../src/stores/http.js';
import type { PromptStore, VersionInfo } from '../src/stores/types.js';

const GREETING = 'bench/greeting';
const MANY = 'bench/many';
const TEMPLATE = 'You are a support agent for {{company}}. Greet {{customer}} in a {{tone}} tone about {{topic}}.';
const VARS = { company: 'Acme', customer: 'Ada', tone: 'friendly', topic: 'billing' };
const EXPECTED = 'You are a support agent for Acme. Greet Ada in a friendly tone about billing.';
const DISTINCT_KEYS = 100_000;
const only = process.argv[3]?.split(',').map(Number);
const wanted = (scenario: number): boolean => only === undefined || only.includes(scenario);
const CONCURRENT_COLD = 1_000;

setFlagsFromString('--expose-gc');
const gc: () => void = (globalThis as { gc?: () => void }).gc ?? (runInNewContext('gc') as () => void);

// ------------------------------------------------------------------ the server

/** `bench/greeting@1.0.0` (label production), and `bench/many@N.0.0` for every N, made on demand. */
function record(name: string, version: string): PromptRecord | undefined {
  if (name === GREETING && version === '1.0.0') {
    return {
      name,
      version,
      labels: ['production'],
      type: 'text',
      template: TEMPLATE,
      input: { schema: { company: 'string', customer: 'string', tone: 'string', topic: 'string' } },
    };
  }
  const major = /^([1-9]\d*)\.0\.0$/.exec(version)?.[1];
  if (name === MANY && major !== undefined && Number(major) <= DISTINCT_KEYS) {
    return { name, version, type: 'text', template: `Prompt number ${major} for {{customer}}.` };
  }
  return undefined;
}

const generated: PromptStore = {
  name: 'generated',
  async listVersions(name): Promise<VersionInfo[]> {
    return name === GREETING ? [{ version: '1.0.0', labels: ['production'] }] : [];
  },
  async getVersion(name, version) {
    return record(name, version);
  },
  async resolve(name, selector) {
    if (name === GREETING && (selector === 'latest' || selector === 'production' || selector === '1.0.0')) {
      return record(name, '1.0.0');
    }
    return record(name, selector);
  },
};

const requests = { promptops: 0, langfuse: 0 };
const promptopsHandler = createPromptRequestHandler({ store: generated });

function langfuseHandler(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const name = decodeURIComponent(url.pathname.slice('/api/public/v2/prompts/'.length));
  const version = url.searchParams.get('version');
  const found = record(name, version === null ? '1.0.0' : `${version}.0.0`);
  if (found === undefined) {
    res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Prompt not found' }));
    return;
  }
  const body = {
    id: `${name}-${found.version}`,
    name,
    version: Number(found.version.split('.')[0]),
    type: 'text',
    prompt: found.template,
    config: {},
    labels: found.labels ?? [],
    tags: [],
    commitMessage: null,
  };
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function startServer(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/api/public/')) {
      requests.langfuse++;
      langfuseHandler(req, res);
    } else {
      requests.promptops++;
      promptopsHandler(req, res);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}` };
}

// ------------------------------------------------------------------ helpers

const langfuseOptions = (baseUrl: string) => ({ publicKey: 'pk-lf-bench', secretKey: 'sk-lf-bench', baseUrl });

/**
 * ops/s of `a` and of `b`, each the best of `rounds` rounds of about `ms`, the rounds of the two
 * interleaved so that load from elsewhere on the machine hits both alike.
 */
async function opsPerSecond(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  rounds = 8,
  ms = 250,
): Promise<[number, number]> {
  const best: [number, number] = [0, 0];
  const fns = [a, b];
  for (const fn of fns) for (let i = 0; i < 5_000; i++) await fn();
  for (let r = 0; r < rounds; r++) {
    for (let f = 0; f < 2; f++) {
      const fn = fns[f] as () => Promise<unknown>;
      let count = 0;
      const start = performance.now();
      let now = start;
      while (now - start < ms) {
        for (let i = 0; i < 500; i++) await fn();
        count += 500;
        now = performance.now();
      }
      best[f] = Math.max(best[f] ?? 0, (count * 1000) / (now - start));
    }
  }
  return best;
}

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

async function inBatches(count: number, size: number, run: (i: number) => Promise<unknown>): Promise<void> {
  for (let start = 1; start <= count; start += size) {
    const batch: Array<Promise<unknown>> = [];
    for (let i = start; i < start + size && i <= count; i++) batch.push(run(i));
    await Promise.all(batch);
  }
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });
const mb = (bytes: number) => `${fmt(bytes / 1024 / 1024, 1)} MB`;
const rows: Array<[string, string, string, string]> = [];

// ------------------------------------------------------------------ scenarios

const { server, url } = await startServer();
const silence = console.warn;

// 1. cache-hit get + render
if (wanted(1)) {
  const prompts = createPromptClient({ store: httpStore({ url }) });
  const langfuse = new LangfuseClient(langfuseOptions(url));
  const ours = await prompts.getPrompt(GREETING);
  const theirs = await langfuse.prompt.get(GREETING);
  if (ours.render(VARS) !== EXPECTED || theirs.compile(VARS) !== EXPECTED) throw new Error('outputs differ');
  const [promptopsGet, langfuseGet] = await opsPerSecond(
    () => prompts.getPrompt(GREETING),
    () => langfuse.prompt.get(GREETING),
  );
  rows.push([
    '1a. cache-hit get only (ops/s)',
    fmt(promptopsGet),
    fmt(langfuseGet),
    `${fmt(promptopsGet / langfuseGet, 1)}×`,
  ]);
  const [promptopsOps, langfuseOps] = await opsPerSecond(
    async () => (await prompts.getPrompt(GREETING)).render(VARS),
    async () => (await langfuse.prompt.get(GREETING)).compile(VARS),
  );
  rows.push([
    '1b. cache-hit get + render (ops/s)',
    fmt(promptopsOps),
    fmt(langfuseOps),
    `${fmt(promptopsOps / langfuseOps, 1)}× (target ≥ 4×; promptops validates the input)`,
  ]);
  const [looseOps, langfuseOps2] = await opsPerSecond(
    async () => (await prompts.getPrompt(GREETING, { strict: false })).render(VARS, { strict: false }),
    async () => (await langfuse.prompt.get(GREETING)).compile(VARS),
  );
  rows.push([
    '1c. same, promptops with strict: false',
    fmt(looseOps),
    fmt(langfuseOps2),
    `${fmt(looseOps / langfuseOps2, 1)}× (no validation on either side)`,
  ]);
  await prompts.close();
}

// 2. 1,000 concurrent cold gets of one name
if (wanted(2)) {
  requests.promptops = 0;
  requests.langfuse = 0;
  const prompts = createPromptClient({ store: httpStore({ url }) });
  const langfuse = new LangfuseClient(langfuseOptions(url));
  const ours = await Promise.all(Array.from({ length: CONCURRENT_COLD }, () => prompts.getPrompt(GREETING)));
  const theirs = await Promise.all(Array.from({ length: CONCURRENT_COLD }, () => langfuse.prompt.get(GREETING)));
  if (ours.length !== CONCURRENT_COLD || theirs.length !== CONCURRENT_COLD) throw new Error('missing answers');
  rows.push([
    `2. ${fmt(CONCURRENT_COLD)} concurrent cold gets: server requests`,
    fmt(requests.promptops),
    fmt(requests.langfuse),
    'target: 1',
  ]);
  await prompts.close();
}

// 3. heap after 100,000 distinct name/version keys
if (wanted(3)) {
  const base = heapUsed();
  let prompts: ReturnType<typeof createPromptClient> | undefined = createPromptClient({
    store: httpStore({ url }),
    cache: { max: 1000 },
  });
  const started = performance.now();
  await inBatches(DISTINCT_KEYS, 100, (i) => (prompts as NonNullable<typeof prompts>).getPrompt(`${MANY}@${i}.0.0`));
  const promptopsSeconds = (performance.now() - started) / 1000;
  const promptopsHeap = heapUsed() - base;
  await prompts.close();
  prompts = undefined;

  const base2 = heapUsed();
  let langfuse: LangfuseClient | undefined = new LangfuseClient(langfuseOptions(url));
  const started2 = performance.now();
  await inBatches(DISTINCT_KEYS, 100, (i) => (langfuse as LangfuseClient).prompt.get(MANY, { version: i }));
  const langfuseSeconds = (performance.now() - started2) / 1000;
  const langfuseHeap = heapUsed() - base2;
  if (langfuse.prompt === undefined) throw new Error('unreachable');
  langfuse = undefined;
  rows.push([
    `3. heap held after ${fmt(DISTINCT_KEYS)} distinct keys`,
    `${mb(promptopsHeap)} (max: 1000; ${fmt(promptopsSeconds, 1)} s)`,
    `${mb(langfuseHeap)} (unbounded map; ${fmt(langfuseSeconds, 1)} s)`,
    `${fmt(langfuseHeap / Math.max(promptopsHeap, 1), 1)}× less`,
  ]);
}

// 4. cold start, server down, snapshot present
if (wanted(4)) {
  const snapshot = memorySnapshot();
  const warm = createPromptClient({ store: httpStore({ url }), snapshot });
  await warm.getPrompt(GREETING);
  await warm.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();

  const started = performance.now();
  const cold = createPromptClient({ store: httpStore({ url }), snapshot });
  let ours: string;
  try {
    const p = await cold.getPrompt(GREETING);
    ours = `served (source: ${p.source}, ${p.render(VARS) === EXPECTED ? 'renders' : 'WRONG TEXT'}) in ${fmt(performance.now() - started)} ms`;
  } catch (error) {
    ours = `error: ${(error as Error).message.slice(0, 60)}`;
  }
  await cold.close();

  console.warn = () => undefined; // Langfuse logs its failure
  const started2 = performance.now();
  const langfuse = new LangfuseClient(langfuseOptions(url));
  let theirs: string;
  try {
    const p = await langfuse.prompt.get(GREETING);
    theirs = `served (${p.isFallback ? 'fallback' : 'fetched'})`;
  } catch (error) {
    theirs = `throws (${(error as Error).constructor.name}) after ${fmt(performance.now() - started2)} ms; only an in-code fallback helps`;
  }
  console.warn = silence;
  rows.push(['4. cold start, server down, snapshot present', ours, theirs, 'target: served, no error']);
}

// ------------------------------------------------------------------ report

const header: [string, string, string, string] = ['scenario', 'promptops', '@langfuse/client', 'result'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(`\nnode ${process.version}, ${process.platform}/${process.arch}`);
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
process.exit(0);
