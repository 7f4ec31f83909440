/**
 * The models of an eval: `'openai:gpt-4o-mini'`, `{ provider: anthropic, name: claude-haiku-4-5, maxTokens: 400 }`,
 * `{ provider: custom, module: ./my-model.mjs }`, or a version's own model from its record.
 * @module
 */

import type { EvalModelEntry, EvalModelSpec, EvalProviderName } from './types.js';

/** A model an eval calls, resolved. */
export interface ModelTarget {
  /** `'provider:name'`, as results name it. */
  readonly id: string;
  readonly provider: EvalProviderName;
  /** The provider's model id (for `custom`: the name given, else the module path). */
  readonly name: string;
  /** The entry as written (a string spec becomes `{ provider, name }`). */
  readonly entry: EvalModelEntry;
  /** `true` when the model came from the eval (its settings override the record's); `false` for a record's own model. */
  readonly explicit: boolean;
}

const PROVIDERS: readonly EvalProviderName[] = ['openai', 'anthropic', 'custom'];
const ENTRY_KEYS = [
  'provider',
  'name',
  'baseUrl',
  'apiKeyEnv',
  'pricing',
  'module',
  'temperature',
  'maxTokens',
  'topP',
  'stop',
  'seed',
  'params',
];

/** Parse a model of an eval. Returns a message (what is wrong and how to fix it) instead when it is invalid. */
export function parseModelSpec(spec: EvalModelSpec | unknown): ModelTarget | string {
  if (typeof spec === 'string') {
    const colon = spec.indexOf(':');
    if (colon <= 0 || colon === spec.length - 1) {
      return `model "${spec}" needs its provider: write "openai:${spec}" or "anthropic:${spec}" (providers: ${PROVIDERS.join(', ')})`;
    }
    const provider = spec.slice(0, colon);
    const name = spec.slice(colon + 1);
    if (!isProvider(provider)) return unknownProvider(provider);
    const entry: EvalModelEntry = provider === 'custom' ? { provider, module: name, name } : { provider, name };
    return { id: `${provider}:${name}`, provider, name, entry, explicit: true };
  }
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
    return 'a model is "provider:name" or { provider, name, ... }';
  }
  const entry = spec as Record<string, unknown>;
  for (const key of Object.keys(entry)) {
    if (!ENTRY_KEYS.includes(key)) return `model field "${key}" is unknown; a model takes ${ENTRY_KEYS.join(', ')}`;
  }
  const provider = entry.provider;
  if (typeof provider !== 'string' || !isProvider(provider)) return unknownProvider(String(provider));
  if (provider === 'custom') {
    if (typeof entry.module !== 'string' || entry.module === '') {
      return 'a custom model needs "module": the path of a module whose default export answers a request';
    }
  } else if (typeof entry.name !== 'string' || entry.name === '') {
    return `a ${provider} model needs "name", the provider's model id`;
  }
  if (entry.apiKeyEnv !== undefined && (typeof entry.apiKeyEnv !== 'string' || entry.apiKeyEnv === '')) {
    return '"apiKeyEnv" must name an environment variable';
  }
  if (entry.baseUrl !== undefined && !isUrl(entry.baseUrl))
    return `"baseUrl" must be an http(s) URL; got ${JSON.stringify(entry.baseUrl)}`;
  const pricing = entry.pricing as Record<string, unknown> | undefined;
  if (
    pricing !== undefined &&
    !(typeof pricing?.inputPerMTok === 'number' && typeof pricing.outputPerMTok === 'number')
  ) {
    return '"pricing" must be { inputPerMTok, outputPerMTok, cachedInputPerMTok? } in USD per million tokens';
  }
  const name = (entry.name as string | undefined) ?? (entry.module as string);
  return { id: `${provider}:${name}`, provider, name, entry: entry as unknown as EvalModelEntry, explicit: true };
}

/**
 * A version's own model, from its record's `model` (a string, or `{ name, provider? }`). Without a provider,
 * a name starting with `claude` is Anthropic's and any other an OpenAI-compatible server's.
 */
export function modelFromRecord(model: unknown): ModelTarget | undefined {
  const name = typeof model === 'string' ? model : (model as { name?: unknown } | null | undefined)?.name;
  if (typeof name !== 'string' || name === '') return undefined;
  const given = typeof model === 'object' && model !== null ? (model as { provider?: unknown }).provider : undefined;
  const provider: EvalProviderName =
    typeof given === 'string' && isProvider(given) ? given : name.startsWith('claude') ? 'anthropic' : 'openai';
  return { id: `${provider}:${name}`, provider, name, entry: { provider, name }, explicit: false };
}

function isProvider(value: string): value is EvalProviderName {
  return (PROVIDERS as readonly string[]).includes(value);
}

function unknownProvider(provider: string): string {
  return `unknown provider "${provider}": use one of ${PROVIDERS.join(', ')} (any OpenAI-compatible server is "openai" with a baseUrl)`;
}

function isUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The model config a request adapter applies over the record's: the eval's model id and settings (and its
 * provider, so that a record written for another provider can run here). Empty for a record's own model.
 */
export function overridesOf(target: ModelTarget): Record<string, unknown> {
  if (!target.explicit) return {};
  const e = target.entry;
  const out: Record<string, unknown> = {
    name: target.name,
    provider: target.provider === 'custom' ? 'openai' : target.provider,
  };
  for (const key of ['temperature', 'maxTokens', 'topP', 'stop', 'seed', 'params'] as const) {
    if (e[key] !== undefined) out[key] = e[key];
  }
  return out;
}
