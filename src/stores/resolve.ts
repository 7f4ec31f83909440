/**
 * Local selector resolution over `listVersions` + `getVersion`: what a store without a native
 * one-round-trip `resolve` uses, and the reference `verifyStore` checks a native `resolve` against.
 * @module
 */
import type { PromptRecord } from '../engine/record.js';
import { resolveSelector } from '../engine/selector.js';
import type { PromptStore } from './types.js';

/**
 * Resolve `selector` for `name` the slow way: list the versions, pick one locally with
 * `resolveSelector`, then load it. Stores without a native one-round-trip `resolve` use this, and
 * `verifyStore` uses it as the reference a native `resolve` must agree with.
 *
 * @returns the record, or `undefined` when the name is unknown or nothing matches.
 * @example
 * ```ts
 * const record = await resolveLocally(store, 'support/greeting', '^1.2');
 * ```
 */
export async function resolveLocally(
  store: Pick<PromptStore, 'listVersions' | 'getVersion'>,
  name: string,
  selector: string,
): Promise<PromptRecord | undefined> {
  const versions = await store.listVersions(name);
  const chosen = resolveSelector(versions, selector);
  return chosen === undefined ? undefined : store.getVersion(name, chosen.version);
}
