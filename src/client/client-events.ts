/**
 * The client's events: the hooks of its options registered on one emitter, and one method per event
 * the client emits (`fetch`, `refresh`, `error`, `assignment`, `outcome`, `usage`). Each method builds its
 * event only when a listener wants it. `render` events are emitted by the prompts themselves.
 * @module
 */
import { ConfigError } from '../errors.js';
import { PromptEmitter } from '../telemetry/emitter.js';
import type { ErrorEvent, FetchEvent, OutcomeEvent, UsageEvent } from '../telemetry/events.js';
import { checkOutcomeMetrics } from './experiments.js';
import type { ClientHooks } from './options.js';
import { asError } from './prompt.js';
import type { PromptRequest, Served } from './request.js';

/** Name an `error` event carries for a failed snapshot write. */
export const SNAPSHOT_EVENT_NAME = '(snapshot)';

/** A prompt as `recordOutcome` takes it. */
export interface OutcomeSubject {
  readonly name: string;
  readonly version: string;
  readonly variant?: string;
}

/** The events of one client. */
export class ClientEvents {
  readonly emitter: PromptEmitter;
  readonly #store: string;
  readonly #elapsed: () => number;

  constructor(hooks: ClientHooks, store: string, elapsed: () => number) {
    this.emitter = new PromptEmitter(hooks.onListenerError === undefined ? {} : { onError: hooks.onListenerError });
    this.#store = store;
    this.#elapsed = elapsed;
    const e = this.emitter;
    if (hooks.onFetch) e.on('fetch', hooks.onFetch);
    if (hooks.onRender) e.on('render', hooks.onRender);
    if (hooks.onRefresh) e.on('refresh', hooks.onRefresh);
    if (hooks.onError) e.on('error', hooks.onError);
    if (hooks.onAssignment) e.on('assignment', hooks.onAssignment);
    if (hooks.onOutcome) e.on('outcome', hooks.onOutcome);
    if (hooks.onEvent) e.onEvent(hooks.onEvent);
  }

  /** A `getPrompt` call was served; `started` is the `elapsed()` time it began (0: not measured). */
  fetch(request: PromptRequest, served: Served, started: number): void {
    if (!this.emitter.wants('fetch')) return;
    const event: FetchEvent = {
      type: 'fetch',
      name: request.name,
      selector: request.selector,
      version: served.entry.record.version,
      hash: served.entry.hash,
      store: this.#store,
      cache: served.cache,
      source: served.source,
      durationMs: started === 0 ? 0 : this.#elapsed() - started,
    };
    if (request.variant !== undefined && served.source !== 'fallback') event.variant = request.variant;
    this.emitter.emit(event);
  }

  /** A background refresh of `request` finished. */
  refresh(request: PromptRequest, ok: boolean, fromVersion: string, toVersion?: string, error?: unknown): void {
    if (!this.emitter.wants('refresh')) return;
    this.emitter.emit({
      type: 'refresh',
      name: request.name,
      selector: request.selector,
      ok,
      fromVersion,
      ...(toVersion === undefined ? {} : { toVersion }),
      ...(error === undefined ? {} : { error: asError(error) }),
    });
  }

  /** An operation on `name` failed (a snapshot write when `name` is {@link SNAPSHOT_EVENT_NAME}). */
  error(name: string, selector: string | undefined, error: unknown, variant?: string): void {
    if (!this.emitter.wants('error')) return;
    const event: ErrorEvent = {
      type: 'error',
      name,
      ...(selector === undefined ? {} : { selector }),
      error: asError(error),
      stage: name === SNAPSHOT_EVENT_NAME ? 'snapshot' : 'fetch',
    };
    if (variant !== undefined) event.variant = variant;
    this.emitter.emit(event);
  }

  /** A pin or experiment on `name` is misconfigured (`error`: a `ConfigError`). */
  configError(name: string, error: Error): void {
    if (this.emitter.wants('error')) this.emitter.emit({ type: 'error', name, error, stage: 'config' });
  }

  /** An experiment assigned `assigned` (a variant's request). */
  assignment(experiment: string, assigned: PromptRequest): void {
    if (!this.emitter.wants('assignment')) return;
    this.emitter.emit({
      type: 'assignment',
      name: assigned.name,
      experiment,
      variant: assigned.variant as string,
      selector: assigned.selector,
    });
  }

  /** `recordUsage` built `event` (a model call's tokens, cost and latency). */
  usage(event: UsageEvent): void {
    if (this.emitter.wants('usage')) this.emitter.emit(event);
  }

  /**
   * `recordOutcome`: check the metrics and the prompt, then emit an `outcome` event.
   * @throws `ConfigError` when a metric is not a finite number, `metrics` is empty, or `prompt` is not a prompt.
   */
  outcome(prompt: OutcomeSubject, metrics: Record<string, number>): void {
    const checked = checkOutcomeMetrics(metrics);
    if (typeof prompt?.name !== 'string' || prompt.name === '' || typeof prompt.version !== 'string') {
      throw new ConfigError('must be a prompt from getPrompt()', { option: 'prompt' });
    }
    if (!this.emitter.wants('outcome')) return;
    const event: OutcomeEvent = { type: 'outcome', name: prompt.name, version: prompt.version, metrics: checked };
    if (prompt.variant !== undefined) event.variant = prompt.variant;
    this.emitter.emit(event);
  }
}
