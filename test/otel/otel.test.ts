/**
 * promptops/otel against the real OpenTelemetry SDK: spans through BasicTracerProvider +
 * SimpleSpanProcessor + InMemorySpanExporter, metrics through MeterProvider +
 * PeriodicExportingMetricReader + InMemoryMetricExporter (collected on demand).
 */
import { context, SpanStatusCode, trace } from '@opentelemetry/api';
import {
  AggregationTemporality,
  type DataPoint,
  type Histogram,
  InMemoryMetricExporter,
  MeterProvider,
  type MetricData,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPromptClient } from '../../src/client/client.js';
import { genaiPrices } from '../../src/prices.js';
import { memoryStore } from '../../src/stores/memory.js';
import { attachOtel, OTEL_SCOPE, otelHooks } from '../../src/telemetry/otel.js';
import { FakeStore, networkError, text } from '../client/fakes.js';
import { AlsContextManager } from './als-context.js';

const records = [
  text('support/greeting', '1.2.0', 'Hello {{customer}}'),
  text('support/greeting', '2.0.0', 'Dear {{customer}}'),
];

const contextManager = new AlsContextManager();
beforeAll(() => {
  context.setGlobalContextManager(contextManager);
});
afterAll(() => {
  context.disable();
});

function setup() {
  const spans = new InMemorySpanExporter();
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
  const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  const reader = new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 3_600_000 });
  const meterProvider = new MeterProvider({ readers: [reader] });
  const collect = async (): Promise<MetricData[]> => {
    await reader.forceFlush();
    const all = metricExporter.getMetrics();
    const last = all[all.length - 1];
    return (last?.scopeMetrics ?? []).filter((s) => s.scope.name === OTEL_SCOPE).flatMap((s) => s.metrics);
  };
  const app = tracerProvider.getTracer('app');
  return {
    spans,
    tracerProvider,
    meterProvider,
    collect,
    app,
    shutdown: () => Promise.all([tracerProvider.shutdown(), meterProvider.shutdown()]),
  };
}

let env: ReturnType<typeof setup>;
afterEach(async () => {
  await env?.shutdown();
});

const points = (metrics: MetricData[], name: string): Array<DataPoint<number | Histogram>> =>
  (metrics.find((m) => m.descriptor.name === name)?.dataPoints ?? []) as Array<DataPoint<number | Histogram>>;

