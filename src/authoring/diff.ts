/**
 * Comparing two versions of a prompt: the template as a unified diff, input changes, model changes.
 * @module
 */
import { fetchRecord } from '../client/loader.js';
import { canonicalJson } from '../engine/hash.js';
import { unifiedDiff } from '../engine/line-diff.js';
import type { PromptRecord } from '../engine/record.js';
import { templateText } from '../engine/version-diff.js';
import type { PromptStore } from '../stores/types.js';
import { compareInputs, describeInput, type InputChanges } from './input-api.js';

/** What changed between two versions of a prompt (`promptops diff --json` prints it). */
export interface DiffResult {
  name: string;
  from: { version: string; hash: string | null };
  to: { version: string; hash: string | null };
  /** `true` when anything but labels differs. */
  changed: boolean;
  /** Unified diff of the template (chat prompts: one `[role]` block per message); `''` when equal. */
  template: string;
  input: InputChanges;
  /** The model configuration before and after, when it changed. */
  model: { from: unknown; to: unknown } | null;
  /** Other changed fields (`type`, `output`, `metadata`). */
  fields: string[];
}

/** Compare two records of one prompt. */
export function diffRecords(from: PromptRecord, to: PromptRecord): DiffResult {
  const template = unifiedDiff(
    templateText(from),
    templateText(to),
    `${from.name}@${from.version}`,
    `${to.name}@${to.version}`,
  );
  const input = compareInputs(describeInput(from), describeInput(to));
  const model =
    canonicalJson(from.model) === canonicalJson(to.model) ? null : { from: from.model ?? null, to: to.model ?? null };
  const fields = (['type', 'output', 'metadata'] as const).filter(
    (field) => canonicalJson(from[field]) !== canonicalJson(to[field]),
  );
  const changed =
    template !== '' ||
    input.added.length + input.removed.length + input.changed.length > 0 ||
    model !== null ||
    fields.length > 0;
  return {
    name: to.name,
    from: { version: from.version, hash: from.hash ?? null },
    to: { version: to.version, hash: to.hash ?? null },
    changed,
    template,
    input,
    model,
    fields: [...fields],
  };
}

/**
 * Load two versions of `name` (any selectors) from a store and compare them.
 * @throws `PromptNotFoundError` / `VersionNotFoundError` when either does not exist.
 */
export async function diffVersions(store: PromptStore, name: string, from: string, to: string): Promise<DiffResult> {
  const [a, b] = await Promise.all([fetchRecord(store, name, from), fetchRecord(store, name, to)]);
  return diffRecords(a, b);
}
