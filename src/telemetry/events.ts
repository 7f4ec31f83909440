/**
 * Typed telemetry events. Every step of the SDK emits one; with no listener the cost is a branch.
 * Variable values appear in no event unless `telemetry.includeInputs` is set. See DESIGN.md section 8.
 * @module
 */

/** Where a fetched prompt came from. */
export type PromptSource = 'store' | 'cache' | 'stale' | 'snapshot' | 'fallback';

/** What the cache did for a fetch. */
export type CacheResult = 'hit' | 'miss' | 'stale' | 'inflight';

/** A `getPrompt` call finished (successfully). */
export interface FetchEvent {
  type: 'fetch';
  name: string;
  /** The selector used after pins and lockfile were applied, e.g. `'^1.2.0'`. */
  selector: string;
  version: string;
  hash: string;
  /** Name of the store asked (even when the answer came from the cache). */
  store: string;
  cache: CacheResult;
  /** Where the prompt came from: `'store'`, `'cache'`, `'stale'`, `'snapshot'` or `'fallback'`. */
  source: PromptSource;
  durationMs: number;
  /** The experiment variant, when an experiment chose the version (see the `experiments` option). */
  variant?: string;
}

/** A prompt was rendered. */
export interface RenderEvent {
  type: 'render';
  name: string;
  version: string;
  hash: string;
  /** The experiment variant, when an experiment chose the version. */
  variant?: string;
  durationMs: number;
  /** Length of the rendered text (all messages for chat prompts). */
  chars: number;
  /** Names of the variables passed (never their values). */
  inputKeys: string[];
  /** The variables, only when `telemetry.includeInputs` is true. */
  inputs?: Record<string, unknown>;
}

/** A background refresh of a floating selector finished. */
export interface RefreshEvent {
  type: 'refresh';
  name: string;
  selector: string;
  ok: boolean;
  fromVersion?: string;
  toVersion?: string;
  error?: Error;
}

/** An operation failed. */
export interface ErrorEvent {
  type: 'error';
  name: string;
  selector?: string;
  error: Error;
  /**
   * Where it failed: `'fetch'` (a `getPrompt` call), `'render'` (`render`/`renderMessages`),
   * `'snapshot'` (reading or writing the snapshot; `name` is then `'(snapshot)'`) or `'config'` (a pin or
   * experiment keyed on a name the store does not have, reported once per client; `name` is that name).
   */
  stage?: 'fetch' | 'render' | 'snapshot' | 'config';
  /** The experiment variant of the prompt concerned, when an experiment chose it. */
  variant?: string;
}

/**
 * An experiment assigned a variant: emitted by each `getPrompt(name, { assignmentKey })` on a name
 * with an experiment (not without an `assignmentKey`). The key itself is never in the event.
 */
export interface AssignmentEvent {
  type: 'assignment';
  /** The prompt name. */
  name: string;
  /** The experiment's name (the prompt name unless configured). */
  experiment: string;
  /** The variant assigned. */
  variant: string;
  /** The selector of that variant, e.g. `'2.0.0'`. */
  selector?: string;
}

/** An outcome was recorded for a prompt with `prompts.recordOutcome(prompt, metrics)`. */
export interface OutcomeEvent {
  type: 'outcome';
  name: string;
  version: string;
  /** The experiment variant of the prompt, when an experiment chose it. */
  variant?: string;
  /** Finite numbers by metric name, e.g. `{ score: 1, costUsd: 0.002 }`. */
  metrics: Record<string, number>;
}

/**
 * The tokens (and cost) of one model call made with a prompt, recorded with
 * `prompts.recordUsage(prompt, response)`.
 */
export interface UsageEvent {
  type: 'usage';
  name: string;
  version: string;
  hash: string;
  /** The experiment variant of the prompt, when an experiment chose it. */
  variant?: string;
  /** The model that answered (from the response), else the prompt's model name; `''` when neither says. */
  model: string;
  /**
   * The model the call asked for: `recordUsage`'s `requestModel` option, else the prompt's model config
   * (`model.name`); absent when neither says.
   */
  requestModel?: string;
  /** The model that answered, as the response names it; absent when the response does not say. */
  responseModel?: string;
  /** Every input token, cached ones included (as OpenAI's `prompt_tokens`). */
  inputTokens: number;
  /** Output tokens, reasoning included. */
  outputTokens: number;
  /** The part of `inputTokens` read from the provider's prompt cache. */
  cachedInputTokens?: number;
  /** The part of `outputTokens` spent on reasoning. */
  reasoningTokens?: number;
  /**
   * USD: from the prompt's `model.pricing`, else the client's `prices` source (on Node the price table of
   * `@pydantic/genai-prices` by default; elsewhere none unless passed); absent when neither prices the call.
   */
  costUsd?: number;
  /** How long the call took, when the caller says (`recordUsage(p, res, { latencyMs })`). */
  latencyMs?: number;
}

/** Every event promptops emits. */
export type PromptEvent =
  | FetchEvent
  | RenderEvent
  | RefreshEvent
  | ErrorEvent
  | AssignmentEvent
  | OutcomeEvent
  | UsageEvent;

/** The `type` of a {@link PromptEvent}. */
export type PromptEventType = PromptEvent['type'];

/** The event of one type: `EventOf<'render'>` is {@link RenderEvent}. */
export type EventOf<T extends PromptEventType> = Extract<PromptEvent, { type: T }>;

/** A listener of one event type. May be async; a throw or rejection never reaches the caller. */
export type PromptEventListener<T extends PromptEventType = PromptEventType> = (
  event: EventOf<T>,
) => void | Promise<void>;
