/**
 * `promptops/otel`: OpenTelemetry spans, metrics and active-span attributes for a prompt client.
 * Needs `@opentelemetry/api` (an optional peer dependency of promptops) and any OpenTelemetry SDK.
 *
 * @example
 * ```ts
 * import { createPromptClient } from 'promptops';
 * import { otelHooks } from 'promptops/otel';
 *
 * const prompts = createPromptClient({ store, hooks: otelHooks() });
 * ```
 * @module
 */
export type { EventSource, OtelHooks, OtelOptions } from './telemetry/otel.js';
export {
  attachOtel,
  GenAiAttributes,
  LangfuseAttributes,
  OTEL_SCOPE,
  OtelAttributes,
  OtelMetrics,
  otelHooks,
} from './telemetry/otel.js';
