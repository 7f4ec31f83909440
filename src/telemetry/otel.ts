/**
 * OpenTelemetry for promptops: turns {@link PromptEvent}s into spans and metrics, and tags the
 * active span with the prompt that was rendered, so that the LLM call made inside that span is
 * linked to the prompt name, version, hash and experiment variant. Uses `@opentelemetry/api` only
 * (an optional peer dependency); any SDK (Node, web, Cloudflare) does the exporting.
 * See `docs/telemetry.md`.
 * @module
 */
import {
  type Attributes,
  type Counter,
  type Histogram,
  type Meter,
  type MeterProvider,
  metrics,
  SpanKind,
  SpanStatusCode,
  type Tracer,
  type TracerProvider,
  trace,
} from '@opentelemetry/api';
import type {
  ErrorEvent,
  FetchEvent,
  PromptEvent,
  PromptEventListener,
  PromptEventType,
  UsageEvent,
} from './events.js';

/** Instrumentation scope name of every tracer and meter promptops gets. */
export const OTEL_SCOPE = 'promptops';

/** Attribute names promptops sets, on spans and metric points. */
export const OtelAttributes = {
  /** The prompt name, e.g. `'support/greeting'`. */
  name: 'promptops.prompt.name',
  /** The exact version, e.g. `'1.2.3'`. */
  version: 'promptops.prompt.version',
  /** `'sha256-<hex>'` of the content. */
  hash: 'promptops.prompt.hash',
  /** The experiment variant, when an experiment chose the version. */
  variant: 'promptops.prompt.variant',
  /** The selector resolved, e.g. `'^1.2.0'`. */
  selector: 'promptops.prompt.selector',
  /** What served the prompt: `'store'`, `'cache'`, `'stale'`, `'snapshot'` or `'fallback'`. */
  source: 'promptops.prompt.source',
  /** What the cache did: `'hit'`, `'miss'`, `'stale'` or `'inflight'`. */
  cache: 'promptops.cache.result',
  /** The store's name, e.g. `'http'`. */
  store: 'promptops.store',
  /** The experiment's name. */
  experiment: 'promptops.experiment',
  /** Where an error happened: `'fetch'`, `'render'`, `'snapshot'` or `'config'`. */
  stage: 'promptops.stage',
  /** Whether a background refresh succeeded. */
  ok: 'promptops.refresh.ok',
  /** The error class, e.g. `'StoreError'` (OpenTelemetry semantic convention). */
  errorType: 'error.type',
  /** The cost of a model call in USD, from `recordUsage`. */
  costUsd: 'promptops.usage.cost_usd',
} as const;

/**
 * OpenTelemetry GenAI semantic-convention attributes set at `recordUsage` (semconv 1.37+ names; the
 * conventions define no prompt name or version attribute, so the prompt is in `promptops.prompt.*`
 * and Langfuse's attributes).
 */
export const GenAiAttributes = {
  /** The model asked for: the prompt's model config, or `recordUsage`'s `requestModel` option. */
  requestModel: 'gen_ai.request.model',
  /** The model that answered, as the response names it. */
  responseModel: 'gen_ai.response.model',
  /** Input tokens, cached ones included. */
  inputTokens: 'gen_ai.usage.input_tokens',
  /** Output tokens. */
  outputTokens: 'gen_ai.usage.output_tokens',
  /** `'input'` or `'output'` on the token usage histogram. */
  tokenType: 'gen_ai.token.type',
} as const;

/** Langfuse's attributes that link an observation (span) to a prompt version. */
export const LangfuseAttributes = {
  /** The prompt name. */
  promptName: 'langfuse.observation.prompt.name',
  /** The version as Langfuse numbers it: `N` for a prompt served by `langfuseStore` as `N.0.0`, else the semver. */
  promptVersion: 'langfuse.observation.prompt.version',
} as const;

