/**
 * promptops quick start: `npm run demo` (one line a step), `npm run demo -- --verbose` (each step in full).
 *
 * The whole loop on the prompt library in examples/prompts: get a prompt through a pinned range and render
 * it, reject bad input, render a chat prompt, build an OpenAI request and price its usage, run an A/B
 * experiment with outcomes, serve the folder over HTTP and survive a dead server from a snapshot, evaluate
 * staging against production, publish the winner to a registry, promote it and roll it back, and count
 * the telemetry events of all of it.
 */
import { fileURLToPath } from 'node:url';
import {
  createPromptClient,
  httpStore,
  isPromptOpsError,
  memorySnapshot,
  memoryStore,
  type PromptEvent,
  PromptInputError,
} from 'promptops';
import {
  createPromptServer,
  fileStore,
  promoteLabel,
  publishFolder,
  readLabelHistory,
  rollbackLabel,
} from 'promptops/fs';
import { toOpenAIChat } from 'promptops/openai';
import { formatGreetingEval, runGreetingEval } from './evals/demo.js';

const dir = fileURLToPath(new URL('./prompts', import.meta.url));
const verbose = process.argv.includes('--verbose');
const bold = (s: string) => (process.stdout.isTTY ? `\u001b[1m${s}\u001b[22m` : s);
const events: PromptEvent[] = [];

/** A titled block, as `--verbose` prints each step. */
const section = (title: string, body: string) => `${bold(title)}\n  ${body.trim().replaceAll('\n', '\n  ')}\n`;
/** One step of the loop: its one-line summary, or with `--verbose` the full section. */
const step = (what: string, summary: string, full: string) =>
  console.log(verbose ? full : `  ${bold(what.padEnd(14))}${summary}`);

if (!verbose) console.log('promptops, the whole loop on examples/prompts (one line a step):');

// 1. A client over a folder of prompt files, with a pinned range.
const prompts = createPromptClient({
  store: fileStore({ dir }),
  pins: { 'support/greeting': '^1.0.0' },
  hooks: { onEvent: (e) => void events.push(e) },
});

const greeting = await prompts.getPrompt('support/greeting'); // pin ^1.0.0 → 1.1.0
const text = greeting.render({ company: 'Acme', customer: 'Ada' });
step(
  'get + render',
  `support/greeting, pin ^1.0.0 → ${greeting.version} (${greeting.labels.join(', ')}), rendered: ${text.length} chars`,
  section(`support/greeting (pin ^1.0.0 → ${greeting.version}, labels: ${greeting.labels.join(', ')})`, text),
);

const staging = await prompts.getPrompt('support/greeting@staging'); // label → 2.0.0
const stagingText = staging.render({
  company: 'Acme',
  customer: 'Ada',
  product: 'the Roadrunner 3000',
  tone: 'formal',
});
if (verbose) console.log(section(`support/greeting@staging → ${staging.version}`, stagingText));

