/**
 * Listing a store: every prompt name with its latest version, versions, labels and owner.
 * @module
 */
import type { PromptRecord } from '../engine/record.js';
import { labelMap, resolveSelector, sortVersionsDescending } from '../engine/selector.js';
import type { PromptStore } from '../stores/types.js';
import { type ReadAllRecordsOptions, type ReadProblem, readAllRecords } from './store-contents.js';

/** One prompt name in `list`. */
export interface ListedPrompt {
  name: string;
  /** The `latest` version (highest non-prerelease; the highest when all are prereleases). */
  latest: string;
  /** Every version, highest first. */
  versions: string[];
  /** Label → version. */
  labels: Record<string, string>;
  /** Owner of the latest version, if any. */
  owner: string | null;
  description: string | null;
  type: 'text' | 'chat';
}

/** Every prompt of a store, and what could not be read (`promptops list --json` prints it). */
export interface ListResult {
  prompts: ListedPrompt[];
  /** Files or names that could not be read (they are left out of `prompts`). */
  problems: ReadProblem[];
}

/** Summarize records (every version of every name) into listed prompts, sorted by name. */
export function listPrompts(records: readonly PromptRecord[]): ListedPrompt[] {
  const byName = new Map<string, PromptRecord[]>();
  for (const record of records) {
    const list = byName.get(record.name);
    if (list === undefined) byName.set(record.name, [record]);
    else list.push(record);
  }
  const out: ListedPrompt[] = [];
  for (const name of [...byName.keys()].sort()) {
    const versions = sortVersionsDescending(byName.get(name) ?? []);
    const infos = versions.map((r) => ({ version: r.version, labels: r.labels ?? [], record: r }));
    const latest = resolveSelector(infos, 'latest')?.record ?? versions[0];
    if (latest === undefined) continue;
    const labels = labelMap(infos);
    out.push({
      name,
      latest: latest.version,
      versions: versions.map((r) => r.version),
      labels: Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      owner: typeof latest.metadata?.owner === 'string' ? latest.metadata.owner : null,
      description: typeof latest.metadata?.description === 'string' ? latest.metadata.description : null,
      type: latest.type,
    });
  }
  return out;
}

/** List every prompt of a store (it must be able to `list()` its names). */
export async function listStore(store: PromptStore, options: ReadAllRecordsOptions = {}): Promise<ListResult> {
  const contents = await readAllRecords(store, options);
  return { prompts: listPrompts(contents.records), problems: contents.problems };
}