/** Metric instrument names. */
export const OtelMetrics = {
  /** Histogram of `getPrompt` durations in seconds, by name, cache result, source and store. */
  fetchDuration: 'promptops.fetch.duration',
  /** Counter of `getPrompt` calls by name and cache result (`hit`/`miss`/`stale`/`inflight`). */
  cacheResults: 'promptops.cache.results',
  /** Counter of renders by name, version and variant. */
  renders: 'promptops.renders',
  /** Counter of errors by name, stage and error type. */
  errors: 'promptops.errors',
  /** Counter of background refreshes by name and outcome. */
  refreshes: 'promptops.refreshes',
  /** Counter of experiment assignments by name, experiment and variant. */
  assignments: 'promptops.assignments',
  /** Histogram of tokens per model call (semantic convention), by token type, model and prompt. */
  tokenUsage: 'gen_ai.client.token.usage',
  /** Counter of USD spent, by prompt name, version and model. */
  cost: 'promptops.usage.cost',
} as const;

/** Options of {@link otelHooks} and {@link attachOtel}. */
export interface OtelOptions {
  /**
   * Where spans go.
   * @default the global tracer provider (`trace.getTracerProvider()`), looked up at each span, so
   *   an SDK started after `otelHooks()` is still used
   */
  tracerProvider?: TracerProvider;
  /**
   * Where metrics go.
   * @default the global meter provider, looked up at the first event
   */
  meterProvider?: MeterProvider;
  /**
   * Which `getPrompt` calls get a `promptops.fetch <name>` span: `'misses'` skips fresh cache hits
   * (they take no time and would add a span to every request), `'all'` includes them, `'none'`
   * makes no fetch spans (metrics and active-span attributes stay on).
   * @default 'misses'
   */
  fetchSpans?: 'misses' | 'all' | 'none';
  /**
   * At each render, set `promptops.prompt.name|version|hash|variant` on the active span and add a
   * `promptops.render` span event (a span that renders several prompts keeps the last one in its
   * attributes and every one in its events).
   * @default true
   */
  activeSpan?: boolean;
  /**
   * Record metrics (fetch duration histogram; cache result, render, error, refresh and assignment counters).
   * @default true
   */
  metrics?: boolean;
}

/** Hooks for `createPromptClient({ hooks })`, returned by {@link otelHooks}. */
export interface OtelHooks {
  /** Receives every event and turns it into spans, span attributes and metrics. Never throws. */
  onEvent(event: PromptEvent): void;
}

/** What {@link attachOtel} needs of a client: its `on` method. */
export interface EventSource {
  on<T extends PromptEventType>(type: T, listener: PromptEventListener<T>): () => void;
}

const EVENT_TYPES: readonly PromptEventType[] = [
  'fetch',
  'render',
  'refresh',
  'error',
  'assignment',
  'outcome',
  'usage',
];

/** Token counts are small integers: buckets of the semantic convention's advice. */
const TOKEN_BUCKETS = [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864];

/** A Langfuse version number for a semver `N.0.0` of a prompt served by the Langfuse store. */
function langfuseVersion(version: string, store: string | undefined): string | number {
  const match = /^(\d+)\.0\.0$/.exec(version);
  return store === 'langfuse' && match !== null ? Number(match[1]) : version;
}

