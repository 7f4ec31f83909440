/**
 * The own semver module against npm's: hand-written tables for every grammar form and the prerelease rule,
 * then differential properties against the real `semver` package (a dev dependency, the oracle).
 */
import fc from 'fast-check';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import {
  compare,
  isValidRange,
  major,
  maxSatisfying,
  minor,
  prerelease,
  satisfies,
  valid,
} from '../../src/engine/semver.js';

describe('valid', () => {
  it.each([
    ['1.2.3', '1.2.3'],
    ['0.0.0', '0.0.0'],
    ['v1.2.3', '1.2.3'],
    [' 1.2.3 ', '1.2.3'],
    ['\t v1.2.3\n', '1.2.3'],
    ['1.2.3+build.5', '1.2.3'],
    ['1.2.3-beta.1+b', '1.2.3-beta.1'],
    ['1.2.3-0a.00a.-', '1.2.3-0a.00a.-'],
    ['9007199254740991.0.0', '9007199254740991.0.0'],
    ['1.2.3-9007199254740993', '1.2.3-9007199254740993'],
    ['=1.2.3', null],
    ['V1.2.3', null],
    ['vv1.2.3', null],
    ['v 1.2.3', null],
    ['01.2.3', null],
    ['1.2', null],
    ['1.2.3.4', null],
    ['1.2.3-01', null],
    ['1.2.3-', null],
    ['1.2.3+', null],
    ['1.2.3-a..b', null],
    ['1.2.3beta', null],
    ['9007199254740992.0.0', null],
    ['', null],
    [`1.2.3-${'a'.repeat(250)}`, `1.2.3-${'a'.repeat(250)}`],
    [`1.2.3-${'a'.repeat(251)}`, null],
    [` 1.2.3-${'a'.repeat(249)}`, ` 1.2.3-${'a'.repeat(249)}`.trim()],
    [`  1.2.3-${'a'.repeat(249)}`, null],
  ])('valid(%j) is %j', (input, expected) => {
    expect(valid(input)).toBe(expected);
    expect(valid(input)).toBe(semver.valid(input));
  });

  it('refuses what is not a string', () => {
    expect(valid(undefined as unknown as string)).toBeNull();
    expect(valid(123 as unknown as string)).toBeNull();
  });
});

describe('compare, major, minor, prerelease', () => {
  it.each([
    ['1.2.3', '1.2.3', 0],
    ['1.2.3', '1.2.4', -1],
    ['2.0.0', '1.9.9', 1],
    ['1.10.0', '1.9.0', 1],
    ['1.2.3+a', '1.2.3+b', 0],
    ['v1.2.3', '1.2.3', 0],
    ['1.2.3-alpha', '1.2.3', -1],
    ['1.2.3', '1.2.3-alpha', 1],
    ['1.2.3-alpha', '1.2.3-alpha.1', -1],
    ['1.2.3-alpha.1', '1.2.3-alpha.beta', -1],
    ['1.2.3-2', '1.2.3-10', -1],
    ['1.2.3-10', '1.2.3-9a', -1],
    ['1.2.3-beta.11', '1.2.3-beta.2', 1],
    ['1.2.3-B', '1.2.3-a', -1],
    ['1.0.0-9007199254740993.x', '1.0.0-9007199254740992.y', 0],
  ])('compare(%j, %j) is %i', (a, b, expected) => {
    expect(compare(a, b)).toBe(expected);
    expect(compare(a, b)).toBe(semver.compare(a, b));
  });

  it('major, minor and prerelease read a version', () => {
    expect(major('3.4.5-rc.1')).toBe(3);
    expect(minor('3.4.5-rc.1')).toBe(4);
    expect(prerelease('3.4.5-rc.1')).toEqual(['rc', 1]);
    expect(prerelease('3.4.5-9007199254740991')).toEqual(['9007199254740991']);
    expect(prerelease('3.4.5')).toBeNull();
    expect(prerelease('junk')).toBeNull();
  });

  it('throws a TypeError for what is not a version, as semver does', () => {
    expect(() => compare('1.2', '1.2.0')).toThrow(new TypeError('Invalid Version: 1.2'));
    expect(() => major('x')).toThrow(TypeError);
    expect(() => minor('')).toThrow(TypeError);
  });
});

