/**
 * Every assertion of an eval, by the key it is written with, compiled from its written form
 * (`{ contains: "{{customer}}" }`, `{ judge: "...", threshold: 0.7 }`, `{ regex: "^hi", flags: "i" }`).
 * @module
 */

import { resolve } from 'node:path';
import { editDistance } from '../../engine/schema/suggest.js';
import type { AssertionSpec } from '../types.js';
import { jsAssertion } from './js.js';
import { jsonSchemaAssertion, schemaCheck } from './json-schema.js';
import { judgeAssertion } from './judge.js';
import { maxCostAssertion, maxLatencyAssertion } from './limits.js';
import { containsAssertion, equalsAssertion, regexAssertion } from './text.js';
import type { CompileContext, CompiledAssertion } from './types.js';

export type { Answer, AssertionServices, CompileContext, CompiledAssertion, Scorer } from './types.js';

/** The assertion types, as written in an eval. */
const ASSERTION_TYPES = [
  'contains',
  'not-contains',
  'regex',
  'equals',
  'json-schema',
  'max-latency-ms',
  'max-cost-usd',
  'judge',
  'js',
] as const;

/** Settings an assertion may carry beside its type key. */
const SETTINGS: Record<string, readonly string[]> = { regex: ['flags'], judge: ['threshold'], js: ['threshold'] };

/** The type key of a written assertion, or a message saying what is wrong. */
export function assertionType(spec: unknown): { type: (typeof ASSERTION_TYPES)[number]; value: unknown } | string {
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
    return `an assertion is a one-key map such as { contains: "text" }; got ${JSON.stringify(spec)}`;
  }
  const keys = Object.keys(spec);
  const types = keys.filter((k) => (ASSERTION_TYPES as readonly string[]).includes(k));
  if (types.length === 1) {
    const type = types[0] as (typeof ASSERTION_TYPES)[number];
    const extra = keys.filter((k) => k !== type && !(SETTINGS[type] ?? []).includes(k));
    if (extra.length > 0) {
      const allowed = SETTINGS[type];
      return `assertion "${type}" does not take "${extra[0]}"${allowed ? ` (it takes ${allowed.join(', ')})` : ''}`;
    }
    return { type, value: (spec as Record<string, unknown>)[type] };
  }
  if (types.length > 1)
    return `one assertion per list item: split ${types.map((t) => `"${t}"`).join(' and ')} into two items`;
  const unknown = keys[0] ?? '';
  const close = ASSERTION_TYPES.filter((t) => editDistance(t, unknown) <= 2);
  return `unknown assertion "${unknown}"${close.length > 0 ? `: did you mean "${close[0]}"?` : ''} (the assertions are ${ASSERTION_TYPES.join(', ')})`;
}

/** The absolute path of a `js` assertion's module, when `spec` is one. */
export function scorerPath(spec: AssertionSpec, dir: string): string | undefined {
  const t = assertionType(spec);
  return typeof t !== 'string' && t.type === 'js' && typeof t.value === 'string' ? resolve(dir, t.value) : undefined;
}

/** Compile one written assertion. Returns a message (what is wrong, how to fix it) when it is invalid. */
export function compileAssertion(spec: AssertionSpec, context: CompileContext): CompiledAssertion | string {
  const t = assertionType(spec);
  if (typeof t === 'string') return t;
  const { type, value } = t;
  const s = spec as Record<string, unknown>;
  const threshold = s.threshold ?? 0.5;
  if (typeof threshold !== 'number' || threshold < 0 || threshold > 1) return `"threshold" must be a number in 0..1`;
  switch (type) {
    case 'contains':
    case 'not-contains':
    case 'equals':
      if (typeof value !== 'string' && typeof value !== 'number')
        return `"${type}" takes a text, e.g. ${type}: "{{customer}}"`;
      return type === 'equals'
        ? equalsAssertion(String(value))
        : containsAssertion(String(value), type === 'not-contains');
    case 'regex': {
      const flags = s.flags ?? '';
      if (typeof value !== 'string') return '"regex" takes a pattern, e.g. regex: "^(Hello|Hi)"';
      if (typeof flags !== 'string') return '"flags" must be regex flags such as "i"';
      if (!value.includes('{{')) {
        try {
          new RegExp(value, flags);
        } catch (error) {
          return `the regex is invalid: ${(error as Error).message}`;
        }
      }
      return regexAssertion(value, flags);
    }
    case 'json-schema':
      if (value === true) return jsonSchemaAssertion(undefined);
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        try {
          return jsonSchemaAssertion(schemaCheck(value));
        } catch (error) {
          return `the schema is invalid: ${(error as Error).message}`;
        }
      }
      return '"json-schema" takes true (the prompt\'s output.schema) or a schema';
    case 'max-latency-ms':
    case 'max-cost-usd':
      if (typeof value !== 'number' || !(value >= 0))
        return `"${type}" takes a number, e.g. ${type}: ${type === 'max-latency-ms' ? 4000 : 0.002}`;
      return type === 'max-latency-ms' ? maxLatencyAssertion(value) : maxCostAssertion(value);
    case 'judge':
      if (typeof value !== 'string' || value.trim() === '')
        return '"judge" takes the criteria, e.g. judge: "The reply is polite."';
      return judgeAssertion(value, threshold);
    case 'js': {
      if (typeof value !== 'string' || value === '')
        return '"js" takes the path of a scorer module, e.g. js: ./scorers/tone.mjs';
      const scorer = context.scorers.get(resolve(context.dir, value));
      if (scorer === undefined) return `the scorer "${value}" was not loaded`;
      return jsAssertion(scorer, threshold);
    }
  }
}