describe('otelHooks', () => {
  it('sets promptops.prompt.name, version and hash on the span active at render', async () => {
    env = setup();
    const client = createPromptClient({ store: memoryStore(records), hooks: otelHooks(env) });
    await env.app.startActiveSpan('llm.call', async (span) => {
      const p = await client.getPrompt('support/greeting@1.2.0');
      p.render({ customer: 'Ada' });
      span.end();
    });
    const llm = env.spans.getFinishedSpans().find((s) => s.name === 'llm.call');
    const p = await client.getPrompt('support/greeting@1.2.0');
    expect(llm?.attributes).toEqual({
      'promptops.prompt.name': 'support/greeting',
      'promptops.prompt.version': '1.2.0',
      'promptops.prompt.hash': p.hash,
      'langfuse.observation.prompt.name': 'support/greeting',
      'langfuse.observation.prompt.version': '1.2.0',
    });
    expect(llm?.events.map((e) => [e.name, e.attributes?.['promptops.prompt.version']])).toEqual([
      ['promptops.render', '1.2.0'],
    ]);
    // Variable values are in no attribute or event.
    expect(JSON.stringify(env.spans.getFinishedSpans().map((s) => [s.attributes, s.events]))).not.toContain('Ada');
  });

  it('recordUsage sets the GenAI semantic-convention attributes on the active span and records token usage', async () => {
    env = setup();
    const withModel = text('support/greeting', '1.2.0', 'Hello {{customer}}', { model: { name: 'gpt-4o-mini' } });
    const client = createPromptClient({ store: memoryStore([withModel]), hooks: otelHooks(env), prices: genaiPrices });
    await env.app.startActiveSpan('llm.call', async (span) => {
      const p = await client.getPrompt('support/greeting@1.2.0');
      p.render({ customer: 'Ada' });
      await client.recordUsage(p, { model: 'gpt-4o-mini-2024-07-18', inputTokens: 120, outputTokens: 30 });
      span.end();
    });
    const llm = env.spans.getFinishedSpans().find((s) => s.name === 'llm.call');
    expect(llm?.attributes).toMatchObject({
      // The model asked for (the prompt's model config) and the one that answered (the response's).
      'gen_ai.request.model': 'gpt-4o-mini',
      'gen_ai.response.model': 'gpt-4o-mini-2024-07-18',
      'gen_ai.usage.input_tokens': 120,
      'gen_ai.usage.output_tokens': 30,
      'langfuse.observation.prompt.name': 'support/greeting',
      'langfuse.observation.prompt.version': '1.2.0',
    });
    expect(llm?.attributes['promptops.usage.cost_usd']).toBeGreaterThan(0);
  });

  it('gen_ai.request.model is the model asked for, gen_ai.response.model the one that answered, each only when known', async () => {
    env = setup();
    const configured = text('support/greeting', '1.2.0', 'Hello {{customer}}', { model: { name: 'gpt-4o' } });
    const client = createPromptClient({ store: memoryStore([configured, ...records.slice(1)]), hooks: otelHooks(env) });
    const spanOf = async (name: string, call: (c: typeof client) => Promise<unknown>) => {
      await env.app.startActiveSpan(name, async (span) => {
        await call(client);
        span.end();
      });
      return env.spans.getFinishedSpans().find((s) => s.name === name)?.attributes ?? {};
    };
    const usage = { inputTokens: 1, outputTokens: 1 };
    // The response names no model: only the request's (the prompt's model config) is known.
    const noResponseModel = await spanOf('a', async (c) =>
      c.recordUsage(await c.getPrompt('support/greeting@1.2.0'), usage),
    );
    expect(noResponseModel['gen_ai.request.model']).toBe('gpt-4o');
    expect(noResponseModel).not.toHaveProperty('gen_ai.response.model');
    // A per-call override is the model asked for.
    const overridden = await spanOf('b', async (c) =>
      c.recordUsage(
        await c.getPrompt('support/greeting@1.2.0'),
        { ...usage, model: 'gpt-4.1-2025-04-14' },
        {
          requestModel: 'gpt-4.1',
        },
      ),
    );
    expect(overridden).toMatchObject({
      'gen_ai.request.model': 'gpt-4.1',
      'gen_ai.response.model': 'gpt-4.1-2025-04-14',
    });
    // A prompt without a model config: only the response's model.
    const noConfig = await spanOf('c', async (c) =>
      c.recordUsage(await c.getPrompt('support/greeting@2.0.0'), { ...usage, model: 'claude-sonnet-4-5' }),
    );
    expect(noConfig['gen_ai.response.model']).toBe('claude-sonnet-4-5');
    expect(noConfig).not.toHaveProperty('gen_ai.request.model');
    // The token usage histogram carries the same two attributes.
    const metrics = await env.collect();
    const models = points(metrics, 'gen_ai.client.token.usage')
      .filter((d) => d.attributes['gen_ai.token.type'] === 'input')
      .map((d) => [d.attributes['gen_ai.request.model'], d.attributes['gen_ai.response.model']]);
    expect(models).toEqual([
      ['gpt-4o', undefined],
      ['gpt-4.1', 'gpt-4.1-2025-04-14'],
      [undefined, 'claude-sonnet-4-5'],
    ]);
  });

  it('adds promptops.prompt.variant in an experiment, on the active span, the fetch span and the render counter', async () => {
    env = setup();
    const client = createPromptClient({
      store: memoryStore(records),
      experiments: {
        'support/greeting': {
          variants: { control: '1.2.0', candidate: '2.0.0' },
          weights: { control: 0, candidate: 1 },
        },
      },
      hooks: otelHooks(env),
    });
    await env.app.startActiveSpan('llm.call', async (span) => {
      const p = await client.getPrompt('support/greeting', { assignmentKey: 'user-7' });
      p.render({ customer: 'Ada' });
      span.end();
    });
    const finished = env.spans.getFinishedSpans();
    expect(finished.find((s) => s.name === 'llm.call')?.attributes).toMatchObject({
      'promptops.prompt.version': '2.0.0',
      'promptops.prompt.variant': 'candidate',
    });
    expect(finished.find((s) => s.name === 'promptops.fetch support/greeting')?.attributes).toMatchObject({
      'promptops.prompt.variant': 'candidate',
      'promptops.prompt.selector': '2.0.0',
    });
    const metrics = await env.collect();
    expect(points(metrics, 'promptops.renders').map((d) => d.attributes)).toEqual([
      {
        'promptops.prompt.name': 'support/greeting',
        'promptops.prompt.version': '2.0.0',
        'promptops.prompt.variant': 'candidate',
      },
    ]);
    expect(points(metrics, 'promptops.assignments').map((d) => [d.attributes, d.value])).toEqual([
      [
        {
          'promptops.prompt.name': 'support/greeting',
          'promptops.experiment': 'support/greeting',
          'promptops.prompt.variant': 'candidate',
        },
        1,
      ],
    ]);
  });

  it('makes a promptops.fetch span per store fetch, child of the active span, timed, with cache and source', async () => {
    env = setup();
    const store = new FakeStore(records);
    const client = createPromptClient({ store, hooks: otelHooks(env) });
    await env.app.startActiveSpan('request', async (span) => {
      await client.getPrompt('support/greeting'); // miss
      await client.getPrompt('support/greeting'); // fresh hit: no span by default
      span.end();
    });
    const finished = env.spans.getFinishedSpans();
    const fetches = finished.filter((s) => s.name === 'promptops.fetch support/greeting');
    const request = finished.find((s) => s.name === 'request');
    expect(fetches).toHaveLength(1);
    const fetch = fetches[0];
    expect(fetch?.parentSpanContext?.spanId).toBe(request?.spanContext().spanId);
    expect(fetch?.spanContext().traceId).toBe(request?.spanContext().traceId);
    expect(fetch?.attributes).toEqual({
      'promptops.prompt.name': 'support/greeting',
      'promptops.prompt.version': '2.0.0',
      'promptops.prompt.hash': expect.stringMatching(/^sha256-/),
      'promptops.prompt.selector': 'latest',
      'promptops.cache.result': 'miss',
      'promptops.prompt.source': 'store',
      'promptops.store': 'fake',
    });
    expect(fetch?.status.code).toBe(SpanStatusCode.UNSET);
    expect(fetch?.instrumentationScope.name).toBe(OTEL_SCOPE);
  });

  it("with fetchSpans: 'all' also spans cache hits; with 'none' none", async () => {
    env = setup();
    const all = createPromptClient({ store: memoryStore(records), hooks: otelHooks({ ...env, fetchSpans: 'all' }) });
    await all.getPrompt('support/greeting');
    await all.getPrompt('support/greeting');
    expect(
      env.spans
        .getFinishedSpans()
        .map((s) => s.attributes['promptops.cache.result'])
        .sort(),
    ).toEqual(['hit', 'miss']);
    env.spans.reset();
    const none = createPromptClient({ store: memoryStore(records), hooks: otelHooks({ ...env, fetchSpans: 'none' }) });
    await none.getPrompt('support/greeting');
    expect(env.spans.getFinishedSpans()).toEqual([]);
  });

  it('records a failed fetch as an error span with the exception', async () => {
    env = setup();
    const store = new FakeStore(records);
    store.failure = networkError();
    const client = createPromptClient({ store, hooks: otelHooks(env) });
    await expect(client.getPrompt('support/greeting')).rejects.toThrow(/ECONNREFUSED/);
    const [span] = env.spans.getFinishedSpans();
    expect(span?.name).toBe('promptops.fetch support/greeting');
    expect(span?.status.code).toBe(SpanStatusCode.ERROR);
    expect(span?.status.message).toMatch(/Could not load prompt "support\/greeting@latest"/);
    expect(span?.attributes).toMatchObject({ 'promptops.prompt.name': 'support/greeting', 'error.type': 'StoreError' });
    expect(span?.events[0]?.name).toBe('exception');
    expect(span?.events[0]?.attributes?.['exception.message']).toMatch(/ECONNREFUSED/);
  });

  it('records metrics: fetch duration histogram, cache result counter, render counter, error counter', async () => {
    env = setup();
    const store = new FakeStore(records);
    const client = createPromptClient({ store, hooks: otelHooks(env) });
    const p = await client.getPrompt('support/greeting');
    await client.getPrompt('support/greeting');
    await client.getPrompt('support/greeting');
    p.render({ customer: 'Ada' });
    p.render({ customer: 'Bob' });
    expect(() => p.render({})).toThrow();
    const metrics = await env.collect();

    const durations = points(metrics, 'promptops.fetch.duration');
    const duration = metrics.find((m) => m.descriptor.name === 'promptops.fetch.duration');
    expect(duration?.descriptor.unit).toBe('s');
    const byCache = Object.fromEntries(
      durations.map((d) => [String(d.attributes['promptops.cache.result']), (d.value as Histogram).count]),
    );
    expect(byCache).toEqual({ miss: 1, hit: 2 });
    expect(durations[0]?.attributes).toMatchObject({
      'promptops.prompt.name': 'support/greeting',
      'promptops.prompt.source': expect.any(String),
      'promptops.store': 'fake',
    });

    const cache = points(metrics, 'promptops.cache.results').map((d) => [
      d.attributes['promptops.cache.result'],
      d.value,
    ]);
    expect(cache.sort()).toEqual([
      ['hit', 2],
      ['miss', 1],
    ]);
    expect(points(metrics, 'promptops.renders').map((d) => [d.attributes, d.value])).toEqual([
      [{ 'promptops.prompt.name': 'support/greeting', 'promptops.prompt.version': '2.0.0' }, 2],
    ]);
    expect(points(metrics, 'promptops.errors').map((d) => [d.attributes, d.value])).toEqual([
      [
        { 'promptops.prompt.name': 'support/greeting', 'promptops.stage': 'render', 'error.type': 'PromptInputError' },
        1,
      ],
    ]);
  });

  it('uses the global providers when none is given', async () => {
    env = setup();
    trace.setGlobalTracerProvider(env.tracerProvider);
    try {
      const client = createPromptClient({ store: memoryStore(records), hooks: otelHooks() });
      await client.getPrompt('support/greeting');
      expect(env.spans.getFinishedSpans().map((s) => s.name)).toEqual(['promptops.fetch support/greeting']);
    } finally {
      trace.disable();
    }
  });

  it('attachOtel(client) does the same through client.on, and detaches', async () => {
    env = setup();
    const client = createPromptClient({ store: memoryStore(records) });
    const detach = attachOtel(client, env);
    await client.getPrompt('support/greeting@1.2.0');
    detach();
    await client.getPrompt('support/greeting@2.0.0');
    expect(env.spans.getFinishedSpans().map((s) => s.attributes['promptops.prompt.version'])).toEqual(['1.2.0']);
  });

  it('never throws into the caller when the provider fails', async () => {
    const broken = {
      getTracer: () => {
        throw new Error('broken provider');
      },
    };
    const client = createPromptClient({
      store: memoryStore(records),
      hooks: otelHooks({ tracerProvider: broken, metrics: false }),
    });
    await expect(client.getPrompt('support/greeting')).resolves.toMatchObject({ version: '2.0.0' });
  });
});