/** [range, versions it admits, versions it refuses] */
const RANGES: Array<[string, string[], string[]]> = [
  ['1.2.3', ['1.2.3', 'v1.2.3', '1.2.3+b'], ['1.2.4', '1.2.3-beta']],
  ['=1.2.3', ['1.2.3'], ['1.2.2']],
  ['v1.2.3', ['1.2.3'], ['1.2.2']],
  ['>1.2.3', ['1.2.4', '2.0.0'], ['1.2.3', '1.2.4-beta']],
  ['>=1.2.3', ['1.2.3', '9.0.0'], ['1.2.2', '1.2.3-beta']],
  ['<1.2.3', ['1.2.2', '0.0.0'], ['1.2.3', '1.2.3-beta']],
  ['<=1.2.3', ['1.2.3', '0.1.0'], ['1.2.4']],
  ['>= 1.2.3', ['1.2.3'], ['1.2.2']],
  ['> =1.2.3', ['1.2.3', '2.0.0'], ['1.2.2']],
  ['>=1.2.3 <2', ['1.2.3', '1.9.9'], ['2.0.0', '2.0.0-0', '1.2.2']],
  ['>=1.2.3  <2', ['1.9.9'], ['2.0.0']],
  ['>1.0.0 || <0.1.0', ['2.0.0', '0.0.9'], ['0.5.0', '1.0.0']],
  ['', ['0.0.0', '99.0.0'], ['1.0.0-beta']],
  ['*', ['1.0.0'], ['1.0.0-beta']],
  ['x', ['1.0.0'], ['1.0.0-beta']],
  ['X', ['1.0.0'], []],
  ['1', ['1.0.0', '1.9.9'], ['2.0.0', '0.9.9', '1.5.0-beta']],
  ['1.x', ['1.0.0', '1.9.9'], ['2.0.0']],
  ['1.x.x', ['1.0.0'], ['2.0.0']],
  ['1.2', ['1.2.0', '1.2.99'], ['1.3.0', '1.1.9']],
  ['1.2.*', ['1.2.0'], ['1.3.0']],
  ['1.2.x', ['1.2.5'], ['1.3.0']],
  ['>1', ['2.0.0'], ['1.9.9']],
  ['>1.2', ['1.3.0'], ['1.2.9']],
  ['<1.2', ['1.1.9'], ['1.2.0']],
  ['<=1.2', ['1.2.9'], ['1.3.0', '1.3.0-0']],
  ['<=1.x', ['1.9.9'], ['2.0.0']],
  ['>=1.x', ['1.0.0', '5.0.0'], ['0.9.0']],
  ['=1.x', ['1.5.0'], ['2.0.0']],
  ['<x', [], ['0.0.0', '1.0.0']],
  ['>*', [], ['1.0.0']],
  ['<=*', ['1.0.0'], []],
  ['~1.2.3', ['1.2.3', '1.2.9'], ['1.3.0', '1.2.2']],
  ['~1.2', ['1.2.0', '1.2.9'], ['1.3.0']],
  ['~1', ['1.0.0', '1.9.0'], ['2.0.0']],
  ['~>1.2.3', ['1.2.5'], ['1.3.0']],
  ['~> 1.2', ['1.2.5'], ['1.3.0']],
  ['~=1', ['1.0.0'], ['2.0.0']],
  ['~ 1.2', ['1.2.5'], ['1.3.0']],
  ['~0.0.1', ['0.0.1', '0.0.9'], ['0.1.0']],
  ['~1.2.3-beta.2', ['1.2.3-beta.2', '1.2.3-beta.10', '1.2.3', '1.2.9'], ['1.2.3-beta.1', '1.2.4-beta', '1.3.0']],
  ['^1.2.3', ['1.2.3', '1.9.9'], ['2.0.0', '1.2.2', '2.0.0-0']],
  ['^1.2', ['1.2.0', '1.99.0'], ['2.0.0']],
  ['^1', ['1.0.0'], ['2.0.0']],
  ['^1.x', ['1.0.0', '1.5.0'], ['2.0.0']],
  ['^0.1.2', ['0.1.2', '0.1.9'], ['0.2.0']],
  ['^0.1', ['0.1.0', '0.1.9'], ['0.2.0']],
  ['^0.0.1', ['0.0.1'], ['0.0.2']],
  ['^0.0', ['0.0.0', '0.0.9'], ['0.1.0']],
  ['^0', ['0.0.0', '0.9.9'], ['1.0.0']],
  ['^ 1.2', ['1.5.0'], ['2.0.0']],
  ['^1.2.3-beta.2', ['1.2.3-beta.2', '1.2.3-beta.3', '1.5.0'], ['1.2.3-beta.1', '1.2.4-beta.3', '2.0.0']],
  ['^0.0.1-beta', ['0.0.1-beta', '0.0.1'], ['0.0.2']],
  ['1.2.3 - 2.3.4', ['1.2.3', '2.3.4'], ['2.3.5', '1.2.2']],
  ['1.2 - 2.3.4', ['1.2.0', '2.3.4'], ['1.1.9', '2.3.5']],
  ['1.2.3 - 2.3', ['2.3.9'], ['2.4.0']],
  ['1.2.3 - 2', ['2.9.9'], ['3.0.0']],
  ['* - 2', ['0.0.0', '2.9.9'], ['3.0.0']],
  ['1.2.3-beta - 2.0.0-rc', ['1.2.3-beta', '1.5.0', '2.0.0-rc'], ['2.0.0', '1.2.3-alpha', '1.5.0-beta']],
  ['1.2.3 - 2.3.4 || >=3', ['2.0.0', '3.1.0'], ['2.5.0']],
  ['>=1.2.3-alpha <1.2.4', ['1.2.3-alpha', '1.2.3-beta', '1.2.3'], ['1.2.4-alpha']],
  ['>1.2.3-alpha.3', ['1.2.3-alpha.7', '3.4.5'], ['3.4.5-alpha.9']],
  ['1.2.3+build', ['1.2.3'], []],
  ['>=0.0.0', ['0.0.0'], ['0.0.0-alpha']],
  ['* || 1.2.3-beta', ['1.2.3'], ['1.2.3-beta']],
  ['1.2.3-beta || 1.0.0', ['1.2.3-beta'], ['1.2.3-alpha']],
  ['>=0.0.0 0.0.0-alpha', ['0.0.0-alpha'], ['0.0.0']],
  ['^1.x.3', ['1.0.0'], ['2.0.0']],
  ['x.1 - 2', ['0.0.0', '2.5.0'], ['3.0.0']],
  ['<0.0.0-0 || 1.2.3', ['1.2.3'], ['0.0.0']],
];