// 2. Strict input: every problem at once, before anything reaches a model.
try {
  staging.render({ company: 'Acme', tone: 'angry' });
} catch (error) {
  if (!(error instanceof PromptInputError)) throw error;
  step(
    'strict input',
    `@staging → ${staging.version}, bad variables: PromptInputError lists ${error.issues.length} problems at once`,
    section('strict input (PromptInputError)', error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')),
  );
}

// 3. A chat prompt: the conversation so far goes into the history placeholder.
const triage = await prompts.getPrompt('support/triage@production');
const history = [
  { role: 'user' as const, content: 'Hi, are you there?' },
  { role: 'assistant' as const, content: 'Yes, how can I help?' },
];
const messages = triage.renderMessages(
  { ticket: 'I was charged twice for my order', queues: ['billing', 'shipping'] },
  { history },
);
step(
  'chat',
  `support/triage@production → ${triage.version}: ${messages.length} messages, ` +
    `${history.length} from the history placeholder`,
  section(
    `support/triage@production → ${triage.version} (chat)`,
    messages.map((m) => `${m.role}: ${String(m.content).split('\n')[0]}`).join('\n'),
  ),
);

// 3b. The model call: the OpenAI request the prompt makes (model, tools, structured output), and its cost.
const route = await prompts.getPrompt('support/route');
const request = toOpenAIChat(route, { ticket: 'Order A1 was charged twice' }, { placeholders: { history: [] } });
const tools = request.tools?.map((t) => (t.type === 'function' ? t.function.name : t.type)).join(', ');
const usage = await prompts.recordUsage(route, { model: request.model, inputTokens: 420, outputTokens: 35 });
step(
  'model call',
  `support/route → ${request.model}, tools [${tools}]; ` +
    `usage ${usage.inputTokens} in / ${usage.outputTokens} out = $${usage.costUsd?.toFixed(6)}`,
  section(
    `support/route → toOpenAIChat (send it with openai.chat.completions.create)`,
    `model=${request.model} temperature=${request.temperature} tools=[${tools}] response_format=${request.response_format?.type}
` + `usage: ${usage.inputTokens} in / ${usage.outputTokens} out → $${usage.costUsd?.toFixed(6)} (genai-prices)`,
  ),
);

// 4. An A/B experiment: each user sticks to a variant; outcomes are recorded for `promptops report`.
const ab = createPromptClient({
  store: fileStore({ dir }),
  experiments: {
    'support/greeting': { variants: { control: '1.0.0', candidate: '1.1.0' }, weights: { control: 50, candidate: 50 } },
  },
  hooks: { onEvent: (e) => void events.push(e) },
});
const picks: Array<{ user: string; variant: string | undefined; version: string }> = [];
for (const user of ['user-1', 'user-2', 'user-3']) {
  const p = await ab.getPrompt('support/greeting', { assignmentKey: user });
  p.render({ company: 'Acme', customer: 'Ada' });
  ab.recordOutcome(p, { resolved: 1 });
  picks.push({ user, variant: p.variant, version: p.version });
}
await ab.close();
const count = (variant: string) => picks.filter((p) => p.variant === variant).length;
step(
  'experiment',
  `support/greeting 1.0.0 vs 1.1.0, sticky per user: ${count('control')} control, ` +
    `${count('candidate')} candidate, ${picks.length} outcomes`,
  section(
    'experiment on support/greeting (sticky per assignmentKey)',
    picks.map((p) => `${p.user} → ${p.variant} (${p.version})`).join('\n'),
  ),
);

// 5. The same folder over HTTP (promptops serve), read through the HTTP store, with a snapshot.
const server = createPromptServer({ store: fileStore({ dir }) });
const { url } = await server.listen({ port: 0, host: '127.0.0.1' });
const snapshot = memorySnapshot(undefined, { writeDelayMs: 0 });
const remote = createPromptClient({
  store: httpStore({ url }),
  snapshot,
  hooks: { onEvent: (e) => void events.push(e) },
});
const viaHttp = await remote.getPrompt('billing/refund-reply@production');
const again = await remote.getPrompt('billing/refund-reply@production'); // served from the cache
const refund = viaHttp.render({ customer: 'Ada', amount: 42.5, currency: 'EUR' });
await remote.close(); // flushes the snapshot
await server.close();

// 6. Server gone, cold start: the snapshot serves the last known good version.
const coldStart = createPromptClient({ store: httpStore({ url, retry: false, timeoutMs: 500 }), snapshot });
const survived = await coldStart.getPrompt('billing/refund-reply@production');
await coldStart.close();
step(
  'over HTTP',
  `billing/refund-reply → ${viaHttp.version}, again from the ${again.source}; ` +
    `server down → from the ${survived.source}`,
  section(`billing/refund-reply over HTTP (${url}) → ${viaHttp.version}, then from the ${again.source}`, refund) +
    '\n' +
    section(
      `server down, cold start → served from the ${survived.source}`,
      `${survived.name}@${survived.version} ${survived.hash.slice(0, 19)}…`,
    ),
);

// 7. An eval: production vs staging of support/greeting over the same cases, against a local stand-in model.
const evaluation = await runGreetingEval();
const { result } = evaluation;
const comparison = result.comparisons[0];
const rate = (version: string | undefined) =>
  `${Math.round((result.runs.find((r) => r.version === version)?.passRate ?? 0) * 100)}%`;
const winner = comparison?.verdict === 'better' ? comparison.candidate : result.baseline;
step(
  'eval',
  `production ${result.baseline} vs staging ${comparison?.candidate}, ${result.cases.length} cases: ` +
    `pass rate ${rate(result.baseline)} → ${rate(comparison?.candidate)} (p=${comparison?.pValue.toFixed(3)})`,
  formatGreetingEval(evaluation, bold),
);
if (!verbose) step('winner', `${winner} (the answers came from a local stand-in model, not a real one)`, '');

// 8. Publish, promote the winner, roll back, on a registry whose token is named "support-ci" (the actor).
const registry = createPromptServer({
  store: memoryStore(),
  writable: true,
  tokens: [{ name: 'support-ci', token: 'demo-secret', scopes: ['publish', 'promote'] }],
});
const target = httpStore({ url: (await registry.listen({ port: 0 })).url, token: 'demo-secret', writable: true });
const published = await publishFolder(fileStore({ dir }), target, { labels: true });
await promoteLabel(target, 'support/greeting', 'production', winner, { reason: 'won the eval' });
await rollbackLabel(target, 'support/greeting', 'production');
const { moves } = await readLabelHistory(target, 'support/greeting', 'production');
await registry.close();
const [rolledBack, promoted] = moves;
step(
  'publish',
  `${published.published} versions to a registry over HTTP, token "support-ci"`,
  section(
    `registry: published ${published.published} versions, then promoted and rolled back`,
    moves.map((m) => `${m.from ?? '(new)'} → ${m.to} by ${m.actor}${m.reason ? ` (${m.reason})` : ''}`).join('\n'),
  ),
);
if (!verbose) {
  step('promote', `production ${promoted?.from} → ${promoted?.to}, the eval's winner`, '');
  step(
    'roll back',
    `production ${rolledBack?.from} → ${rolledBack?.to}; history: ${moves.length} moves by ` +
      [...new Set(moves.map((m) => m.actor))].join(', '),
    '',
  );
}
await prompts.close();

// 9. What telemetry saw (no variable values unless telemetry.includeInputs is set): one example per type.
const describe = (e: PromptEvent): string => {
  switch (e.type) {
    case 'fetch':
      return `${e.name}@${e.version} selector=${e.selector} cache=${e.cache} source=${e.source} store=${e.store}`;
    case 'render':
      return `${e.name}@${e.version} chars=${e.chars} inputKeys=[${e.inputKeys.join(',')}]`;
    case 'assignment':
      return `${e.name} variant=${e.variant}`;
    case 'outcome':
      return `${e.name}@${e.version} variant=${e.variant} ${JSON.stringify(e.metrics)}`;
    case 'usage':
      return `${e.name}@${e.version} model=${e.model} tokens=${e.inputTokens}/${e.outputTokens} costUsd=${e.costUsd}`;
    case 'error':
      return `${e.name} ${isPromptOpsError(e.error) ? e.error.code : e.error.name}`;
    default:
      return e.name;
  }
};
const byType = new Map<string, PromptEvent[]>();
for (const e of events) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
step(
  'telemetry',
  `${events.length} events: ${[...byType].map(([type, list]) => `${type} ×${list.length}`).join(', ')}`,
  section(
    `telemetry events (${events.length})`,
    [...byType]
      .map(([type, list]) => `${type.padEnd(10)} ×${String(list.length).padEnd(3)} e.g. ${describe(list[0]!)}`)
      .join('\n'),
  ),
);

console.log(
  verbose
    ? 'Next: docs/getting-started.md (and README.md for the rest of the docs).'
    : 'Each step in full: npm run demo -- --verbose · next: docs/getting-started.md',
);
