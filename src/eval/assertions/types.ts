/**
 * The contract of an assertion: compiled once per eval (its templates, regex, schema, module), then
 * checked against every answer.
 * @module
 */

import type { AssertionResult } from '../types.js';

/** What an assertion sees of one answer. */
export interface Answer {
  /** The model's text. */
  readonly output: string;
  /** The case's variables (templated expectations render with them). */
  readonly vars: Record<string, unknown>;
  /** 0-based index of the case. */
  readonly index: number;
  readonly repeat: number;
  /** The resolved version that answered. */
  readonly version: string;
  /** `'provider:name'`. */
  readonly model: string;
  readonly latencyMs: number | undefined;
  readonly costUsd: number | undefined;
}

/** Services an assertion may need while checking. */
export interface AssertionServices {
  /** Ask the judge model; resolves to a score in 0..1 and its reason. */
  judge(criteria: string, answer: Answer, signal: AbortSignal): Promise<{ score: number; reason?: string }>;
  /** The output schema check of the answering version, when it has an output schema. */
  outputSchema(version: string): ((value: unknown) => string[] | undefined) | undefined;
  readonly signal: AbortSignal;
}

/** An assertion ready to check answers. */
export interface CompiledAssertion {
  /** The type as written, e.g. `'contains'`. */
  readonly type: string;
  /** `true` when checking calls a model (judge): such checks count in `calls.made`. */
  readonly usesModel?: boolean;
  check(answer: Answer, services: AssertionServices): AssertionResult | Promise<AssertionResult>;
}

/** What compiling an assertion needs. */
export interface CompileContext {
  /** Folder that relative paths (js scorers) start from. */
  readonly dir: string;
  /** Loaded js scorers by absolute path. */
  readonly scorers: ReadonlyMap<string, Scorer>;
}

/** A `js` scorer: `(output, case) => boolean | number` (0..1), sync or async. */
export type Scorer = (
  output: string,
  context: { vars: Record<string, unknown>; index: number; repeat: number; version: string; model: string },
) => boolean | number | Promise<boolean | number>;