describe('ranges', () => {
  it.each(RANGES)('%j admits %j and refuses %j', (range, admits, refuses) => {
    expect(isValidRange(range)).toBe(true);
    for (const version of admits) expect(satisfies(version, range), version).toBe(true);
    for (const version of refuses) expect(satisfies(version, range), version).toBe(false);
    for (const version of [...admits, ...refuses]) {
      expect(satisfies(version, range), version).toBe(semver.satisfies(version, range));
    }
  });

  it.each([
    'latest',
    'production',
    '1.2.3.4',
    '01.2',
    '>=01.2.3',
    '^1.2.3.4',
    '==1.2.3',
    '**',
    '1.*.3',
    '*.1',
    '1 - ',
    '>= >= 1',
    '^~1',
    '1.2.3 foo',
    '>=1.2.3 || junk',
    '9007199254740992',
    '^9007199254740991',
    '>1.2.3-01',
  ])('%j is not a range', (range) => {
    expect(isValidRange(range)).toBe(false);
    expect(semver.validRange(range)).toBeNull();
    expect(satisfies('1.2.3', range)).toBe(false);
    expect(maxSatisfying(['1.2.3'], range)).toBeNull();
  });

  it('maxSatisfying returns the highest satisfying version as given, the first of equals', () => {
    expect(maxSatisfying(['1.2.3', '1.9.0', '2.0.0', '1.10.0-beta'], '^1.2')).toBe('1.9.0');
    expect(maxSatisfying(['1.2.3+a', 'v1.2.3', '1.2.3+b'], '1.2.x')).toBe('1.2.3+a');
    expect(maxSatisfying(['junk', '1.0.0'], '*')).toBe('1.0.0');
    expect(maxSatisfying(['2.0.0-beta.2', '2.0.0-beta.10'], '>=2.0.0-beta')).toBe('2.0.0-beta.10');
    expect(maxSatisfying(['3.0.0'], '^1')).toBeNull();
    expect(maxSatisfying([], '*')).toBeNull();
  });
});

