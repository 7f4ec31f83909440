/**
 * The promptops error hierarchy. Every error the SDK throws on purpose extends
 * {@link PromptOpsError}, carries a stable `code`, keeps the original failure in `cause`,
 * and has a message that says what failed, where, and how to fix it.
 *
 * @example
 * ```ts
 * import { isPromptOpsError } from 'promptops';
 * try {
 *   p.render({ company: 'Acme' });
 * } catch (error) {
 *   if (isPromptOpsError(error, 'PROMPT_INPUT')) console.error(error.issues); // a PromptInputError
 *   else if (isPromptOpsError(error)) console.error(error.code, error.message);
 *   else throw error;
 * }
 * ```
 *
 * Classify errors with {@link isPromptOpsError} (brand and `code`), not `instanceof`: a process can
 * hold two copies of promptops (the ESM and the CommonJS build, e.g. a custom store compiled to CJS
 * and an ESM app), and an error class of one copy is not the class of the other.
 * @module
 */

/**
 * Stable machine-readable codes: one per error class, except {@link PromptInputError}, which has two
 * (`'PROMPT_INPUT'` for variables that do not fit the schema, `'RENDER_LIMIT'` for a render stopped by
 * a bound). `'PROMPTOPS_ERROR'` is the code of a bare {@link PromptOpsError}.
 */
export type PromptOpsErrorCode =
  | 'PROMPTOPS_ERROR'
  | 'PROMPT_NOT_FOUND'
  | 'VERSION_NOT_FOUND'
  | 'PROMPT_INPUT'
  | 'RENDER_LIMIT'
  | 'PROMPT_FORMAT'
  | 'PROMPT_OUTPUT'
  | 'STORE_ERROR'
  | 'INTEGRITY'
  | 'CONFIG';

/** Options accepted by every error constructor. */
export interface PromptOpsErrorOptions {
  /** The underlying failure, kept as the standard `Error.cause`. */
  cause?: unknown;
}

const BRAND = Symbol.for('promptops.error');

/**
 * Base class of every promptops error. Its `code` is `'PROMPTOPS_ERROR'`; each subclass sets its own
 * (the code is fixed by the class, never passed in).
 *
 * Use {@link isPromptOpsError} rather than `instanceof` when the ESM and CJS builds may both be
 * loaded in one process (the check works across the two copies).
 */
export class PromptOpsError extends Error {
  /** Stable code of the error class, e.g. `'PROMPT_NOT_FOUND'`. */
  declare readonly code: PromptOpsErrorCode;

  constructor(message: string, options: PromptOpsErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = 'PROMPTOPS_ERROR';
    this.name = 'PromptOpsError';
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * Every error promptops throws, as a union discriminated by `code`: after
 * `isPromptOpsError(error)`, `error.code === 'STORE_ERROR'` narrows `error` to {@link StoreError}.
 */
export type AnyPromptOpsError =
  | PromptNotFoundError
  | VersionNotFoundError
  | PromptInputError
  | PromptFormatError
  | PromptOutputError
  | StoreError
  | IntegrityError
  | ConfigError
  | (PromptOpsError & { readonly code: 'PROMPTOPS_ERROR' });

/** The error class of a code, e.g. `PromptOpsErrorOf<'STORE_ERROR'>` is {@link StoreError}. */
export type PromptOpsErrorOf<C extends PromptOpsErrorCode> = AnyPromptOpsError extends infer E
  ? E extends { readonly code: infer K }
    ? C extends K
      ? [K] extends [C]
        ? E
        : E & { readonly code: C }
      : never
    : never
  : never;

/**
 * True for any error thrown by promptops, from either the ESM or the CJS build (it checks a
 * process-wide brand, not the class). With a `code`, true only for errors of that code, narrowed
 * to their class.
 *
 * @example
 * ```ts
 * if (isPromptOpsError(error, 'STORE_ERROR')) console.warn(error.store, error.retryable);
 * if (isPromptOpsError(error) && error.code === 'PROMPT_NOT_FOUND') console.warn(error.suggestions);
 * ```
 */
export function isPromptOpsError(value: unknown): value is AnyPromptOpsError;
export function isPromptOpsError<C extends PromptOpsErrorCode>(value: unknown, code: C): value is PromptOpsErrorOf<C>;
export function isPromptOpsError(value: unknown, code?: PromptOpsErrorCode): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[BRAND] === true &&
    (code === undefined || (value as { code?: unknown }).code === code)
  );
}

