/**
 * `verifyStore`: the store conformance suite of `promptops/testing`. Runner-agnostic: plain async
 * checks that resolve to a report, and one error listing every violation. Run it in any test runner
 * against your own adapter:
 *
 * ```ts
 * import { verifyStore } from 'promptops/testing';
 * test('my store follows the contract', async () => {
 *   await verifyStore(() => redisStore({ url: process.env.REDIS_URL }));
 * });
 * ```
 * @module
 */

import { verifyRecordHash } from '../engine/hash.js';
import { isValidName } from '../engine/name.js';
import type { PromptRecord } from '../engine/record.js';
import { resolveSelector, sortVersionsDescending } from '../engine/selector.js';
import * as semver from '../engine/semver.js';
import { isPromptOpsError, PromptOpsError } from '../errors.js';
import { findDuplicateLabel } from '../stores/checks.js';
import type { PromptStore, VersionInfo } from '../stores/types.js';

/** Options of {@link verifyStore}. */
export interface VerifyStoreOptions {
  /**
   * Whether to check writes. `undefined`: check `putVersion`/`setLabel` when the store has them;
   * `true`: also fail when `putVersion` is missing; `false`: never write, even when the store could.
   * Writes only touch a name the suite creates (`verify-store/<random>`).
   * @default undefined
   */
  writable?: boolean;
  /**
   * Time one check may take, and the wait for a `watch` notification, in milliseconds (the `watch`
   * check, which writes twice and waits after each write, gets three times this).
   * @default 5000
   */
  timeoutMs?: number;
  /**
   * Most listed names whose versions and records are checked (all when `Infinity`).
   * @default Infinity
   */
  maxNames?: number;
  /**
   * The `actor` the store's `labelHistory` should report for moves the suite makes with
   * `{ actor: 'verify-store' }`. A store that records someone else (an HTTP store: the server
   * records its token's name, or `null` without tokens) says whom here.
   * @default 'verify-store'
   */
  expectedActor?: string | null;
}

/** The outcome of one check. */
export interface VerifyStoreCheck {
  /** What was checked, e.g. `'listVersions of an unknown name resolves to []'`. */
  name: string;
  /** True when the check passed or was skipped. */
  ok: boolean;
  /** True when the check did not apply (the capability is missing, or writes are off). */
  skipped?: boolean;
  /** Why it was skipped. */
  reason?: string;
  /** What is wrong, when `ok` is false (every problem found, one per line). */
  error?: string;
}

/** What {@link verifyStore} found. */
export interface VerifyStoreReport {
  /** The store's `name`. */
  store: string;
  /** Every check, in the order it ran. */
  checks: VerifyStoreCheck[];
}

/** Thrown by {@link verifyStore} when a check fails; `report` holds every check. */
export class StoreContractError extends PromptOpsError {
  /** The full report, passed and skipped checks included. */
  readonly report: VerifyStoreReport;

  constructor(report: VerifyStoreReport) {
    const failed = report.checks.filter((c) => !c.ok);
    super(
      `Store "${report.store}" breaks the store contract (${failed.length} of ${report.checks.length} checks failed):\n` +
        failed.map((c) => `  - ${c.name}: ${(c.error ?? 'failed').split('\n').join('\n      ')}`).join('\n') +
        '\nSee the PromptStore documentation (promptops stores/types) for each rule.',
    );
    this.name = 'StoreContractError';
    this.report = report;
  }
}

class Skip {
  constructor(readonly reason: string) {}
}

