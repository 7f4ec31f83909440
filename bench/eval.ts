/**
 * The eval runner's own cost, so that the model is always the bottleneck, never the runner:
 *
 * 1. Overhead per case: an eval of 2,000 cases × 2 versions with 3 assertions, answered by an instant
 *    in-process model (no HTTP), no cache: loading, rendering and building every request (the section 11
 *    adapter), running, checking assertions and summarizing, divided by the answers. Beside it, the same
 *    eval answered over HTTP by a local OpenAI-compatible server through the real `openai` SDK: the model
 *    round trip the overhead is compared with (a real model adds hundreds of ms more).
 * 2. Cases per second at concurrency 1, 8 and 32 with an instant cached model: a re-run answered from
 *    the disk cache (`.promptops/cache/` of a temp folder), and from an in-memory cache. Target ≥ 2,000/s.
 *
 * Run: `node bench/run.mjs eval`. Each figure is the median of 5 runs after one warm-up.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultProviders } from '../src/eval/providers/default.js';
import type { CachedAnswer, EvalDefinition, ProviderFactory, ResponseCache } from '../src/eval.js';
import { evaluate } from '../src/eval.js';
import { memoryStore } from '../src/stores/memory.js';

const CASES = 2_000;
const store = memoryStore([
  {
    name: 'bench/greeting',
    version: '1.0.0',
    type: 'text',
    template: 'Greet {{customer}} from {{company}} briefly.',
    input: { schema: { customer: 'string', company: 'string' } },
    model: { name: 'gpt-4o-mini' },
  },
  {
    name: 'bench/greeting',
    version: '2.0.0',
    type: 'text',
    template: 'Greet {{customer}} from {{company}} warmly and use their name.',
    input: { schema: { customer: 'string', company: 'string' } },
    model: { name: 'gpt-4o-mini' },
  },
]);
const definition: EvalDefinition = {
  prompt: 'bench/greeting',
  versions: ['1.0.0', '2.0.0'],
  models: [{ provider: 'openai', name: 'gpt-4o-mini', pricing: { inputPerMTok: 0.15, outputPerMTok: 0.6 } }],
  cases: Array.from({ length: CASES }, (_, i) => ({ vars: { customer: `Customer${i}`, company: 'Acme' } })),
  expect: [{ contains: '{{customer}}' }, { 'not-contains': 'refund' }, { regex: '^(Hello|Hi)' }],
};
const answers = CASES * 2;

const reply = (request: unknown): string => {
  const text = JSON.stringify(request);
  const name = /Greet (\S+) from/.exec(text)?.[1] ?? 'there';
  return text.includes('warmly') ? `Hello ${name}, welcome!` : 'Hi there!';
};

/** The real openai provider's request building, with an instant in-process answer instead of HTTP. */
const instant: ProviderFactory = async (target, context) => {
  const real = await defaultProviders.openai(target, context);
  if (typeof real === 'string') throw new Error(real);
  return {
    buildRequest: real.buildRequest,
    send: async (request) => {
      context.countRequest();
      return { text: reply(request), inputTokens: 12, outputTokens: 4 };
    },
  };
};

const env = { OPENAI_API_KEY: 'bench' };

async function median(label: string, runs: number, once: () => Promise<number>): Promise<number> {
  await once(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once());
  times.sort((a, b) => a - b);
  const m = times[Math.floor(times.length / 2)] as number;
  void label;
  return m;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

// 1. Overhead per case, and the HTTP round trip.
const cwd = await mkdtemp(join(tmpdir(), 'promptops-bench-eval-'));
const overheadMs = await median('overhead', 5, () =>
  timed(() => evaluate(definition, { store, cwd, env, cache: false, concurrency: 8, providers: { openai: instant } })),
);

const server = createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => {
    body += c.toString('utf8');
  });
  req.on('end', () => {
    const request = JSON.parse(body) as { model: string };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id: 'x',
        object: 'chat.completion',
        created: 0,
        model: request.model,
        choices: [
          { index: 0, message: { role: 'assistant', content: reply(request) }, finish_reason: 'stop', logprobs: null },
        ],
        usage: { prompt_tokens: 12, completion_tokens: 4, total_tokens: 16 },
      }),
    );
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const httpEnv = { ...env, OPENAI_BASE_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1` };
const small: EvalDefinition = {
  ...definition,
  cases: (definition.cases as unknown[]).slice(0, 250) as EvalDefinition['cases'],
};
const httpMs = await median('http', 3, () =>
  timed(() => evaluate(small, { store, cwd, env: httpEnv, cache: false, concurrency: 1 })),
);
server.close();
const perCaseOverheadUs = (overheadMs / answers) * 1000;
const perCaseHttpUs = (httpMs / 500) * 1000;

// 2. Cases per second with an instant cached model.
const diskDir = await mkdtemp(join(tmpdir(), 'promptops-bench-eval-disk-'));
await evaluate(definition, { store, cwd: diskDir, env, providers: { openai: instant } }); // fills the disk cache
const memory = new Map<string, CachedAnswer>();
const memoryCache: ResponseCache = { get: async (k) => memory.get(k), set: async (k, v) => void memory.set(k, v) };
await evaluate(definition, { store, cwd, env, cache: memoryCache, providers: { openai: instant } });

const rows: string[][] = [];
for (const concurrency of [1, 8, 32]) {
  const disk = await median('disk', 5, () =>
    timed(async () => {
      const r = await evaluate(definition, { store, cwd: diskDir, env, concurrency, providers: { openai: instant } });
      if (r.calls.made !== 0) throw new Error('the disk cache missed');
    }),
  );
  const mem = await median('memory', 5, () =>
    timed(async () => {
      const r = await evaluate(definition, {
        store,
        cwd,
        env,
        concurrency,
        cache: memoryCache,
        providers: { openai: instant },
      });
      if (r.calls.made !== 0) throw new Error('the memory cache missed');
    }),
  );
  rows.push([String(concurrency), fmt(answers / (disk / 1000)), fmt(answers / (mem / 1000))]);
}
await rm(cwd, { recursive: true, force: true });
await rm(diskDir, { recursive: true, force: true });

console.log(
  `eval runner, ${CASES.toLocaleString('en-US')} cases × 2 versions × 3 assertions (${answers.toLocaleString('en-US')} answers)\n`,
);
console.log(`runner overhead per answer (instant in-process model, no cache): ${perCaseOverheadUs.toFixed(1)} µs`);
console.log(`model round trip per answer (local HTTP server, openai SDK):     ${perCaseHttpUs.toFixed(1)} µs`);
console.log(
  `overhead / round trip: ${((perCaseOverheadUs / perCaseHttpUs) * 100).toFixed(1)}% (a real model adds 100s of ms)\n`,
);
console.log('answers per second with an instant cached model (target ≥ 2,000):');
console.log('  concurrency   disk cache   memory cache');
for (const [c, d, m] of rows) console.log(`  ${c?.padStart(11)}   ${d?.padStart(10)}   ${m?.padStart(12)}`);

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