// ---- differential properties against the real package -------------------------------------------------

/** Runs per property; `SEMVER_FUZZ_RUNS=200000 npx vitest run test/engine/semver.test.ts` for a long run. */
const RUNS = Number(process.env.SEMVER_FUZZ_RUNS ?? 4000);
const TIMEOUT = Math.max(30_000, RUNS);
const pick = <T>(...values: T[]) => fc.constantFrom(...values);

/** A version number part as people write it, right or wrong. */
const numberPart = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 3 }).map(String) },
  { weight: 1, arbitrary: fc.nat().map(String) },
  {
    weight: 1,
    arbitrary: pick('00', '01', '007', '9007199254740991', '9007199254740992', '9007199254740993', '1'.repeat(30)),
  },
);
const identifier = fc.oneof(
  pick('alpha', 'beta', 'rc', '0', '1', '2', '10', '01', '0a', '-', 'a-b', 'B', '9007199254740993', 'x', ''),
  fc.stringMatching(/^[0-9A-Za-z-]{1,6}$/),
);
const dotted = fc.array(identifier, { minLength: 1, maxLength: 3 }).map((ids) => ids.join('.'));
const prefix = pick('', '', '', '', 'v', '=', ' ', 'v ', 'V', '==', 'vv', '\t', '\u00a0', '=v');
const space = pick('', '', '', ' ', '  ', '\t', '\n');

/** Versions: mostly valid, many near-valid (prefixes, spaces, leading zeros, missing parts, huge numbers). */
const versionText = fc
  .tuple(
    prefix,
    fc.array(numberPart, { minLength: 1, maxLength: 4 }),
    fc.option(dotted, { nil: undefined }),
    fc.option(dotted, { nil: undefined }),
    space,
    space,
    pick('-', '-', '-', '', '.'),
  )
  .map(
    ([pre, parts, release, build, before, after, sep]) =>
      `${before}${pre}${parts.join('.')}${release === undefined ? '' : `${sep}${release}`}` +
      `${build === undefined ? '' : `+${build}`}${after}`,
  );
const junk = fc.string({ unit: fc.constantFrom(...'0123456789.-+vxX*=<>~^| \tab'.split('')), maxLength: 24 });
const aVersion = fc.oneof({ weight: 4, arbitrary: versionText }, { weight: 1, arbitrary: junk });

/** A valid version with small numbers, so that ranges and versions meet. */
const smallVersion = fc
  .tuple(
    fc.integer({ min: 0, max: 3 }),
    fc.integer({ min: 0, max: 3 }),
    fc.integer({ min: 0, max: 3 }),
    fc.option(pick('alpha', 'beta', 'beta.2', 'beta.10', '0', '1', 'rc.1'), { nil: undefined, freq: 3 }),
  )
  .map(([M, m, p, pre]) => `${M}.${m}.${p}${pre === undefined ? '' : `-${pre}`}`);

/** A partial version of a range: 1-3 parts of numbers or x, maybe a prerelease and build, maybe a prefix. */
const partial = fc
  .tuple(
    pick('', '', '', '', 'v', '=', 'v=', ' '),
    fc.array(
      fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: 0, max: 3 }).map(String) },
        { weight: 2, arbitrary: pick('x', 'X', '*') },
        { weight: 1, arbitrary: pick('01', '9007199254740991', '99999999999999999999') },
      ),
      { minLength: 1, maxLength: 3 },
    ),
    fc.option(pick('alpha', 'beta', 'beta.2', '0', '1', 'rc.1', '01'), { nil: undefined, freq: 4 }),
    fc.option(pick('build', 'b.1', '001'), { nil: undefined, freq: 6 }),
  )
  .map(
    ([pre, parts, release, build]) =>
      `${pre}${parts.join('.')}${release === undefined ? '' : `-${release}`}${build === undefined ? '' : `+${build}`}`,
  );
