/**
 * `promptops/testing`: the store conformance suite. Run it on your own adapter in any test runner:
 * all at once with `verifyStore`, or one test per rule with `storeContractChecks`.
 *
 * @example
 * ```ts
 * import { verifyStore } from 'promptops/testing';
 * import { test } from 'vitest';
 *
 * test('my postgres store follows the PromptStore contract', async () => {
 *   await verifyStore(() => postgresStore({ url: process.env.DATABASE_URL! }));
 * });
 * ```
 * @module
 */
export type {
  StoreContractCheck,
  VerifyStoreCheck,
  VerifyStoreOptions,
  VerifyStoreReport,
} from './testing/verify-store.js';
export { StoreContractError, storeContractChecks, verifyStore } from './testing/verify-store.js';
