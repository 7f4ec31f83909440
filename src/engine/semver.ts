/**
 * npm's semver, the part promptops uses: strict SemVer 2.0.0 versions ({@link valid}, {@link compare},
 * {@link major}, {@link minor}, {@link prerelease}) and npm ranges ({@link isValidRange}, {@link satisfies},
 * {@link maxSatisfying}), with the behaviour of the `semver` package (7.x) under its default options
 * (`loose: false`, `includePrerelease: false`).
 *
 * Our own code instead of the `semver` package to keep the core bundle small (its range, comparator and
 * version classes and its regular expression table cost ~6 kB min+gzip, this module a fraction of it). It
 * follows node-semver's algorithm step by step: the same rewriting of hyphen ranges, tilde, caret and
 * x-ranges into primitive comparators, the same regular expressions with the same length bounds, the same
 * prerelease rule. `test/engine/semver.test.ts` holds it to the real package (a dev dependency) with
 * differential property tests. See docs/architecture.md#decisions.
 * @module
 */

/** A version as node-semver's `SemVer` holds it. */
interface Parsed {
  /** The normalized version: no `v`, no surrounding whitespace, no build metadata. */
  version: string;
  /** Major, minor, patch. */
  main: number[];
  /** Prerelease identifiers as written. */
  pre: string[];
}

/** A primitive comparator: operator (`''` means `=`) and version; no version matches any version. */
type Comparator = [operator: string, version: Parsed | undefined];

// node-semver's "safe" regular expressions (internal/re.js), with the same bounds: they decide which
// inputs longer than 256 characters are ranges, so they are part of the behaviour.
const NUM = '0|[1-9]\\d{0,256}';
const PRE_ID = `(?:\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}|${NUM})`;
const PRE = `(?:-(${PRE_ID}(?:\\.${PRE_ID})*))`;
const BUILD_ID = '[a-zA-Z0-9-]{1,250}';
const BUILD = `(?:\\+(${BUILD_ID}(?:\\.${BUILD_ID})*))`;
const FULL_PLAIN = `v?(${NUM})\\.(${NUM})\\.(${NUM})${PRE}?${BUILD}?`;
const X_ID = `(${NUM}|x|X|\\*)`;
const X_PLAIN = `[v=\\s]*${X_ID}(?:\\.${X_ID}(?:\\.${X_ID}(?:${PRE})?${BUILD}?)?)?`;
const LOOSE_PRE_ID = '(?:\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}|\\d{1,256})';
const X_COMPONENT = `(?:${NUM}|[xX*])`;