/** No prompt of that name exists in the store. `suggestions` lists close names. */
export class PromptNotFoundError extends PromptOpsError {
  declare readonly code: 'PROMPT_NOT_FOUND';
  declare readonly name: 'PromptNotFoundError';
  /** The prompt name that was asked for. */
  declare readonly promptName: string;
  /** Existing names close to the one asked for (may be empty). */
  declare readonly suggestions: readonly string[];
  /** Name of the store that was asked. */
  declare readonly store: string | undefined;

  constructor(
    promptName: string,
    details: { suggestions?: readonly string[]; store?: string; message?: string } = {},
    options?: PromptOpsErrorOptions,
  ) {
    const suggestions = details.suggestions ?? [];
    const where = details.store ? ` in the ${details.store} store` : '';
    const hint =
      suggestions.length > 0
        ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?`
        : ' Check the name (segments of [a-z0-9._-] joined by "/") and that the prompt was added to the store.';
    super(details.message ?? `Prompt "${promptName}" was not found${where}.${hint}`, options);
    this.code = 'PROMPT_NOT_FOUND';
    this.name = 'PromptNotFoundError';
    this.promptName = promptName;
    this.suggestions = suggestions;
    this.store = details.store;
  }
}

/** The prompt exists but no version satisfies the selector. Lists what exists. */
export class VersionNotFoundError extends PromptOpsError {
  declare readonly code: 'VERSION_NOT_FOUND';
  declare readonly name: 'VersionNotFoundError';
  declare readonly promptName: string;
  /** The selector that matched nothing: an exact version, a range or a label. */
  declare readonly selector: string;
  /** Versions that exist, highest first. */
  declare readonly versions: readonly string[];
  /** Labels that exist, with the version each points to. */
  declare readonly labels: Readonly<Record<string, string>>;

  constructor(
    promptName: string,
    selector: string,
    available: {
      versions?: readonly string[];
      labels?: Readonly<Record<string, string>>;
      /** Where the selector came from, put first (`partial "x" (included by mail@2.1.0)`). */
      context?: string;
    } = {},
    options?: PromptOpsErrorOptions,
  ) {
    const versions = available.versions ?? [];
    const labels = available.labels ?? {};
    const labelText = Object.entries(labels)
      .map(([label, version]) => `${label} → ${version}`)
      .join(', ');
    super(
      `${available.context === undefined ? '' : `${available.context}: `}No version of prompt "${promptName}" matches "${selector}". ` +
        `Versions: ${versions.length > 0 ? versions.join(', ') : '(none)'}; ` +
        `labels: ${labelText || '(none)'}. Pick one of these, or publish a matching version.`,
      options,
    );
    this.code = 'VERSION_NOT_FOUND';
    this.name = 'VersionNotFoundError';
    this.promptName = promptName;
    this.selector = selector;
    this.versions = versions;
    this.labels = labels;
  }
}

/** One problem found in a caller's variables (or, as {@link PromptOutputIssue}, in a model's output). */
export interface PromptInputIssue {
  /** Path to the offending value, e.g. `['customer']` or `['items', 2, 'sku']`. */
  readonly path: ReadonlyArray<string | number>;
  /** What is wrong, in plain words. */
  readonly message: string;
  /** A short machine code, e.g. `'missing'`, `'invalid_type'`, `'unknown_key'`. */
  readonly code: string;
  /**
   * The chat placeholder the problem is about (`path[0]` is then its name), when it is about the
   * messages passed for a placeholder rather than about a variable.
   */
  readonly placeholder?: string;
}

/** Options of {@link PromptInputError}. */
export interface PromptInputErrorOptions extends PromptOpsErrorOptions {
  /**
   * `'RENDER_LIMIT'` when a render was stopped by a bound (`maxOutputChars`, `maxSteps`, input nesting
   * depth); the issues then name the limit, and the message says to raise it or pass smaller input.
   * @default 'PROMPT_INPUT'
   */
  code?: 'PROMPT_INPUT' | 'RENDER_LIMIT';
  /**
   * The last line of the message: how to fix it, in the caller's terms (the CLI names its `--var` flags).
   * @default a fix for the variables, the placeholders or the limit, by the issues
   */
  fix?: string;
}

/**
 * The variables passed to `render()` do not fit the prompt's input schema (`code: 'PROMPT_INPUT'`),
 * every problem listed at once; or the render was stopped by a limit (`code: 'RENDER_LIMIT'`).
 *
 * @example
 * ```ts
 * new PromptInputError('support/greeting', '1.0.0', [
 *   { path: [], message: 'the output passed maxOutputChars (10000000 characters)', code: 'max_output_chars' },
 * ], { code: 'RENDER_LIMIT' });
 * ```
 */
export class PromptInputError extends PromptOpsError {
  declare readonly code: 'PROMPT_INPUT' | 'RENDER_LIMIT';
  declare readonly name: 'PromptInputError';
  declare readonly promptName: string;
  declare readonly version: string | undefined;
  /** Every problem found, in schema order. */
  declare readonly issues: readonly PromptInputIssue[];

  constructor(
    promptName: string,
    version: string | undefined,
    issues: readonly PromptInputIssue[],
    options: PromptInputErrorOptions = {},
  ) {
    const limit = options.code === 'RENDER_LIMIT';
    const title = limit ? 'Render limit reached for prompt' : 'Invalid input for prompt';
    const fix =
      options.fix ??
      (limit
        ? 'Pass smaller input, or raise the limit (the client\'s or compilePrompt\'s "maxOutputChars" / "maxSteps").'
        : inputFix(issues));
    super(`${title} "${at(promptName, version)}" ${issueList(issues, '(input)')}\n${fix}`, options);
    this.code = limit ? 'RENDER_LIMIT' : 'PROMPT_INPUT';
    this.name = 'PromptInputError';
    this.promptName = promptName;
    this.version = version;
    this.issues = issues;
  }
}

/** The fix line of a {@link PromptInputError}: for the variables, the placeholders, or both. */
function inputFix(issues: readonly PromptInputIssue[]): string {
  const placeholders = [...new Set(issues.flatMap((i) => (i.placeholder === undefined ? [] : [i.placeholder])))];
  const variables =
    'Pass the listed variables with the declared types, or add defaults to the prompt\'s "input.default".';
  if (placeholders.length === 0) return variables;
  const example = JSON.stringify(placeholders[0]);
  const fix =
    `Pass ${placeholders.length === 1 ? `placeholder ${example}` : 'each listed placeholder'} as an array of ` +
    `{ role, content } messages ([] for none): renderMessages(vars, { ${example}: [...] }), or ` +
    `{ placeholders: { ${example}: [...] } } for the adapters. Placeholders are not variables: "input.default" does not fill them.`;
  return issues.every((i) => i.placeholder !== undefined) ? fix : `${variables} ${fix}`;
}

/** One way a model's output does not fit the prompt's `output.schema`. */
export type PromptOutputIssue = PromptInputIssue;

/** How many characters of the raw output a {@link PromptOutputError} keeps in `text`. */
const OUTPUT_TEXT_CHARS = 500;

/**
 * A model's output does not parse (not JSON, no fenced json block) or does not fit the prompt's
 * `output.schema`. `issues` lists every problem; `text` holds the start of the raw output (at most
 * 500 characters) for logs. The message does not quote the output: it may carry user data.
 *
 * @example
 * ```ts
 * new PromptOutputError('support/triage', '1.2.0', [
 *   { path: ['priority'], message: 'expected one of "low", "high"', code: 'invalid_value' },
 * ], rawText);
 * ```
 */
export class PromptOutputError extends PromptOpsError {
  declare readonly code: 'PROMPT_OUTPUT';
  declare readonly name: 'PromptOutputError';
  declare readonly promptName: string;
  declare readonly version: string | undefined;
  /** Every problem found (a parse failure is one issue with an empty path). */
  declare readonly issues: readonly PromptOutputIssue[];
  /** The start of the raw output (its first 500 characters). */
  declare readonly text: string;

  constructor(
    promptName: string,
    version: string | undefined,
    issues: readonly PromptOutputIssue[],
    text: string,
    options?: PromptOpsErrorOptions,
  ) {
    super(
      `Output of prompt "${at(promptName, version)}" does not fit its output schema ${issueList(issues, '(output)')}\n` +
        'The start of the output is in error.text. Tighten the prompt\'s instructions, or fix its "output.schema".',
      options,
    );
    this.code = 'PROMPT_OUTPUT';
    this.name = 'PromptOutputError';
    this.promptName = promptName;
    this.version = version;
    this.issues = issues;
    this.text = text.slice(0, OUTPUT_TEXT_CHARS);
  }
}

function at(promptName: string, version: string | undefined): string {
  return version ? `${promptName}@${version}` : promptName;
}

function issueList(issues: readonly PromptInputIssue[], root: string): string {
  const lines = issues.map((i) => `  - ${i.path.length > 0 ? i.path.join('.') : root}: ${i.message}`);
  return `(${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

/** Where a {@link PromptFormatError} was found. */
export interface PromptFormatLocation {
  /** File path, URL or other origin of the prompt text. */
  file?: string;
  /** 1-based line in that file. */
  line?: number;
  /** 1-based column in that line. */
  column?: number;
  /** The record field at fault, e.g. `'version'` or `'input.schema.tone'`. */
  field?: string;
  /** The prompt's name, when known. */
  promptName?: string;
}

/**
 * A prompt file or record is malformed: bad YAML, a missing field, a template that does not fit its
 * schema, a missing partial. The message starts with `file:line` when they are known.
 */
export class PromptFormatError extends PromptOpsError {
  declare readonly code: 'PROMPT_FORMAT';
  declare readonly name: 'PromptFormatError';
  declare readonly file: string | undefined;
  declare readonly line: number | undefined;
  declare readonly column: number | undefined;
  declare readonly field: string | undefined;
  declare readonly promptName: string | undefined;
  /** The bare problem and fix, without the location prefix. */
  declare readonly detail: string;

  constructor(detail: string, location: PromptFormatLocation = {}, options?: PromptOpsErrorOptions) {
    super(`${formatLocation(location)}${detail}`, options);
    this.code = 'PROMPT_FORMAT';
    this.name = 'PromptFormatError';
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
    this.field = location.field;
    this.promptName = location.promptName;
    this.detail = detail;
  }
}

function formatLocation(l: PromptFormatLocation): string {
  const parts: string[] = [];
  if (l.file !== undefined) {
    parts.push(l.line === undefined ? l.file : `${l.file}:${l.line}${l.column === undefined ? '' : `:${l.column}`}`);
  } else if (l.promptName !== undefined) {
    parts.push(`prompt "${l.promptName}"`);
  }
  if (l.field !== undefined) parts.push(`field "${l.field}"`);
  return parts.length > 0 ? `${parts.join(', ')}: ` : '';
}

/** A store could not answer: network failure, HTTP error, malformed response. */
export class StoreError extends PromptOpsError {
  declare readonly code: 'STORE_ERROR';
  declare readonly name: 'StoreError';
  /** Name of the store, e.g. `'http'`. */
  declare readonly store: string;
  /** HTTP status, when the failure was an HTTP answer. */
  declare readonly status: number | undefined;
  /** True when trying again later may succeed (timeouts, 408, 429, 5xx, network errors). */
  declare readonly retryable: boolean;

  constructor(
    message: string,
    details: { store: string; status?: number; retryable?: boolean },
    options?: PromptOpsErrorOptions,
  ) {
    super(message, options);
    this.code = 'STORE_ERROR';
    this.name = 'StoreError';
    this.store = details.store;
    this.status = details.status;
    this.retryable = details.retryable ?? false;
  }
}

/** A record's content does not match its hash, or a locked hash. Such a record is never rendered. */
export class IntegrityError extends PromptOpsError {
  declare readonly code: 'INTEGRITY';
  declare readonly name: 'IntegrityError';
  declare readonly promptName: string;
  declare readonly version: string;
  declare readonly expected: string;
  declare readonly actual: string;

  constructor(
    promptName: string,
    version: string,
    hashes: { expected: string; actual: string; reason?: string },
    options?: PromptOpsErrorOptions,
  ) {
    super(
      `Integrity check failed for prompt "${promptName}@${version}": ${hashes.reason ?? 'expected hash'} ${hashes.expected}, ` +
        `got ${hashes.actual}. The record was changed after it was published or locked; ` +
        'publish a new version instead of editing one, or re-run "promptops lock" if the change is intended.',
      options,
    );
    this.code = 'INTEGRITY';
    this.name = 'IntegrityError';
    this.promptName = promptName;
    this.version = version;
    this.expected = hashes.expected;
    this.actual = hashes.actual;
  }
}

/** A client option, config file or CLI argument is invalid. `option` names it. */
export class ConfigError extends PromptOpsError {
  declare readonly code: 'CONFIG';
  declare readonly name: 'ConfigError';
  /** The option at fault, e.g. `'cache.ttlMs'`. */
  declare readonly option: string | undefined;
  /** The config file, when the option came from one. */
  declare readonly file: string | undefined;

  constructor(message: string, details: { option?: string; file?: string } = {}, options?: PromptOpsErrorOptions) {
    const where = [details.file, details.option ? `option "${details.option}"` : undefined].filter(Boolean).join(', ');
    super(where ? `${where}: ${message}` : message, options);
    this.code = 'CONFIG';
    this.name = 'ConfigError';
    this.option = details.option;
    this.file = details.file;
  }
}