/** Bucket boundaries of the fetch duration histogram, in seconds (0.1 ms … 10 s). */
const DURATION_BUCKETS = [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Instruments {
  fetchDuration: Histogram;
  cacheResults: Counter;
  renders: Counter;
  errors: Counter;
  refreshes: Counter;
  assignments: Counter;
  tokenUsage: Histogram;
  cost: Counter;
}

/**
 * OpenTelemetry hooks for a prompt client.
 *
 * - **Active span**: at every render, `promptops.prompt.name`, `.version`, `.hash` and (in an
 *   experiment) `.variant` are set on the span active at the `render()` call, with a
 *   `promptops.render` span event. Render inside the span of your LLM call to link the two.
 * - **Spans**: one `promptops.fetch <name>` span per `getPrompt` that was not a fresh cache hit
 *   (see {@link OtelOptions.fetchSpans}), timed to the call, child of the span active at the call,
 *   with the prompt, cache, source and store attributes. A failed `getPrompt` gets an error span
 *   with the exception recorded.
 * - **Metrics**: see {@link OtelMetrics}.
 *
 * @example
 * ```ts
 * import { createPromptClient } from 'promptops';
 * import { otelHooks } from 'promptops/otel';
 *
 * const prompts = createPromptClient({ store, hooks: otelHooks() });
 * ```
 */
export function otelHooks(options: OtelOptions = {}): OtelHooks {
  const fetchSpans = options.fetchSpans ?? 'misses';
  const activeSpan = options.activeSpan !== false;
  const withMetrics = options.metrics !== false;
  const tracer = (): Tracer => (options.tracerProvider ?? trace.getTracerProvider()).getTracer(OTEL_SCOPE);
  let instruments: Instruments | undefined;
  const meter = (): Instruments => {
    if (instruments === undefined)
      instruments = createInstruments((options.meterProvider ?? metrics).getMeter(OTEL_SCOPE));
    return instruments;
  };

  // The store each prompt version came from, so that a Langfuse prompt is tagged with Langfuse's version number.
  const stores = new Map<string, string>();
  const promptAttributes = (e: { name: string; version: string; hash: string; variant?: string }): Attributes => {
    const attributes: Attributes = {
      [OtelAttributes.name]: e.name,
      [OtelAttributes.version]: e.version,
      [OtelAttributes.hash]: e.hash,
      [LangfuseAttributes.promptName]: e.name,
      [LangfuseAttributes.promptVersion]: langfuseVersion(e.version, stores.get(`${e.name}@${e.version}`)),
    };
    if (e.variant !== undefined) attributes[OtelAttributes.variant] = e.variant;
    return attributes;
  };

  const onUsage = (e: UsageEvent): void => {
    if (activeSpan) {
      const span = trace.getActiveSpan();
      if (span?.isRecording()) {
        const attributes = { ...promptAttributes(e), ...modelAttributes(e) };
        attributes[GenAiAttributes.inputTokens] = e.inputTokens;
        attributes[GenAiAttributes.outputTokens] = e.outputTokens;
        if (e.costUsd !== undefined) attributes[OtelAttributes.costUsd] = e.costUsd;
        span.setAttributes(attributes);
      }
    }
    if (withMetrics) {
      const m = meter();
      const base: Attributes = {
        [OtelAttributes.name]: e.name,
        [OtelAttributes.version]: e.version,
        ...modelAttributes(e),
      };
      if (e.variant !== undefined) base[OtelAttributes.variant] = e.variant;
      m.tokenUsage.record(e.inputTokens, { ...base, [GenAiAttributes.tokenType]: 'input' });
      m.tokenUsage.record(e.outputTokens, { ...base, [GenAiAttributes.tokenType]: 'output' });
      if (e.costUsd !== undefined) m.cost.add(e.costUsd, base);
    }
  };

  const onFetch = (e: FetchEvent): void => {
    stores.set(`${e.name}@${e.version}`, e.store);
    if (withMetrics) {
      const m = meter();
      m.fetchDuration.record(e.durationMs / 1000, {
        [OtelAttributes.name]: e.name,
        [OtelAttributes.cache]: e.cache,
        [OtelAttributes.source]: e.source,
        [OtelAttributes.store]: e.store,
      });
      m.cacheResults.add(1, { [OtelAttributes.name]: e.name, [OtelAttributes.cache]: e.cache });
    }
    if (fetchSpans === 'none' || (fetchSpans === 'misses' && e.cache === 'hit')) return;
    const end = Date.now();
    const attributes: Attributes = {
      [OtelAttributes.name]: e.name,
      [OtelAttributes.version]: e.version,
      [OtelAttributes.hash]: e.hash,
      [OtelAttributes.selector]: e.selector,
      [OtelAttributes.cache]: e.cache,
      [OtelAttributes.source]: e.source,
      [OtelAttributes.store]: e.store,
    };
    if (e.variant !== undefined) attributes[OtelAttributes.variant] = e.variant;
    const span = tracer().startSpan(`promptops.fetch ${e.name}`, {
      kind: SpanKind.INTERNAL,
      startTime: end - e.durationMs,
      attributes,
    });
    span.end(end);
  };

  const onError = (e: ErrorEvent): void => {
    const stage = e.stage ?? 'fetch';
    if (withMetrics) {
      meter().errors.add(1, {
        [OtelAttributes.name]: e.name,
        [OtelAttributes.stage]: stage,
        [OtelAttributes.errorType]: e.error.name,
      });
    }
    if (stage !== 'fetch' || fetchSpans === 'none') return;
    const attributes: Attributes = { [OtelAttributes.name]: e.name, [OtelAttributes.errorType]: e.error.name };
    if (e.selector !== undefined) attributes[OtelAttributes.selector] = e.selector;
    if (e.variant !== undefined) attributes[OtelAttributes.variant] = e.variant;
    const span = tracer().startSpan(`promptops.fetch ${e.name}`, { kind: SpanKind.INTERNAL, attributes });
    span.recordException(e.error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: e.error.message });
    span.end();
  };

  return {
    onEvent(event: PromptEvent): void {
      try {
        switch (event.type) {
          case 'fetch':
            onFetch(event);
            return;
          case 'render': {
            if (activeSpan) {
              const span = trace.getActiveSpan();
              if (span?.isRecording()) {
                const attributes = promptAttributes(event);
                span.setAttributes(attributes);
                span.addEvent('promptops.render', attributes);
              }
            }
            if (withMetrics) {
              const attributes: Attributes = {
                [OtelAttributes.name]: event.name,
                [OtelAttributes.version]: event.version,
              };
              if (event.variant !== undefined) attributes[OtelAttributes.variant] = event.variant;
              meter().renders.add(1, attributes);
            }
            return;
          }
          case 'error':
            onError(event);
            return;
          case 'usage':
            onUsage(event);
            return;
          case 'refresh':
            if (withMetrics)
              meter().refreshes.add(1, { [OtelAttributes.name]: event.name, [OtelAttributes.ok]: event.ok });
            return;
          case 'assignment':
            if (withMetrics) {
              meter().assignments.add(1, {
                [OtelAttributes.name]: event.name,
                [OtelAttributes.experiment]: event.experiment,
                [OtelAttributes.variant]: event.variant,
              });
            }
            return;
          default:
            return;
        }
      } catch {
        // A broken exporter or provider must not break the application's prompt calls.
      }
    },
  };
}

