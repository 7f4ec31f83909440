import { describe, expect, it } from 'vitest';
import {
  assertValidSelector,
  labelMap,
  parseSpec,
  resolveSelector,
  selectorKind,
  sortVersionsDescending,
} from '../../src/engine/selector.js';
import { ConfigError } from '../../src/errors.js';
import type { VersionInfo } from '../../src/stores/types.js';

const versions: VersionInfo[] = [
  { version: '1.0.0', labels: [] },
  { version: '1.1.0', labels: ['production'] },
  { version: '1.2.3', labels: [] },
  { version: '2.0.0-beta.1', labels: ['canary'] },
  { version: '2.0.0', labels: ['staging'] },
  { version: '2.1.0-rc.1', labels: [] },
];

describe('parseSpec', () => {
  it('splits name and selector', () => {
    expect(parseSpec('support/greeting')).toEqual({ name: 'support/greeting', selector: undefined });
    expect(parseSpec('support/greeting@^1.2')).toEqual({ name: 'support/greeting', selector: '^1.2' });
    expect(parseSpec('a@production')).toEqual({ name: 'a', selector: 'production' });
    expect(parseSpec('a@>=1.0.0 <2')).toEqual({ name: 'a', selector: '>=1.0.0 <2' });
  });

  it.each([
    ['', 'a prompt name must not be empty'],
    ['Support/Greeting', 'invalid prompt name "Support/Greeting"'],
    ['../etc/passwd', 'invalid prompt name "../etc/passwd"'],
    ['/abs', 'invalid prompt name "/abs"'],
    ['a//b', 'invalid prompt name "a//b"'],
    ['a/./b', 'invalid prompt name "a/./b"'],
    ['a\u0000b', 'invalid prompt name'],
    ['x'.repeat(201), 'at most 200 characters'],
  ])('rejects the name in %j', (spec, message) => {
    expect(() => parseSpec(spec)).toThrow(ConfigError);
    expect(() => parseSpec(spec)).toThrow(message);
  });

  it('rejects an empty or malformed selector with the accepted forms', () => {
    expect(() => parseSpec('a@')).toThrow(/invalid selector "" in "a@": use an exact version/);
    expect(() => parseSpec('a@!!')).toThrow(ConfigError);
    expect(() => assertValidSelector('1.2.3.4')).toThrow(/npm semver range/);
    expect(() => assertValidSelector('1.2.3.4')).not.toThrow(/Langfuse/);
  });

  it('says how langfuseStore spells a Langfuse label that starts with a digit or "_"', () => {
    expect(() => parseSpec('x@2024-q1')).toThrow(
      'invalid selector "2024-q1" in "x@2024-q1": use an exact version ("1.2.3"), an npm semver range ("^1.2", ' +
        '"~1.2.0", "1.x"), a label ("production") or "latest"; labels start with a letter: a Langfuse label such as ' +
        '"2024-q1" is "lf-2024-q1" on langfuseStore',
    );
    expect(() => parseSpec('x@_beta')).toThrow(/"_beta" is "lf-_beta" on langfuseStore/);
    expect(() => parseSpec('x@!!')).not.toThrow(/Langfuse/);
  });
});

describe('selectorKind', () => {
  it.each([
    ['1.2.3', 'exact'],
    ['1.2.3-beta.1', 'exact'],
    ['^1.2', 'range'],
    ['~1.2.0', 'range'],
    ['1.x', 'range'],
    ['1', 'range'],
    ['>=1 <3', 'range'],
    ['latest', 'latest'],
    ['production', 'label'],
    ['feature.v2-test', 'label'],
    ['!!', undefined],
  ])('%s is %s', (selector, kind) => {
    expect(selectorKind(selector)).toBe(kind);
  });
});

describe('resolveSelector', () => {
  it.each([
    ['1.1.0', '1.1.0'],
    ['9.9.9', undefined],
    ['^1.0', '1.2.3'],
    ['~1.1', '1.1.0'],
    ['1.x', '1.2.3'],
    ['*', '2.0.0'],
    ['^3', undefined],
    ['latest', '2.0.0'],
    ['production', '1.1.0'],
    ['staging', '2.0.0'],
    ['canary', '2.0.0-beta.1'],
    ['missing-label', undefined],
  ])('%s picks %s', (selector, expected) => {
    expect(resolveSelector(versions, selector)?.version).toBe(expected);
  });

  it('includes prereleases only when the range asks for one', () => {
    expect(resolveSelector(versions, '>=2.1.0-rc.0')?.version).toBe('2.1.0-rc.1');
    expect(resolveSelector(versions, '^2.0.0')?.version).toBe('2.0.0');
    expect(resolveSelector(versions, '2.0.0-beta.1')?.version).toBe('2.0.0-beta.1');
  });

  it('latest ignores prereleases and finds nothing among prereleases only', () => {
    expect(resolveSelector([{ version: '1.0.0-rc.1', labels: [] }], 'latest')).toBeUndefined();
    expect(resolveSelector([], 'latest')).toBeUndefined();
  });
});

describe('helpers', () => {
  it('sorts by semver precedence, highest first', () => {
    expect(sortVersionsDescending(versions).map((v) => v.version)).toEqual([
      '2.1.0-rc.1',
      '2.0.0',
      '2.0.0-beta.1',
      '1.2.3',
      '1.1.0',
      '1.0.0',
    ]);
  });

  it('maps labels to versions', () => {
    expect(labelMap(versions)).toEqual({ production: '1.1.0', canary: '2.0.0-beta.1', staging: '2.0.0' });
  });
});
