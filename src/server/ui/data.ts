/**
 * What the registry page reads from the store: the catalog (one entry per prompt) and one prompt's
 * versions with their records. A record that fails to load is reported on its row, never hiding the
 * others.
 * @module
 */
import type { PromptRecord } from '../../engine/record.js';
import { resolveSelector, sortVersionsDescending } from '../../engine/selector.js';
import { mapLimited } from '../../stores/map-limited.js';
import type { PromptStore, VersionInfo } from '../../stores/types.js';

/** One prompt in the catalog. */
export interface CatalogEntry {
  name: string;
  /** The latest version: the highest non-prerelease, else the highest. */
  latest: string;
  /** Number of versions. */
  versionCount: number;
  /** Labels and the version each points at, sorted by label. */
  labels: Array<{ label: string; version: string }>;
  owner?: string;
  tags: string[];
  description?: string;
  type?: 'text' | 'chat';
  /** Why the latest record could not be read, when it could not. */
  problem?: string;
}

/** One version of a prompt, with its record when it could be read. */
export interface VersionEntry {
  version: string;
  labels: string[];
  record?: PromptRecord;
  problem?: string;
}

/** A prompt's versions, highest first. */
export interface PromptOverview {
  name: string;
  versions: VersionEntry[];
  /** The latest version (see {@link CatalogEntry.latest}). */
  latest: string;
}

/** At most this many store calls run at once while the catalog loads. */
const CONCURRENCY = 16;

/** The version `latest` picks, else the highest (a prompt with prereleases only). */
function latestVersion(versions: readonly VersionInfo[]): VersionInfo | undefined {
  return resolveSelector(versions, 'latest') ?? sortVersionsDescending(versions)[0];
}

function problemOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Owner, tags and description of a record's metadata, keeping only well-typed values. */
export function metadataOf(record: PromptRecord | undefined): { owner?: string; tags: string[]; description?: string } {
  const metadata = record?.metadata;
  const out: { owner?: string; tags: string[]; description?: string } = { tags: [] };
  if (metadata === undefined || metadata === null || typeof metadata !== 'object') return out;
  if (typeof metadata.owner === 'string') out.owner = metadata.owner;
  if (typeof metadata.description === 'string') out.description = metadata.description;
  if (Array.isArray(metadata.tags)) out.tags = metadata.tags.filter((tag): tag is string => typeof tag === 'string');
  return out;
}

/**
 * Every prompt of the store with its latest version's metadata, sorted by name.
 * @throws whatever `store.list` throws (a store without `list` has an empty catalog)
 */
export async function loadCatalog(store: PromptStore): Promise<CatalogEntry[] | undefined> {
  if (store.list === undefined) return undefined;
  const names = [...(await store.list())].sort();
  const entries = await mapLimited(names, CONCURRENCY, async (name): Promise<CatalogEntry | undefined> => {
    const versions = await store.listVersions(name);
    const latest = latestVersion(versions);
    if (latest === undefined) return undefined;
    const labels = versions
      .flatMap((v) => v.labels.map((label) => ({ label, version: v.version })))
      .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
    const entry: CatalogEntry = { name, latest: latest.version, versionCount: versions.length, labels, tags: [] };
    try {
      const record = await store.getVersion(name, latest.version);
      Object.assign(entry, metadataOf(record));
      if (record !== undefined) entry.type = record.type;
    } catch (error) {
      entry.problem = problemOf(error);
    }
    return entry;
  });
  return entries.filter((entry): entry is CatalogEntry => entry !== undefined);
}

/** A prompt's versions with their records, or `undefined` when the store does not know the name. */
export async function loadPrompt(store: PromptStore, name: string): Promise<PromptOverview | undefined> {
  const infos = sortVersionsDescending(await store.listVersions(name));
  const latest = latestVersion(infos);
  if (latest === undefined) return undefined;
  const versions = await mapLimited(infos, CONCURRENCY, async (info): Promise<VersionEntry> => {
    const entry: VersionEntry = { version: info.version, labels: [...info.labels].sort() };
    try {
      const record = await store.getVersion(name, info.version);
      if (record === undefined) entry.problem = 'listed but not found';
      else entry.record = record;
    } catch (error) {
      entry.problem = problemOf(error);
    }
    return entry;
  });
  return { name, versions, latest: latest.version };
}