/**
 * Attach OpenTelemetry to an existing client (`client.on(...)` for every event type), for when the
 * client's `hooks` option is already taken. Same behaviour as {@link otelHooks}.
 * @returns a function that detaches it.
 * @example
 * ```ts
 * const detach = attachOtel(prompts, { fetchSpans: 'all' });
 * ```
 */
export function attachOtel(client: EventSource, options: OtelOptions = {}): () => void {
  const { onEvent } = otelHooks(options);
  const offs = EVENT_TYPES.map((type) => client.on(type, onEvent));
  return () => {
    for (const off of offs) off();
  };
}

function createInstruments(meter: Meter): Instruments {
  return {
    fetchDuration: meter.createHistogram(OtelMetrics.fetchDuration, {
      description: 'Duration of getPrompt calls, cache hits included',
      unit: 's',
      advice: { explicitBucketBoundaries: DURATION_BUCKETS },
    }),
    cacheResults: meter.createCounter(OtelMetrics.cacheResults, {
      description: 'getPrompt calls by cache result (hit, miss, stale, inflight)',
      unit: '{call}',
    }),
    renders: meter.createCounter(OtelMetrics.renders, { description: 'Prompt renders', unit: '{render}' }),
    errors: meter.createCounter(OtelMetrics.errors, { description: 'promptops errors', unit: '{error}' }),
    refreshes: meter.createCounter(OtelMetrics.refreshes, {
      description: 'Background refreshes of floating selectors',
      unit: '{refresh}',
    }),
    assignments: meter.createCounter(OtelMetrics.assignments, {
      description: 'Experiment variant assignments',
      unit: '{assignment}',
    }),
    tokenUsage: meter.createHistogram(OtelMetrics.tokenUsage, {
      description: 'Tokens used per model call, recorded with recordUsage',
      unit: '{token}',
      advice: { explicitBucketBoundaries: TOKEN_BUCKETS },
    }),
    cost: meter.createCounter(OtelMetrics.cost, { description: 'USD spent on model calls', unit: 'USD' }),
  };
}

/**
 * The GenAI model attributes of a usage event: `gen_ai.request.model` is the model asked for (the prompt's
 * model config or the call's override), `gen_ai.response.model` the one the response names; each only when
 * known, never one standing in for the other.
 */
function modelAttributes(e: UsageEvent): Attributes {
  const attributes: Attributes = {};
  if (e.requestModel !== undefined) attributes[GenAiAttributes.requestModel] = e.requestModel;
  if (e.responseModel !== undefined) attributes[GenAiAttributes.responseModel] = e.responseModel;
  return attributes;
}
