/**
 * `promoteLabel`: point a label of a prompt at a version, through any writable store (a folder
 * registry, a server, Postgres), saying whether it moved (DESIGN.md section 13).
 * @module
 */
import { labelMap } from '../engine/selector.js';
import { ConfigError, PromptNotFoundError, VersionNotFoundError } from '../errors.js';
import type { LabelMoveMeta, PromptStore } from '../stores/types.js';

/** What a promotion did. */
export interface PromoteResult {
  name: string;
  label: string;
  /** The version the label points at now. */
  version: string;
  /** Where it pointed before, or `null` when the label is new. */
  from: string | null;
  /** `false`: the label was already there; nothing changed and nothing was recorded. */
  moved: boolean;
}

/** A store that can move labels. */
export type LabelWriter = PromptStore & Required<Pick<PromptStore, 'setLabel'>>;

/** Check that `store` can move labels. @throws {ConfigError} */
export function assertLabelWriter(store: PromptStore): asserts store is LabelWriter {
  if (typeof store.setLabel !== 'function') {
    throw new ConfigError(`the ${store.name} store cannot move labels (it has no setLabel)`, { option: 'store' });
  }
}

/**
 * Point `label` of `name` at `version`. Promoting to where the label already is changes nothing
 * (`moved: false`).
 *
 * @throws {VersionNotFoundError} when that version does not exist (listing those that do).
 * @example
 * ```ts
 * await promoteLabel(store, 'support/greeting', 'production', '1.2.0', { actor: 'ada', reason: 'new tone' });
 * ```
 */
export async function promoteLabel(
  store: PromptStore,
  name: string,
  label: string,
  version: string,
  meta: LabelMoveMeta = {},
): Promise<PromoteResult> {
  assertLabelWriter(store);
  const versions = await store.listVersions(name);
  if (versions.length === 0) throw new PromptNotFoundError(name, { store: store.name });
  const from = versions.find((v) => v.labels.includes(label))?.version ?? null;
  if (!versions.some((v) => v.version === version)) {
    throw new VersionNotFoundError(name, version, {
      versions: versions.map((v) => v.version),
      labels: labelMap(versions),
    });
  }
  if (from === version) return { name, label, version, from, moved: false };
  await store.setLabel(name, label, version, meta);
  return { name, label, version, from, moved: true };
}