function randomId(): string {
  const bytes = new Uint8Array(6);
  if (globalThis.crypto?.getRandomValues !== undefined) globalThis.crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const OPTIONAL_METHODS = ['list', 'resolve', 'watch', 'putVersion', 'setLabel', 'labelHistory', 'close'] as const;

/** One rule of the store contract, runnable on its own (e.g. as one test of a runner). */
export interface StoreContractCheck {
  /** What is checked, e.g. `'listVersions of an unknown name resolves to []'`. */
  readonly name: string;
  /**
   * Run the check (opening the store on the first run). Resolves to its outcome; never rejects.
   * Run the checks of one {@link storeContractChecks} call in order: later ones read what earlier
   * ones wrote.
   */
  run(): Promise<VerifyStoreCheck>;
}

/**
 * The checks of {@link verifyStore}, one by one, in order, sharing one store (made by `factory` on
 * the first run). A runner can report one test per rule; `verifyStore` runs them all.
 *
 * @example
 * ```ts
 * import { storeContractChecks } from 'promptops/testing';
 * import { describe, expect, test } from 'vitest';
 *
 * describe('my store', () => {
 *   for (const check of storeContractChecks(() => myStore())) {
 *     test(check.name, async () => {
 *       const outcome = await check.run();
 *       expect(outcome.error).toBeUndefined();
 *     });
 *   }
 * });
 * ```
 */
export function storeContractChecks(
  factory: () => PromptStore | Promise<PromptStore>,
  options: VerifyStoreOptions = {},
): StoreContractCheck[] {
  const timeoutMs = options.timeoutMs ?? 5000;
  const maxNames = options.maxNames ?? Number.POSITIVE_INFINITY;
  const all: StoreContractCheck[] = [];
  let store!: PromptStore;
  let opened: Promise<PromptStore> | undefined;
  const open = (): Promise<PromptStore> => {
    opened ??= Promise.resolve()
      .then(factory)
      .then((made) => {
        store = made;
        return made;
      });
    return opened;
  };
  let unusable = false;

  function add(name: string, run: (fail: (problem: string) => void) => Promise<unknown>, budgetMs = timeoutMs): void {
    all.push({
      name,
      async run(): Promise<VerifyStoreCheck> {
        const problems: string[] = [];
        try {
          await open();
          if (unusable) return { name, ok: false, error: 'the store object is unusable (see the methods check)' };
          const result = await withTimeout(
            run((problem) => problems.push(problem)),
            budgetMs,
            `the check "${name}"`,
          );
          if (result instanceof Skip) return { name, ok: true, skipped: true, reason: result.reason };
        } catch (error) {
          problems.push(describe(error));
        }
        if (problems.length > 0) return { name, ok: false, error: problems.join('\n') };
        return { name, ok: true };
      },
    });
  }

  const has = (method: (typeof OPTIONAL_METHODS)[number]): boolean => typeof store?.[method] === 'function';

  add('store.name is a non-empty string', async (fail) => {
    if (typeof store?.name !== 'string' || store.name.length === 0)
      fail(`store.name is ${JSON.stringify(store?.name)}`);
  });

  add(METHODS_CHECK, async (fail) => {
    if (typeof store !== 'object' || store === null) {
      unusable = true;
      fail(`the factory returned ${store === null ? 'null' : typeof store}, not a store object`);
      return;
    }
    for (const method of ['listVersions', 'getVersion'] as const) {
      if (typeof store[method] !== 'function') {
        unusable = true;
        fail(`${method} is missing`);
      }
    }
    for (const method of OPTIONAL_METHODS) {
      const value = store[method];
      if (value !== undefined && typeof value !== 'function') {
        unusable = true;
        fail(`${method} is present but not a function`);
      }
    }
  });

  const missing = `verify-store/missing-${randomId()}`;
  add('listVersions of an unknown name resolves to []', async (fail) => {
    const versions = await store.listVersions(missing);
    if (!Array.isArray(versions) || versions.length !== 0) fail(`got ${JSON.stringify(versions)}`);
  });
  add('getVersion of an unknown name resolves to undefined', async (fail) => {
    const record = await store.getVersion(missing, '1.0.0');
    if (record !== undefined) fail(`got ${JSON.stringify(record)}`);
  });

  let listed: string[] = [];
  add('list() resolves to sorted, unique, valid names', async (fail) => {
    if (!has('list')) return new Skip('the store has no list()');
    const names = await store.list?.();
    if (!Array.isArray(names)) {
      fail(`got ${typeof names}, not an array`);
      return;
    }
    for (const name of names) if (!isValidName(name)) fail(`invalid name ${JSON.stringify(name)}`);
    if (new Set(names).size !== names.length) fail('names are listed more than once');
    const sorted = [...names].sort();
    if (sorted.some((n, i) => n !== names[i])) fail('names are not sorted');
    listed = names.filter((n) => isValidName(n));
  });

  // Writes, on a name of our own.
  const writeName = `verify-store/w-${randomId()}`;
  const record = (version: string, text: string): PromptRecord => ({
    name: writeName,
    version,
    type: 'text',
    template: `verify-store ${text} {{subject}}`,
  });
  let created = false;
  const wantWrites = options.writable !== false;
  const canPut = (): boolean => wantWrites && has('putVersion');
  const skipWrites = (what: string): Skip =>
    new Skip(options.writable === false ? 'writes are off (writable: false)' : `the store has no ${what}`);

  add('putVersion stores a new version that reads back with a verified hash', async (fail) => {
    if (!canPut()) {
      if (options.writable === true) {
        fail('writable: true was asked but the store has no putVersion');
        return;
      }
      return skipWrites('putVersion()');
    }
    await store.putVersion?.(record('1.0.0', 'one'));
    await store.putVersion?.(record('1.1.0', 'two'));
    created = true;
    const back = await store.getVersion(writeName, '1.0.0');
    if (back === undefined) {
      fail('getVersion after putVersion resolved to undefined');
      return;
    }
    if (back.name !== writeName || back.version !== '1.0.0') fail(`read back ${back.name}@${back.version}`);
    if (back.template !== record('1.0.0', 'one').template) fail('read back a different template');
    await verifyRecordHash(back);
    const versions = (await store.listVersions(writeName)).map((v) => v.version).sort();
    if (versions.join(',') !== '1.0.0,1.1.0')
      fail(`listVersions lists ${JSON.stringify(versions)}, expected 1.0.0 and 1.1.0`);
  });

  add('putVersion of the same record again is a no-op', async (fail) => {
    if (!canPut()) return skipWrites('putVersion()');
    if (!created) return new Skip('the first putVersion failed');
    const before = await store.getVersion(writeName, '1.0.0');
    await store.putVersion?.(record('1.0.0', 'one'));
    const after = await store.getVersion(writeName, '1.0.0');
    if (before?.hash !== after?.hash) fail(`the hash changed from ${before?.hash} to ${after?.hash}`);
  });

  add('putVersion of changed content under an existing version rejects', async (fail) => {
    if (!canPut()) return skipWrites('putVersion()');
    if (!created) return new Skip('the first putVersion failed');
    const before = await store.getVersion(writeName, '1.0.0');
    let rejected = false;
    try {
      await store.putVersion?.(record('1.0.0', 'changed'));
    } catch {
      rejected = true;
    }
    if (!rejected) fail('putting different content under 1.0.0 resolved; versions must be immutable');
    const after = await store.getVersion(writeName, '1.0.0');
    if (after?.template !== before?.template || after?.hash !== before?.hash) fail('the stored content changed');
  });

  add('setLabel moves a label from one version to another', async (fail) => {
    if (!wantWrites || !has('setLabel')) return skipWrites('setLabel()');
    if (!created) return new Skip('setLabel is checked on versions made by putVersion, which is missing or failed');
    const where = async (): Promise<string[]> =>
      (await store.listVersions(writeName)).filter((v) => v.labels.includes('verify')).map((v) => v.version);
    await store.setLabel?.(writeName, 'verify', '1.0.0');
    const first = await where();
    if (first.join(',') !== '1.0.0') fail(`after setLabel to 1.0.0 the label is on ${JSON.stringify(first)}`);
    await store.setLabel?.(writeName, 'verify', '1.1.0');
    const second = await where();
    if (second.join(',') !== '1.1.0') fail(`after moving it to 1.1.0 the label is on ${JSON.stringify(second)}`);
  });

  add('putVersion of an existing version with labels moves them there', async (fail) => {
    if (!canPut()) return skipWrites('putVersion()');
    if (!created) return new Skip('the first putVersion failed');
    await store.putVersion?.({ ...record('1.0.0', 'one'), labels: ['verifyput'] });
    const on = (await store.listVersions(writeName)).filter((v) => v.labels.includes('verifyput'));
    if (on.map((v) => v.version).join(',') !== '1.0.0') {
      fail(
        `after re-putting 1.0.0 with labels: ["verifyput"] the label is on ${JSON.stringify(on.map((v) => v.version))}; ` +
          'a re-put must move its labels (or reject), never ignore them',
      );
    }
  });

  add('labelHistory records each real move, newest first, with actor, reason and an ISO date', async (fail) => {
    if (!has('labelHistory')) return new Skip('the store has no labelHistory()');
    let unknown: unknown;
    try {
      unknown = await store.labelHistory?.(missing);
    } catch (error) {
      // An HTTP store in front of a backend that keeps no history: the server says 501.
      if (isPromptOpsError(error, 'STORE_ERROR') && error.status === 501) {
        return new Skip('the backend keeps no label history (501 not_implemented)');
      }
      throw error;
    }
    if (!Array.isArray(unknown) || unknown.length !== 0)
      fail(`labelHistory of an unknown name: got ${JSON.stringify(unknown)}`);
    if (!wantWrites || !has('setLabel')) return skipWrites('setLabel()');
    if (!created) return new Skip('labelHistory is checked on versions made by putVersion, which is missing or failed');
    const meta = (reason: string) => ({ actor: 'verify-store', reason });
    await store.setLabel?.(writeName, 'verifyhist', '1.0.0', meta('first'));
    await store.setLabel?.(writeName, 'verifyhist', '1.0.0', meta('again')); // no move: nothing recorded
    await store.setLabel?.(writeName, 'verifyhist', '1.1.0', meta('second'));
    const moves = ((await store.labelHistory?.(writeName)) ?? []).filter((m) => m.label === 'verifyhist');
    const actor = options.expectedActor === undefined ? 'verify-store' : options.expectedActor;
    const expected = [
      { label: 'verifyhist', from: '1.0.0', to: '1.1.0', actor, reason: 'second' },
      { label: 'verifyhist', from: null, to: '1.0.0', actor, reason: 'first' },
    ];
    const got = moves.map((m) => ({ label: m.label, from: m.from, to: m.to, actor: m.actor, reason: m.reason }));
    if (JSON.stringify(got) !== JSON.stringify(expected)) {
      fail(`expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
    }
    for (const move of moves) {
      if (typeof move.at !== 'string' || Number.isNaN(Date.parse(move.at)) || !/^\d{4}-\d\d-\d\dT/.test(move.at)) {
        fail(`"at" must be an ISO 8601 string, got ${JSON.stringify(move.at)}`);
      }
    }
  });

  const namesToRead = (): string[] => [...new Set([...listed.slice(0, maxNames), ...(created ? [writeName] : [])])];
  const versionsByName = new Map<string, VersionInfo[]>();

  add('every listed version is semver with string-array labels, and its record verifies', async (fail) => {
    const names = namesToRead();
    if (names.length === 0) return new Skip('no names to read: the store lists none (or has no list())');
    for (const name of names) {
      const versions = await store.listVersions(name);
      if (!Array.isArray(versions)) {
        fail(`listVersions("${name}") is not an array`);
        continue;
      }
      versionsByName.set(name, versions);
      if (versions.length === 0) fail(`"${name}" is listed but has no versions`);
      const seen = new Set<string>();
      for (const info of versions) {
        const at = `${name}@${String(info?.version)}`;
        if (typeof info?.version !== 'string' || semver.valid(info.version) !== info.version) {
          fail(`${at}: the version is not semver`);
          continue;
        }
        if (seen.has(info.version)) fail(`${at} is listed twice`);
        seen.add(info.version);
        if (!Array.isArray(info.labels) || info.labels.some((l) => typeof l !== 'string')) {
          fail(`${at}: labels is not an array of strings`);
        }
        if (info.hash !== undefined && typeof info.hash !== 'string') fail(`${at}: hash is not a string`);
        const got = await store.getVersion(name, info.version);
        if (got === undefined) {
          fail(`${at} is listed but getVersion resolves to undefined`);
          continue;
        }
        if (got.name !== name || got.version !== info.version)
          fail(`${at}: getVersion returned ${got.name}@${got.version}`);
        try {
          const hash = await verifyRecordHash(got);
          if (info.hash !== undefined && info.hash !== hash)
            fail(`${at}: listed hash ${info.hash}, record hash ${hash}`);
        } catch (error) {
          fail(`${at}: ${describe(error)}`);
        }
      }
      const absent = await store.getVersion(name, '999.999.999-verify-store');
      if (absent !== undefined) fail(`getVersion("${name}", "999.999.999-verify-store") should resolve to undefined`);
    }
  });

  add('each label sits on one version of a name only', async (fail) => {
    if (versionsByName.size === 0) return new Skip('no versions to read');
    for (const [name, versions] of versionsByName) {
      const duplicate = findDuplicateLabel(versions.filter((v) => Array.isArray(v.labels)));
      if (duplicate !== undefined) {
        fail(`label "${duplicate.label}" of "${name}" is on ${duplicate.versions.join(' and ')}`);
      }
    }
  });

  add('resolve agrees with local resolution (exact, latest, range, labels)', async (fail) => {
    if (!has('resolve')) return new Skip('the store has no resolve()');
    if (versionsByName.size === 0) return new Skip('no versions to resolve');
    for (const [name, versions] of versionsByName) {
      const valid = versions.filter((v) => typeof v.version === 'string' && semver.valid(v.version) === v.version);
      const local = resolveSelector(valid, 'latest') ?? sortVersionsDescending(valid)[0];
      const selectors = new Set<string>(['latest', '999.999.999', 'verify-store-missing-label']);
      if (local !== undefined) {
        selectors.add(local.version);
        selectors.add(`^${semver.major(local.version)}.0.0`);
      }
      for (const info of valid) for (const label of info.labels) selectors.add(label);
      for (const selector of selectors) {
        const expected = resolveSelector(valid, selector)?.version;
        let got: PromptRecord | undefined;
        try {
          got = await store.resolve?.(name, selector);
        } catch (error) {
          fail(`resolve("${name}", "${selector}") threw ${describe(error)}`);
          continue;
        }
        if (got?.version !== expected) {
          fail(
            `resolve("${name}", "${selector}") gave ${got?.version ?? 'undefined'}, local resolution ${expected ?? 'undefined'}`,
          );
        } else if (got !== undefined && got.name !== name) {
          fail(`resolve("${name}", "${selector}") returned a record named "${got.name}"`);
        }
      }
    }
  });

  add(
    'watch notifies its listener of writes (putVersion, setLabel), and unsubscribes',
    async (fail) => {
      if (!has('watch')) return new Skip('the store has no watch()');
      const unsubscribe = store.watch?.(() => undefined);
      if (typeof unsubscribe !== 'function') {
        fail('watch() did not return an unsubscribe function');
        return;
      }
      unsubscribe();
      if (!canPut() || !created)
        return new Skip('no putVersion to cause a change; only the unsubscribe function was checked');
      const seen: string[] = [];
      let wake: () => void = () => undefined;
      const off = store.watch?.((name) => {
        seen.push(name);
        if (name === writeName) wake();
      });
      const next = (): Promise<void> =>
        new Promise<void>((resolve) => {
          wake = resolve;
        });
      try {
        const afterPut = next();
        await store.putVersion?.(record('1.2.0', 'three'));
        await withTimeout(afterPut, timeoutMs, 'a watch notification after putVersion');
        if (wantWrites && has('setLabel')) {
          const afterLabel = next();
          await store.setLabel?.(writeName, 'verifywatch', '1.2.0');
          await withTimeout(afterLabel, timeoutMs, 'a watch notification after setLabel');
        }
        if (!seen.includes(writeName)) fail(`the listener got ${JSON.stringify(seen)}, not "${writeName}"`);
      } finally {
        off?.();
      }
    },
    timeoutMs * 3,
  );

  add(
    "a caller's mistake (invalid label, non-function watch listener) is a ConfigError, never a StoreError",
    async (fail) => {
      let tried = false;
      const expectConfigError = (what: string, error: unknown): void => {
        if (isPromptOpsError(error, 'STORE_ERROR')) {
          fail(`${what} rejected with a StoreError, which the client takes for an outage; throw a ConfigError`);
        } else if (!isPromptOpsError(error, 'CONFIG')) {
          fail(`${what} threw ${describe(error)}, not a ConfigError`);
        }
      };
      if (wantWrites && has('setLabel')) {
        tried = true;
        try {
          await store.setLabel?.(created ? writeName : missing, 'latest', '1.0.0');
          fail('setLabel with the reserved label "latest" resolved; it must reject with a ConfigError');
        } catch (error) {
          expectConfigError('setLabel with the reserved label "latest"', error);
        }
      }
      if (has('watch')) {
        tried = true;
        try {
          const off = store.watch?.(42 as never);
          if (typeof off === 'function') off();
        } catch (error) {
          expectConfigError('watch(42)', error);
        }
      }
      if (!tried) return new Skip('the store has neither setLabel (with writes on) nor watch');
    },
  );

  add('close resolves', async () => {
    if (!has('close')) return new Skip('the store has no close()');
    await store.close?.();
  });

  return all;
}

const METHODS_CHECK = 'required methods exist and optional ones are functions';

/**
 * Check a store against the `PromptStore` contract. Resolves to a report when every check passes;
 * otherwise throws a {@link StoreContractError} listing every violation (its `report` has them all).
 *
 * It reads what the store lists, and writes (through `putVersion`/`setLabel`, when present and
 * allowed) only under a name it creates. Checks: the store's `name`; the methods; unknown names
 * (`[]`, `undefined`); `list()` (sorted, unique, valid names); every listed version (semver, labels,
 * one version per label) and its record (name, version, hash); `resolve` agreeing with local
 * resolution for an exact version, `latest`, a range and each label; `putVersion` (read back, same
 * put is a no-op, changed content is rejected, a re-put moves its labels); `setLabel` (moves a
 * label); `labelHistory` (each real move recorded newest first with actor, reason and ISO date; a
 * no-op move recorded nothing); `watch` (a write notifies); a caller's mistake (an invalid label, a
 * non-function listener) is a `ConfigError`, never a `StoreError`; `close`. The same checks one by
 * one: {@link storeContractChecks}.
 *
 * @example
 * ```ts
 * import { verifyStore } from 'promptops/testing';
 * const report = await verifyStore(() => memoryStore());
 * console.log(report.checks.filter((c) => c.skipped));
 * ```
 */
export async function verifyStore(
  factory: () => PromptStore | Promise<PromptStore>,
  options: VerifyStoreOptions = {},
): Promise<VerifyStoreReport> {
  const store = await factory();
  const report: VerifyStoreReport = {
    store: typeof store?.name === 'string' ? store.name : String(store?.name),
    checks: [],
  };
  for (const check of storeContractChecks(() => store, options)) {
    const outcome = await check.run();
    report.checks.push(outcome);
    if (check.name === METHODS_CHECK && !outcome.ok) break;
  }
  if (report.checks.some((c) => !c.ok)) throw new StoreContractError(report);
  return report;
}