const operator = pick('', '', '', '<', '<=', '>', '>=', '=', '~', '~>', '^', '==', '=<', '>=<', '~^');
const comparator = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(operator, pick('', '', '', ' ', '  '), partial).map((p) => p.join('')) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(partial, pick(' - ', ' - ', '  -  ', '- ', ' -', '-'), partial)
      .map(([from, sep, to]) => `${from}${sep}${to}`),
  },
  { weight: 1, arbitrary: pick('*', '', 'x', '>=0.0.0', '<0.0.0-0', 'latest', 'junk') },
);
const comparatorSet = fc
  .array(fc.tuple(comparator, pick(' ', ' ', '  ', '\t', '', '\u00a0', '\n ')), { minLength: 1, maxLength: 3 })
  .map((items) => items.map(([c, s]) => c + s).join(''));
const rangeText = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(space, fc.array(comparatorSet, { minLength: 1, maxLength: 3 }), pick('||', ' || ', '|| ', '|'), space)
      .map(([before, sets, or, after]) => `${before}${sets.join(or)}${after}`),
  },
  { weight: 1, arbitrary: junk },
  {
    // a generated range with one character inserted or removed: near-valid ranges
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.array(comparatorSet, { minLength: 1, maxLength: 2 }).map((sets) => sets.join(' || ')),
        fc.nat(),
        fc.constantFrom(...'0123456789.-+vxX*=<>~^| '.split(''), ''),
      )
      .map(([range, at, char]) => {
        const i = at % (range.length + 1);
        return range.slice(0, i) + char + range.slice(char === '' ? i + 1 : i);
      }),
  },
);

describe('differential against the semver package', { timeout: TIMEOUT }, () => {
  it('valid agrees on generated and near-valid versions', () => {
    fc.assert(
      fc.property(aVersion, (text) => {
        expect(valid(text)).toBe(semver.valid(text));
        expect(prerelease(text)).toEqual(semver.prerelease(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('valid agrees around the 256-character limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 240, max: 262 }), pick('', ' ', 'v'), pick('-', '+'), (length, pre, sep) => {
        const text = `${pre}1.2.3${sep}${'a'.repeat(length - pre.length - 6)}`;
        expect(valid(text)).toBe(semver.valid(text));
      }),
      { numRuns: 200 },
    );
  });

  it('compare, major and minor agree on pairs of versions', () => {
    fc.assert(
      fc.property(fc.oneof(smallVersion, versionText), fc.oneof(smallVersion, versionText), (a, b) => {
        if (semver.valid(a) === null || semver.valid(b) === null) {
          if (semver.valid(a) === null) expect(() => compare(a, b)).toThrow(TypeError);
          return;
        }
        expect(compare(a, b)).toBe(semver.compare(a, b));
        expect(major(a)).toBe(semver.major(a));
        expect(minor(a)).toBe(semver.minor(a));
      }),
      { numRuns: RUNS },
    );
  });

  it('isValidRange agrees with validRange on generated ranges and junk', () => {
    fc.assert(
      fc.property(rangeText, (range) => {
        expect(isValidRange(range)).toBe(semver.validRange(range) !== null);
      }),
      { numRuns: RUNS },
    );
  });

  it('isValidRange agrees on ranges around the 256-character bounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 240, max: 262 }),
        pick('x.x.x-', '^x.x.x-', '~1.2.3-', '1.2.3-', '>=1.2.3-', '1.2.3-a - 2.0.0-', 'x.x.x+'),
        (length, head) => {
          const range = `${head}${'a'.repeat(length)}`;
          expect(isValidRange(range)).toBe(semver.validRange(range) !== null);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('satisfies and maxSatisfying agree on generated ranges and version lists', () => {
    fc.assert(
      fc.property(
        rangeText,
        fc.array(fc.oneof(smallVersion, smallVersion, aVersion), { maxLength: 8 }),
        (range, list) => {
          for (const version of list) expect(satisfies(version, range)).toBe(semver.satisfies(version, range));
          expect(maxSatisfying(list, range)).toBe(semver.maxSatisfying(list, range));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
