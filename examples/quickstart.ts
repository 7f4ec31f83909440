/**
 * promptops quick start: `npm run demo`.
 *
 * Loads the prompt library in examples/prompts with the file store, resolves a pinned range and a label,
 * renders a text and a chat prompt, shows a strict-input error, builds an OpenAI request with its cost, serves
 * the same folder over HTTP and reads it back through the HTTP store, survives a dead server from a snapshot,
 * publishes to a registry, promotes and rolls back a label, and prints the telemetry events.
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

const dir = fileURLToPath(new URL('./prompts', import.meta.url));
const bold = (s: string) => (process.stdout.isTTY ? `\u001b[1m${s}\u001b[22m` : s);
const events: PromptEvent[] = [];
const show = (title: string, body: string) =>
  console.log(`${bold(title)}\n  ${body.trim().replaceAll('\n', '\n  ')}\n`);

// 1. A client over a folder of prompt files, with a pinned range.
const prompts = createPromptClient({
  store: fileStore({ dir }),
  pins: { 'support/greeting': '^1.0.0' },
  hooks: { onEvent: (e) => void events.push(e) },
});

const greeting = await prompts.getPrompt('support/greeting'); // pin ^1.0.0 → 1.1.0
show(
  `support/greeting (pin ^1.0.0 → ${greeting.version}, labels: ${greeting.labels.join(', ')})`,
  greeting.render({ company: 'Acme', customer: 'Ada' }),
);

const staging = await prompts.getPrompt('support/greeting@staging'); // label → 2.0.0
show(
  `support/greeting@staging → ${staging.version}`,
  staging.render({ company: 'Acme', customer: 'Ada', product: 'the Roadrunner 3000', tone: 'formal' }),
);

// 2. Strict input: every problem at once, before anything reaches a model.
try {
  staging.render({ company: 'Acme', tone: 'angry' });
} catch (error) {
  if (!(error instanceof PromptInputError)) throw error;
  show('strict input (PromptInputError)', error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
}

// 3. A chat prompt: the conversation so far goes into the history placeholder.
const triage = await prompts.getPrompt('support/triage@production');
const messages = triage.renderMessages(
  { ticket: 'I was charged twice for my order', queues: ['billing', 'shipping'] },
  {
    history: [
      { role: 'user', content: 'Hi, are you there?' },
      { role: 'assistant', content: 'Yes, how can I help?' },
    ],
  },
);
show(
  `support/triage@production → ${triage.version} (chat)`,
  messages.map((m) => `${m.role}: ${String(m.content).split('\n')[0]}`).join('\n'),
);

// 3b. The model call: the OpenAI request the prompt makes (model, tools, structured output), and its cost.
const route = await prompts.getPrompt('support/route');
const request = toOpenAIChat(route, { ticket: 'Order A1 was charged twice' }, { placeholders: { history: [] } });
const tools = request.tools?.map((t) => (t.type === 'function' ? t.function.name : t.type)).join(', ');
const usage = await prompts.recordUsage(route, { model: request.model, inputTokens: 420, outputTokens: 35 });
show(
  `support/route → toOpenAIChat (send it with openai.chat.completions.create)`,
  `model=${request.model} temperature=${request.temperature} tools=[${tools}] response_format=${request.response_format?.type}
` + `usage: ${usage.inputTokens} in / ${usage.outputTokens} out → $${usage.costUsd?.toFixed(6)} (genai-prices)`,
);

// 4. An A/B experiment: each user sticks to a variant; outcomes are recorded for `promptops report`.
const ab = createPromptClient({
  store: fileStore({ dir }),
  experiments: {
    'support/greeting': { variants: { control: '1.0.0', candidate: '1.1.0' }, weights: { control: 50, candidate: 50 } },
  },
  hooks: { onEvent: (e) => void events.push(e) },
});
const picks: string[] = [];
for (const user of ['user-1', 'user-2', 'user-3']) {
  const p = await ab.getPrompt('support/greeting', { assignmentKey: user });
  p.render({ company: 'Acme', customer: 'Ada' });
  ab.recordOutcome(p, { resolved: 1 });
  picks.push(`${user} → ${p.variant} (${p.version})`);
}
show('experiment on support/greeting (sticky per assignmentKey)', picks.join('\n'));
await ab.close();

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
show(
  `billing/refund-reply over HTTP (${url}) → ${viaHttp.version}, then from the ${again.source}`,
  viaHttp.render({ customer: 'Ada', amount: 42.5, currency: 'EUR' }),
);
await remote.close(); // flushes the snapshot
await server.close();

// 6. Server gone, cold start: the snapshot serves the last known good version.
const coldStart = createPromptClient({ store: httpStore({ url, retry: false, timeoutMs: 500 }), snapshot });
const survived = await coldStart.getPrompt('billing/refund-reply@production');
show(
  `server down, cold start → served from the ${survived.source}`,
  `${survived.name}@${survived.version} ${survived.hash.slice(0, 19)}…`,
);
await coldStart.close();

// 7. Publish, promote, roll back on a registry whose token is named "support-ci" (the actor in the history).
const registry = createPromptServer({
  store: memoryStore(),
  writable: true,
  tokens: [{ name: 'support-ci', token: 'demo-secret', scopes: ['publish', 'promote'] }],
});
const target = httpStore({ url: (await registry.listen({ port: 0 })).url, token: 'demo-secret', writable: true });
const published = await publishFolder(fileStore({ dir }), target, { labels: true });
await promoteLabel(target, 'support/greeting', 'production', '2.0.0', { reason: 'new greeting' });
await rollbackLabel(target, 'support/greeting', 'production');
const { moves } = await readLabelHistory(target, 'support/greeting', 'production');
show(
  `registry: published ${published.published} versions, then promoted and rolled back`,
  moves.map((m) => `${m.from ?? '(new)'} → ${m.to} by ${m.actor}${m.reason ? ` (${m.reason})` : ''}`).join('\n'),
);
await registry.close();

// 8. What telemetry saw (no variable values unless telemetry.includeInputs is set): one example per type.
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
show(
  `telemetry events (${events.length})`,
  [...byType]
    .map(([type, list]) => `${type.padEnd(10)} ×${String(list.length).padEnd(3)} e.g. ${describe(list[0]!)}`)
    .join('\n'),
);
await prompts.close();

// 9. An eval: production vs staging of support/greeting over the same cases, against a local stand-in model.
await import('./evals/demo.js');
