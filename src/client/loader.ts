/**
 * Loading one record from a store: selector resolution (one round trip with `store.resolve`, else
 * `listVersions` + `resolveSelector` + `getVersion`), the not-found errors that list what exists,
 * the integrity checks (record hash, locked hash), and the wrapping of unexpected store failures.
 * @module
 */
import { computeHash, verifyRecordHash } from '../engine/hash.js';
import type { PromptRecord } from '../engine/record.js';
import { parseRecordShape } from '../engine/record-shape.js';
import {
  isExactSelector,
  labelMap,
  resolveSelector,
  selectorKind,
  sortVersionsDescending,
} from '../engine/selector.js';
import {
  IntegrityError,
  isPromptOpsError,
  PromptFormatError,
  PromptNotFoundError,
  StoreError,
  VersionNotFoundError,
} from '../errors.js';
import { copyPlainData, deepFreeze } from '../stores/frozen.js';
import { suggestNames } from '../stores/suggest.js';
import type { PromptStore, VersionInfo } from '../stores/types.js';

/**
 * Load the record `selector` picks for `name`.
 *
 * Every answer is checked against what was asked: a record of another name, of another exact version, of a
 * version outside the range asked for, without the label asked for, or a prerelease for `latest` is refused.
 *
 * @throws {@link PromptNotFoundError} when the store has no such name (with close names),
 *   {@link VersionNotFoundError} when nothing satisfies the selector (with versions and labels),
 *   {@link StoreError} when the store failed, {@link PromptFormatError} when it answered a malformed record
 *   or one that does not satisfy the selector (never hidden by a fallback).
 */
export async function fetchRecord(store: PromptStore, name: string, selector: string): Promise<PromptRecord> {
  let record: PromptRecord | undefined;
  let versions: VersionInfo[] | undefined;
  try {
    if (isExactSelector(selector)) {
      record = await store.getVersion(name, selector);
    } else if (typeof store.resolve === 'function') {
      record = await store.resolve(name, selector);
    } else {
      versions = await store.listVersions(name);
      const chosen = resolveSelector(versions, selector);
      if (chosen !== undefined) record = await store.getVersion(name, chosen.version);
    }
  } catch (error) {
    throw asStoreError(error, store, `loading "${name}@${selector}"`);
  }
  if (record === undefined) throw await notFoundError(store, name, selector, versions);
  // A read-only copy: what callers get (p.metadata, p.labels, toJSON()) can change neither the store's data
  // nor what other callers see.
  return deepFreeze(copyPlainData(checkAnswer(store, name, selector, record)));
}

/** True for the errors that mean "the store answered: this does not exist". */
export function isNotFound(error: unknown): error is PromptNotFoundError | VersionNotFoundError {
  return isPromptOpsError(error, 'PROMPT_NOT_FOUND') || isPromptOpsError(error, 'VERSION_NOT_FOUND');
}

/**
 * Build the error for a selector that picked nothing: {@link PromptNotFoundError} (with close names
 * from `store.list()`, when present) if the name has no version, else {@link VersionNotFoundError}.
 */
export async function notFoundError(
  store: PromptStore,
  name: string,
  selector: string,
  known?: VersionInfo[],
): Promise<PromptNotFoundError | VersionNotFoundError> {
  let versions = known;
  if (versions === undefined) {
    try {
      versions = await store.listVersions(name);
    } catch (error) {
      throw asStoreError(error, store, `listing the versions of "${name}"`);
    }
  }
  if (versions.length > 0) {
    const sorted = sortVersionsDescending(versions);
    return new VersionNotFoundError(name, selector, {
      versions: sorted.map((v) => v.version),
      labels: labelMap(sorted),
    });
  }
  let suggestions: string[] = [];
  if (typeof store.list === 'function') {
    try {
      suggestions = suggestNames(name, await store.list());
    } catch {
      // Suggestions are a courtesy: a failing list() must not hide the real answer.
    }
  }
  return new PromptNotFoundError(name, { suggestions, store: store.name });
}

/**
 * Pass promptops errors through; wrap anything else a store threw into a {@link StoreError}
 * (not retryable: an unexpected exception is a bug of the adapter, not a transient failure).
 */
export function asStoreError(error: unknown, store: PromptStore, doing: string): Error {
  if (isPromptOpsError(error)) return error;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new StoreError(
    `The ${store.name} store failed while ${doing}: ${detail}`,
    { store: store.name },
    { cause: error },
  );
}

/**
 * Check a record's integrity and return its hash: a record carrying `hash` must match its content;
 * when `lockedHash` is given the record must have exactly that hash.
 *
 * @throws {@link IntegrityError} on any mismatch.
 */
export async function checkIntegrity(record: PromptRecord, lockedHash?: string): Promise<string> {
  const hash = record.hash === undefined ? await computeHash(record) : await verifyRecordHash(record);
  if (lockedHash !== undefined && hash !== lockedHash) {
    throw new IntegrityError(record.name, record.version, {
      expected: lockedHash,
      actual: hash,
      reason: 'the lockfile pins hash',
    });
  }
  return hash;
}

function checkAnswer(store: PromptStore, name: string, selector: string, answer: PromptRecord): PromptRecord {
  const asked = `${name}@${selector}`;
  let record: PromptRecord;
  try {
    record = parseRecordShape(answer, `${store.name} store: ${asked}`);
  } catch (error) {
    if (isPromptOpsError(error, 'PROMPT_FORMAT')) {
      throw new PromptFormatError(
        `the ${store.name} store answered a malformed record for "${asked}": ${error.message}`,
        { promptName: name },
        { cause: error },
      );
    }
    throw error;
  }
  const wrong = wrongAnswer(record, name, selector);
  if (wrong !== undefined) {
    throw new PromptFormatError(
      `the ${store.name} store answered "${record.name}@${record.version}" when asked for "${asked}", but ${wrong}; ` +
        'it was refused. Fix the store (or its adapter): it must return a record of the name asked for that ' +
        'satisfies the selector',
      { promptName: name },
    );
  }
  return record;
}

/** Why `record` is not an answer to `name@selector`, or `undefined` when it is one. */
export function wrongAnswer(record: PromptRecord, name: string, selector: string): string | undefined {
  if (record.name !== name) return `it is a record of another prompt ("${record.name}")`;
  if (resolveSelector([{ version: record.version, labels: record.labels ?? [] }], selector) !== undefined) return;
  switch (selectorKind(selector)) {
    case 'exact':
      return `it is another version (${record.version})`;
    case 'latest':
      return `${record.version} is a prerelease, which "latest" never picks`;
    case 'range':
      return `${record.version} does not satisfy the range ${selector}`;
    default:
      return `it does not carry the label "${selector}" (labels: ${JSON.stringify(record.labels ?? [])})`;
  }
}