const FULL = new RegExp(`^${FULL_PLAIN}$`);
const COMPARATOR = new RegExp(`^((?:<|>)?=?)\\s?(${FULL_PLAIN})$|^$`);
const HYPHEN = new RegExp(`^\\s?(${X_PLAIN})\\s-\\s(${X_PLAIN})\\s?$`);
const X_RANGE = new RegExp(`^((?:<|>)?=?)\\s?${X_PLAIN}$`);
const TILDE_OR_CARET = new RegExp(`^(?:(\\^)|~>?)${X_PLAIN}$`);
/** Where a version that an operator may be separated from ends (node-semver's trimComparatorWhitespace). */
const VERSION_END = new RegExp(
  `\\d{1,256}\\.\\d{1,256}\\.\\d{1,256}(?:-?${LOOSE_PRE_ID}(?:\\.${LOOSE_PRE_ID})*)?${BUILD}?|` +
    `${X_COMPONENT}(?:\\.${X_COMPONENT}(?:\\.${X_COMPONENT}${PRE}?${BUILD}?)?)?`,
  'y',
);
const BUILD_ANYWHERE = /\+[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*/g;
const NUMERIC = /^[0-9]+$/;

const isX = (id: string | undefined): boolean => !id || id === 'x' || id === 'X' || id === '*';

function parse(version: string): Parsed | undefined {
  if (typeof version !== 'string' || version.length > 256) return undefined;
  const m = FULL.exec(version.trim());
  if (m === null) return undefined;
  const main = [+(m[1] as string), +(m[2] as string), +(m[3] as string)];
  if (main.some((n) => n > Number.MAX_SAFE_INTEGER)) return undefined;
  return { version: `${m[1]}.${m[2]}.${m[3]}${m[4] ? `-${m[4]}` : ''}`, main, pre: m[4] ? m[4].split('.') : [] };
}

function parseOrThrow(version: string): Parsed {
  const parsed = parse(version);
  if (parsed === undefined) throw new TypeError(`Invalid Version: ${version}`);
  return parsed;
}

/** SemVer 2.0.0 identifier precedence: numbers numerically and below alphanumerics, which compare in ASCII order. */
function compareIdentifiers(a: string, b: string): number {
  const an = NUMERIC.test(a);
  const bn = NUMERIC.test(b);
  const x = an && bn ? +a : a;
  const y = an && bn ? +b : b;
  return x === y ? 0 : an && !bn ? -1 : bn && !an ? 1 : x < y ? -1 : 1;
}

function compareParsed(a: Parsed, b: Parsed): number {
  if (a.version === b.version) return 0;
  for (let i = 0; i < 3; i++) {
    const x = a.main[i] as number;
    const y = b.main[i] as number;
    if (x !== y) return x < y ? -1 : 1;
  }
  if (!a.pre.length) return b.pre.length ? 1 : 0;
  if (!b.pre.length) return -1;
  for (let i = 0; ; i++) {
    const x = a.pre[i];
    const y = b.pre[i];
    if (x === undefined) return y === undefined ? 0 : -1;
    if (y === undefined) return 1;
    if (x !== y) return compareIdentifiers(x, y);
  }
}

/**
 * The normalized form of a strict SemVer 2.0.0 version, or `null` when it is none. Like `semver.valid`,
 * surrounding whitespace and one leading `v` are accepted and dropped, and so is build metadata:
 * `valid(' v1.2.3+b ')` is `'1.2.3'`. Test `valid(v) === v` for "exactly a normalized version".
 * Numbers above `Number.MAX_SAFE_INTEGER` and strings over 256 characters are not versions.
 */
export function valid(version: string): string | null {
  return parse(version)?.version ?? null;
}

/**
 * Compare two versions by SemVer precedence: `-1`, `0` or `1` (build metadata ignored). Throws a
 * `TypeError` for a string that is not a version, as `semver.compare` does.
 * @example [...versions].sort(compare) // lowest first
 */
export function compare(a: string, b: string): -1 | 0 | 1 {
  return compareParsed(parseOrThrow(a), parseOrThrow(b)) as -1 | 0 | 1;
}

/** The major number of a version. Throws a `TypeError` for a string that is not a version. */
export function major(version: string): number {
  return parseOrThrow(version).main[0] as number;
}

/** The minor number of a version. Throws a `TypeError` for a string that is not a version. */
export function minor(version: string): number {
  return parseOrThrow(version).main[1] as number;
}

/**
 * The prerelease identifiers of a version (`'1.2.0-beta.1'` → `['beta', 1]`; numbers below
 * `Number.MAX_SAFE_INTEGER` as numbers), or `null` for a release or a string that is not a version.
 */
export function prerelease(version: string): Array<string | number> | null {
  const pre = parse(version)?.pre;
  return pre?.length ? pre.map((id) => (NUMERIC.test(id) && +id < Number.MAX_SAFE_INTEGER ? +id : id)) : null;
}

/** Remove the whitespace between an operator and its version (`>= 1.2` → `>=1.2`), as node-semver does. */
function joinOperators(range: string): string {
  let out = '';
  let from = 0;
  let i = 0;
  while (i < range.length) {
    const start = i;
    if (range[i] === '<' || range[i] === '>') i++;
    else if (!'v= 0123456789xX*'.includes(range[i] as string)) {
      i++;
      continue;
    }
    while (i < range.length && 'v= '.includes(range[i] as string)) i++;
    VERSION_END.lastIndex = i;
    if (!VERSION_END.test(range)) continue;
    let j = start;
    if (range[j] === ' ') j++;
    if (range[j] === '<' || range[j] === '>') j++;
    if (range[j] === '=') j++;
    if (range[j] === ' ') {
      out += range.slice(from, j);
      from = j + 1;
    }
    i = VERSION_END.lastIndex;
  }
  return out + range.slice(from);
}

/** `1.2 - 2.3.4` → `>=1.2.0 <=2.3.4` (node-semver's hyphenReplace). */
function desugarHyphen(...g: string[]): string {
  const [, from, fM, fm, fp, , , to, tM, tm, tp, tpr] = g;
  const lower = isX(fM) ? '' : isX(fm) ? `>=${fM}.0.0` : isX(fp) ? `>=${fM}.${fm}.0` : `>=${from}`;
  const upper = isX(tM)
    ? ''
    : isX(tm)
      ? `<${+(tM as string) + 1}.0.0-0`
      : isX(tp)
        ? `<${tM}.${+(tm as string) + 1}.0-0`
        : tpr
          ? `<=${tM}.${tm}.${tp}-${tpr}`
          : `<=${to}`;
  return `${lower} ${upper}`.trim();
}

/** `1.x`, `>1.2`, `<=1`, `*` → primitive comparators (node-semver's replaceXRange). */
function desugarXRange(whole: string, op: string, M: string, m: string, p: string): string {
  if ((isX(M) && !isX(m)) || (isX(m) && p && !isX(p))) return whole;
  const xm = isX(M) || isX(m);
  const anyX = xm || isX(p);
  const gtlt = op === '=' && anyX ? '' : op;
  if (isX(M)) return gtlt === '>' || gtlt === '<' ? '<0.0.0-0' : '*';
  if (gtlt && anyX) {
    if (gtlt === '>') return xm ? `>=${+M + 1}.0.0` : `>=${M}.${+m + 1}.0`;
    if (gtlt === '<=') return xm ? `<${+M + 1}.0.0-0` : `<${M}.${+m + 1}.0-0`;
    return `${gtlt}${M}.${xm ? 0 : m}.0${gtlt === '<' ? '-0' : ''}`;
  }
  if (xm) return `>=${M}.0.0 <${+M + 1}.0.0-0`;
  if (anyX) return `>=${M}.${m}.0 <${M}.${+m + 1}.0-0`;
  return whole;
}

/** One space-free token of a range → primitive comparators (node-semver's parseComparator). */
function desugar(token: string): string {
  const t = TILDE_OR_CARET.exec(token);
  if (t === null) return token.replace(X_RANGE, desugarXRange as () => string).replace(/(<|>)?=?\s?\*/, '');
  const [, caret, M, m, p, pr] = t;
  if (isX(M)) return '';
  const lower = isX(m) ? `>=${M}.0.0` : isX(p) ? `>=${M}.${m}.0` : `>=${M}.${m}.${p}${pr ? `-${pr}` : ''}`;
  const upper =
    isX(m) || (caret && M !== '0')
      ? `<${+(M as string) + 1}.0.0-0`
      : caret && m === '0' && !isX(p)
        ? `<${M}.${m}.${+(p as string) + 1}-0`
        : `<${M}.${+(m as string) + 1}.0-0`;
  return `${lower} ${upper}`;
}

/** The comparators of one `||` alternative, or `undefined` when it is not valid (node-semver's parseRange). */
function parseComparators(alternative: string): Comparator[] | undefined {
  const range = joinOperators(alternative.replace(BUILD_ANYWHERE, '').replace(HYPHEN, desugarHyphen))
    .replace(/(\s?)~>?\s/g, '$1~')
    .replace(/(\s?)\^\s/g, '$1^');
  const comparators: Comparator[] = [];
  for (const text of range.split(' ').map(desugar).join(' ').split(/\s+/)) {
    const m = COMPARATOR.exec(text === '>=0.0.0' ? '' : text);
    if (m === null) return undefined;
    const version = m[2] === undefined ? undefined : parse(m[2]);
    if (m[2] !== undefined && version === undefined) return undefined;
    comparators.push([m[1] === '=' || m[1] === undefined ? '' : m[1], version]);
  }
  return comparators;
}

/** A range as the sets of comparators it is the union of, or `undefined` when it is not a valid range. */
function parseRange(range: string): Comparator[][] | undefined {
  if (typeof range !== 'string') return undefined;
  const sets: Comparator[][] = [];
  for (const alternative of range.trim().replace(/\s+/g, ' ').split('||')) {
    const set = parseComparators(alternative.trim());
    if (set === undefined) return undefined;
    sets.push(set);
  }
  // node-semver reduces a union holding an "any version" set (`*`, `x`, `>=0.0.0`, ``) beside another
  // satisfiable set to that set alone, which then admits no prerelease: `* || 1.2.3-beta` rejects 1.2.3-beta.
  const live = sets.filter((set) => !set.some(([op, v]) => op === '<' && v?.version === '0.0.0-0'));
  return live.length > 1 && live.some((set) => set.every(([, v]) => v === undefined)) ? [[]] : sets;
}

function testSet(set: Comparator[], version: Parsed): boolean {
  for (const [op, v] of set) {
    if (v === undefined) continue;
    const d = compareParsed(version, v);
    if (!(d === 0 ? op === '' || op.endsWith('=') : d < 0 ? op[0] === '<' : op[0] === '>')) return false;
  }
  // npm's prerelease rule: a prerelease only where a comparator names a prerelease of its MAJOR.MINOR.PATCH.
  return (
    !version.pre.length ||
    set.some(([, v]) => v !== undefined && v.pre.length > 0 && v.main.every((n, i) => n === version.main[i]))
  );
}

const test = (sets: Comparator[][], version: Parsed): boolean => sets.some((set) => testSet(set, version));

/**
 * True when `range` is an npm semver range (`semver.validRange(range) !== null`): `||` unions, hyphen
 * ranges (`1.2 - 2.3.4`), comparators (`<`, `<=`, `>`, `>=`, `=`, optionally space-separated from their
 * version), x-ranges and partial versions (`1.x`, `1.2.*`, `*`, `1`, the empty string), tilde (`~1.2.3`)
 * and caret (`^0.1`) ranges.
 */
export function isValidRange(range: string): boolean {
  return parseRange(range) !== undefined;
}

/**
 * True when `version` satisfies `range` (`semver.satisfies`): false for an invalid version or range. A
 * prerelease satisfies a comparator set only if one of its comparators has a prerelease on the same
 * `MAJOR.MINOR.PATCH` (`1.2.3-beta.2` satisfies `^1.2.3-beta.1`, `1.2.4-beta` does not).
 */
export function satisfies(version: string, range: string): boolean {
  const sets = parseRange(range);
  const parsed = parse(version);
  return sets !== undefined && parsed !== undefined && test(sets, parsed);
}

/**
 * The highest of `versions` that satisfies `range` (the first of equals), or `null` when none does or
 * `range` is not a range (`semver.maxSatisfying`). Returns the string as given.
 */
export function maxSatisfying(versions: readonly string[], range: string): string | null {
  const sets = parseRange(range);
  let max: string | null = null;
  let maxParsed: Parsed | undefined;
  if (sets === undefined) return null;
  for (const version of versions) {
    const parsed = parse(version);
    if (parsed && test(sets, parsed) && (!maxParsed || compareParsed(maxParsed, parsed) < 0)) {
      max = version;
      maxParsed = parsed;
    }
  }
  return max;
}
