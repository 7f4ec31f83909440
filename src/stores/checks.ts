/**
 * Argument and answer checks shared by the stores: a prompt name before it reaches a backend, a
 * label name (a caller's mistake is a `ConfigError`), one version per label.
 * @module
 */
import { explainInvalidName } from '../engine/name.js';
import { LABEL_RULE } from '../engine/record-shape.js';
import { selectorKind } from '../engine/selector.js';
import { ConfigError, PromptFormatError } from '../errors.js';
import type { VersionInfo } from './types.js';

/**
 * Throw a {@link PromptFormatError} (field `name`) unless `name` is a valid prompt name. Stores call
 * it before touching their backend, so `../x`, `%2e%2e`, `/abs`, NUL bytes and the like never reach
 * a file system or a URL.
 */
export function assertPromptName(name: unknown, storeName: string): asserts name is string {
  const problem = explainInvalidName(name);
  if (problem !== undefined) {
    throw new PromptFormatError(`${problem} (asked of the ${storeName} store); nothing was read`, {
      field: 'name',
    });
  }
}

/**
 * Throw a {@link ConfigError} (a caller's mistake, not an unavailable store) unless `label` can name a label: it must be a label selector
 * (`[a-zA-Z][a-zA-Z0-9._-]*`) and not the reserved word `latest`.
 */
export function assertLabelName(label: unknown, storeName: string): asserts label is string {
  if (typeof label !== 'string' || selectorKind(label) !== 'label') {
    const shown = typeof label === 'string' ? JSON.stringify(label) : typeof label;
    const reserved = label === 'latest' ? ' ("latest" is reserved: it always means the highest release)' : '';
    throw new ConfigError(`Invalid label ${shown}${reserved}: ${LABEL_RULE} (asked of the ${storeName} store).`, {
      option: 'label',
    });
  }
}

/**
 * Labels of a version list, checking that each label sits on one version only.
 * @returns the first label found on two versions, with both versions, or `undefined`.
 */
export function findDuplicateLabel(
  versions: readonly VersionInfo[],
): { label: string; versions: [string, string] } | undefined {
  const seen = new Map<string, string>();
  for (const v of versions) {
    for (const label of v.labels) {
      const other = seen.get(label);
      if (other !== undefined) return { label, versions: [other, v.version] };
      seen.set(label, v.version);
    }
  }
  return undefined;
}
