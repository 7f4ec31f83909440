import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeHash } from '../../src/engine/hash.js';
import type { PromptRecord } from '../../src/engine/record.js';
import { StoreError } from '../../src/errors.js';
import { fileStore } from '../../src/stores/fs/file-store.js';
import { memoryStore } from '../../src/stores/memory.js';
import type { PromptStore, VersionInfo } from '../../src/stores/types.js';
import { StoreContractError, storeContractChecks, verifyStore } from '../../src/testing/verify-store.js';
import { rejectionOf } from '../helpers/errors.js';

const record = (version: string, labels: string[] = []): PromptRecord => ({
  name: 'demo/prompt',
  version,
  type: 'text',
  template: `Demo ${version} {{x}}`,
  labels,
});

async function failureOf(promise: Promise<unknown>): Promise<StoreContractError> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(StoreContractError);
  return error as StoreContractError;
}

describe('verifyStore on the built-in stores', () => {
  it('memoryStore passes every check, writes and watch included', async () => {
    const report = await verifyStore(() =>
      memoryStore([record('1.0.0', ['production']), record('1.1.0'), record('2.0.0-rc.1')]),
    );
    expect(report.store).toBe('memory');
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.checks.filter((c) => c.skipped)).toEqual([]);
    expect(report.checks.map((c) => c.name)).toEqual([
      'store.name is a non-empty string',
      'required methods exist and optional ones are functions',
      'listVersions of an unknown name resolves to []',
      'getVersion of an unknown name resolves to undefined',
      'list() resolves to sorted, unique, valid names',
      'putVersion stores a new version that reads back with a verified hash',
      'putVersion of the same record again is a no-op',
      'putVersion of changed content under an existing version rejects',
      'setLabel moves a label from one version to another',
      'putVersion of an existing version with labels moves them there',
      'labelHistory records each real move, newest first, with actor, reason and an ISO date',
      'every listed version is semver with string-array labels, and its record verifies',
      'each label sits on one version of a name only',
      'resolve agrees with local resolution (exact, latest, range, labels)',
      'watch notifies its listener of writes (putVersion, setLabel), and unsubscribes',
      "a caller's mistake (invalid label, non-function watch listener) is a ConfigError, never a StoreError",
      'close resolves',
    ]);
  });

  it('storeContractChecks runs the same checks one by one, on one store', async () => {
    let made = 0;
    const checks = storeContractChecks(() => {
      made++;
      return memoryStore([record('1.0.0', ['production'])]);
    });
    const outcomes = [];
    for (const check of checks) outcomes.push(await check.run());
    expect(made).toBe(1);
    expect(outcomes.map((o) => o.name)).toEqual(checks.map((c) => c.name));
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    expect(outcomes.filter((o) => o.skipped)).toEqual([]);
  });

  it('an empty memoryStore passes (its own writes give it something to read)', async () => {
    await expect(verifyStore(() => memoryStore())).resolves.toMatchObject({ store: 'memory' });
  });

  it('writable: false checks a writable store read-only', async () => {
    const report = await verifyStore(() => memoryStore([record('1.0.0')]), { writable: false });
    const skipped = report.checks.filter((c) => c.skipped);
    expect(skipped.map((c) => c.reason)).toContain('writes are off (writable: false)');
    expect(skipped.map((c) => c.name)).toContain(
      'putVersion stores a new version that reads back with a verified hash',
    );
  });

  it('fileStore over the fixture folder passes read-only', async () => {
    const report = await verifyStore(() => fileStore({ dir: 'test/fixtures/stores/good' }));
    expect(report.store).toBe('file');
    expect(report.checks.find((c) => c.name.startsWith('putVersion stores'))).toMatchObject({
      ok: true,
      skipped: true,
      reason: 'the store has no putVersion()',
    });
    expect(report.checks.find((c) => c.name.startsWith('every listed version'))).toEqual({
      name: 'every listed version is semver with string-array labels, and its record verifies',
      ok: true,
    });
  });

  it('a watching fileStore passes; its watch is checked for the unsubscribe only', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'promptops-verify-'));
    try {
      await cp('test/fixtures/stores/good', dir, { recursive: true });
      const report = await verifyStore(() => fileStore({ dir, watch: true }));
      expect(report.checks.find((c) => c.name.startsWith('watch'))).toMatchObject({
        ok: true,
        skipped: true,
        reason: 'no putVersion to cause a change; only the unsubscribe function was checked',
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('writable: true fails a store that cannot write', async () => {
    const error = await failureOf(
      verifyStore(() => fileStore({ dir: 'test/fixtures/stores/good' }), { writable: true }),
    );
    expect(error.message).toMatch(
      /putVersion stores a new version that reads back with a verified hash: writable: true was asked but the store has no putVersion/,
    );
  });
});

describe('verifyStore on broken adapters', () => {
  it('lists every violation in one error, with the full report attached', async () => {
    const good = { ...record('1.0.0', ['production']), hash: await computeHash(record('1.0.0')) };
    const tampered = { ...record('2.0.0', ['production']), hash: await computeHash(record('1.0.0')) };
    const versions: VersionInfo[] = [
      { version: '1.0.0', labels: ['production'] },
      { version: '2.0.0', labels: ['production'] },
      { version: 'v3', labels: [] },
    ];
    const stored = new Map<string, PromptRecord>();
    const sloppy: PromptStore = {
      name: 'sloppy',
      async listVersions(name) {
        if (name.startsWith('verify-store/missing-')) throw new Error('no such prompt');
        if (name === 'demo/prompt') return versions;
        return [...stored.values()].filter((r) => r.name === name).map((r) => ({ version: r.version, labels: [] }));
      },
      async getVersion(name, version) {
        if (name === 'demo/prompt') return version === '1.0.0' ? good : version === '2.0.0' ? tampered : undefined;
        return stored.get(`${name}@${version}`);
      },
      async list() {
        return ['demo/prompt', 'Bad Name'];
      },
      async resolve() {
        return good;
      },
      async putVersion(r) {
        stored.set(`${r.name}@${r.version}`, r); // overwrites: versions are not immutable here
      },
      watch() {
        return () => undefined; // never notifies
      },
    };
    // The budget is each check's: the watch check waits it out twice (this store never notifies), and every
    // other check must fit in it, so it is far above what an in-memory check takes on a loaded machine.
    const error = await failureOf(verifyStore(() => sloppy, { timeoutMs: 2_000 }));
    const failed = error.report.checks.filter((c) => !c.ok).map((c) => c.name);
    expect(failed).toEqual([
      'listVersions of an unknown name resolves to []',
      'list() resolves to sorted, unique, valid names',
      'putVersion of changed content under an existing version rejects',
      'putVersion of an existing version with labels moves them there',
      'every listed version is semver with string-array labels, and its record verifies',
      'each label sits on one version of a name only',
      'resolve agrees with local resolution (exact, latest, range, labels)',
      'watch notifies its listener of writes (putVersion, setLabel), and unsubscribes',
    ]);
    expect(error.message).toMatch(/^Store "sloppy" breaks the store contract \(8 of 17 checks failed\):\n/);
    expect(error.message).toMatch(/listVersions of an unknown name resolves to \[\]: Error: no such prompt/);
    expect(error.message).toMatch(/invalid name "Bad Name"/);
    expect(error.message).toMatch(/putting different content under 1\.0\.0 resolved; versions must be immutable/);
    expect(error.message).toMatch(/demo\/prompt@2\.0\.0: IntegrityError: Integrity check failed/);
    expect(error.message).toMatch(/demo\/prompt@v3: the version is not semver/);
    expect(error.message).toMatch(/label "production" of "demo\/prompt" is on 1\.0\.0 and 2\.0\.0/);
    expect(error.message).toMatch(
      /resolve\("demo\/prompt", "999\.999\.999"\) gave 1\.0\.0, local resolution undefined/,
    );
    expect(error.message).toMatch(/a watch notification after putVersion did not settle within 2000 ms/);
  });

  it('stops early when the factory does not return a store', async () => {
    const error = await failureOf(verifyStore(() => ({ name: 'half' }) as unknown as PromptStore));
    expect(error.report.checks.map((c) => [c.name, c.ok])).toEqual([
      ['store.name is a non-empty string', true],
      ['required methods exist and optional ones are functions', false],
    ]);
    expect(error.message).toMatch(
      /required methods exist and optional ones are functions: listVersions is missing\n {6}getVersion is missing/,
    );
  });

  it('a check that hangs fails with a timeout instead of hanging the suite', async () => {
    const hanging: PromptStore = {
      name: 'hanging',
      listVersions: () => new Promise(() => undefined),
      getVersion: async () => undefined,
    };
    const error = await failureOf(verifyStore(() => hanging, { timeoutMs: 100 }));
    expect(error.message).toMatch(
      /listVersions of an unknown name resolves to \[\]: Error: the check "listVersions of an unknown name resolves to \[\]" did not settle within 100 ms/,
    );
  });

  it("a store that throws a StoreError for a caller's mistake fails the ConfigError rule", async () => {
    const base = memoryStore([record('1.0.0')]);
    const store: PromptStore = {
      ...base,
      name: 'mistaken',
      async setLabel(name, label, version, meta) {
        if (label === 'latest') throw new StoreError('bad label', { store: 'mistaken', status: 400 });
        return base.setLabel(name, label, version, meta);
      },
    };
    const error = await failureOf(verifyStore(() => store));
    expect(error.report.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual([
      "a caller's mistake (invalid label, non-function watch listener) is a ConfigError, never a StoreError",
    ]);
    expect(error.message).toMatch(/rejected with a StoreError, which the client takes for an outage/);
  });
});
