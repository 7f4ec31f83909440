/**
 * Prompt specs (`name@selector`) and selector resolution over a list of versions.
 * See DESIGN.md section 5.
 * @module
 */
import { ConfigError } from '../errors.js';
import { explainInvalidName } from './name.js';
import * as semver from './semver.js';

/**
 * A listed version as selection needs it: the version and its labels (a store's `VersionInfo` is
 * one). Declared here so that the engine imports nothing from the stores.
 */
export interface VersionInfo {
  version: string;
  labels: readonly string[];
}

/** A parsed `name@selector`. */
export interface PromptSpec {
  /** The prompt name. */
  name: string;
  /** The selector after `@`, or `undefined` for a bare name. */
  selector: string | undefined;
}

/** How a selector picks a version. */
export type SelectorKind = 'exact' | 'range' | 'label' | 'latest';

const LABEL_PATTERN = /^[a-zA-Z][a-zA-Z0-9._-]*$/;

/**
 * Split `'support/greeting@^1.2'` into name and selector. Throws a {@link ConfigError} naming the
 * problem for an invalid name or an empty selector.
 */
export function parseSpec(spec: string): PromptSpec {
  if (typeof spec !== 'string') throw new ConfigError(`a prompt spec must be a string, got ${typeof spec}`);
  const at = spec.indexOf('@');
  const name = at === -1 ? spec : spec.slice(0, at);
  const selector = at === -1 ? undefined : spec.slice(at + 1);
  const problem = explainInvalidName(name);
  if (problem !== undefined) throw new ConfigError(`${problem} (in spec ${JSON.stringify(spec)})`);
  if (selector !== undefined) assertValidSelector(selector, spec);
  return { name, selector };
}

/** Throw a {@link ConfigError} unless `selector` is an exact version, a range, a label or `latest`. */
export function assertValidSelector(selector: string, context: string = selector): void {
  if (selector.length === 0 || selector.length > 256 || selectorKind(selector) === undefined) {
    throw new ConfigError(
      `invalid selector ${JSON.stringify(selector)} in ${JSON.stringify(context)}: use an exact version ("1.2.3"), ` +
        'an npm semver range ("^1.2", "~1.2.0", "1.x"), a label ("production") or "latest"' +
        langfuseLabelHint(selector),
    );
  }
}

/**
 * A selector that would be a label but for its first character (`2024-q1`, `_beta`; not a malformed version such as
 * `1.2.3.4`) is most likely a
 * Langfuse label, which `langfuseStore` serves as `lf-<label>`: say so. (Selectors are checked before any
 * store is asked, so the message cannot know the store's kind: the hint names the store it applies to.)
 */
function langfuseLabelHint(selector: string): string {
  return /^[0-9_][a-zA-Z0-9._-]*$/.test(selector) && /[a-zA-Z_]/.test(selector)
    ? `; labels start with a letter: a Langfuse label such as ${JSON.stringify(selector)} is ${JSON.stringify(`lf-${selector}`)} on langfuseStore`
    : '';
}

/** Classify a selector; `undefined` when it is none of the four kinds. */
export function selectorKind(selector: string): SelectorKind | undefined {
  if (selector === 'latest') return 'latest';
  if (semver.valid(selector) === selector) return 'exact';
  if (semver.isValidRange(selector)) return 'range';
  if (LABEL_PATTERN.test(selector)) return 'label';
  return undefined;
}

/** True when a selector always picks the same version (an exact version). */
export function isExactSelector(selector: string): boolean {
  return selectorKind(selector) === 'exact';
}

/** Sort versions highest first (semver precedence). Returns a new array. */
export function sortVersionsDescending<T extends { version: string }>(versions: readonly T[]): T[] {
  return [...versions].sort((a, b) => semver.compare(b.version, a.version));
}

/**
 * Pick the version a selector chooses among `versions`:
 * - exact `1.2.3`: that version;
 * - a range (`^1.2`, `~1.2.0`, `1.x`, `>=1 <3`): the highest satisfying version; prereleases only when
 *   the range names a prerelease of the same `MAJOR.MINOR.PATCH` (npm's rule);
 * - `latest`: the highest version that is not a prerelease;
 * - anything else: the version carrying that label.
 *
 * Returns `undefined` when nothing matches.
 */
export function resolveSelector<T extends VersionInfo>(versions: readonly T[], selector: string): T | undefined {
  const kind = selectorKind(selector);
  switch (kind) {
    case 'exact':
      return versions.find((v) => v.version === selector);
    case 'latest': {
      let best: T | undefined;
      for (const v of versions) {
        if (semver.prerelease(v.version) !== null) continue;
        if (best === undefined || semver.compare(v.version, best.version) > 0) best = v;
      }
      return best;
    }
    case 'range': {
      const chosen = semver.maxSatisfying(
        versions.map((v) => v.version),
        selector,
      );
      return chosen === null ? undefined : versions.find((v) => v.version === chosen);
    }
    case 'label':
      return versions.find((v) => v.labels.includes(selector));
    default:
      return undefined;
  }
}

/** Labels of a version list as `{ label: version }`, for error messages. */
export function labelMap(versions: readonly VersionInfo[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of versions) for (const label of v.labels) out[label] = v.version;
  return out;
}
