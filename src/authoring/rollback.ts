/**
 * `rollbackLabel`: move a label back to where it pointed before its last move, found in the store's
 * label history (or to an explicit version) (DESIGN.md section 13).
 * @module
 */
import { ConfigError } from '../errors.js';
import type { LabelMove, LabelMoveMeta, PromptStore } from '../stores/types.js';
import { type PromoteResult, promoteLabel } from './promote.js';

/** Options of {@link rollbackLabel}. */
export interface RollbackOptions {
  /**
   * The version to go back to, instead of the one the history names.
   * @default undefined (where the label pointed before its last move)
   */
  to?: string;
  /**
   * Who and why; the reason defaults to `'rollback from <current>'`.
   * @default {}
   */
  meta?: LabelMoveMeta;
}

/** What a rollback did: a promotion, and the history entry it undid (when the history was used). */
export interface RollbackResult extends PromoteResult {
  /** The move that is undone, when the target came from the history. */
  undone?: LabelMove;
}

/**
 * Where `label` pointed before it moved to `current`: the `from` of the newest move of that label
 * onto `current`; `undefined` when the history does not say.
 */
export function previousVersion(
  moves: readonly LabelMove[],
  label: string,
  current: string | null,
): LabelMove | undefined {
  return moves.find((move) => move.label === label && move.to === current && move.from !== null);
}

/**
 * Move `label` of `name` back: to `options.to`, or to where it pointed before its last move.
 *
 * @throws {ConfigError} when the label is on no version, or the history does not say where it was
 *   (the message suggests `--to`).
 * @example
 * ```ts
 * const result = await rollbackLabel(store, 'support/greeting', 'production', { meta: { actor: 'ada' } });
 * result.from; // '1.2.0'
 * result.version; // '1.1.0'
 * ```
 */
export async function rollbackLabel(
  store: PromptStore,
  name: string,
  label: string,
  options: RollbackOptions = {},
): Promise<RollbackResult> {
  const versions = await store.listVersions(name);
  const current = versions.find((v) => v.labels.includes(label))?.version ?? null;
  let target = options.to;
  let undone: LabelMove | undefined;
  if (target === undefined) {
    if (current === null) {
      throw new ConfigError(
        `label "${label}" of "${name}" is on no version, so there is nothing to roll back: promote a version instead`,
        { option: 'label' },
      );
    }
    if (typeof store.labelHistory !== 'function') {
      throw new ConfigError(
        `the ${store.name} store keeps no label history, so where "${label}" pointed before is unknown: pass --to <version>`,
        { option: 'to' },
      );
    }
    undone = previousVersion(await store.labelHistory(name), label, current);
    if (undone?.from === undefined || undone.from === null) {
      throw new ConfigError(
        `the history of "${name}" does not say where "${label}" pointed before ${current}: pass --to <version>`,
        { option: 'to' },
      );
    }
    target = undone.from;
  }
  const meta: LabelMoveMeta = {
    ...options.meta,
    reason: options.meta?.reason ?? `rollback from ${current ?? '(none)'}`,
  };
  const result = await promoteLabel(store, name, label, target, meta);
  return undone === undefined ? result : { ...result, undone };
}
