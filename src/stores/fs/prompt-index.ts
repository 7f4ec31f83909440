/**
 * The in-memory index of a file store: one entry per prompt file, grouped by prompt name. A name
 * whose files are broken or disagree (the same version twice, a label on two versions) carries a
 * `PromptFormatError`; the other names are unaffected.
 * @module
 */
import { isVersionSegment } from '../../engine/parse.js';
import type { PromptRecord } from '../../engine/record.js';
import { sortVersionsDescending } from '../../engine/selector.js';
import { PromptFormatError, type PromptOpsError } from '../../errors.js';
import { frozenRecord } from '../frozen.js';
import type { VersionInfo } from '../types.js';

/** One prompt file as indexed. */
export interface FileEntry {
  /** Path relative to the root, posix separators. */
  rel: string;
  /** Path shown in messages (the store's `dir` joined with `rel`). */
  file: string;
  /** The prompt name the file belongs to (for a broken file: its best guess). */
  name: string;
  /** The parsed record (with the file's labels), when the file is fine. */
  record?: PromptRecord;
  /** Its hash, when the file is fine. */
  hash?: string;
  /** Why the file cannot be used. */
  error?: PromptOpsError;
  /**
   * For a file that broke after it had loaded (truncated, half written, invalid for a moment): its last good
   * record and hash, still served until the file is fixed or removed.
   */
  lastGood?: { record: PromptRecord; hash: string };
}

/** A prompt name as indexed. */
export interface NameState {
  /** version → frozen record (labels included), hash and file. */
  versions: Map<string, { record: PromptRecord; hash: string; file: string }>;
  /** Set when the name cannot be used (no version loads): the first problem found, in file order. */
  error?: PromptOpsError;
  /** Every problem of the name (file problems, duplicate versions, duplicate labels). */
  problems: Array<{ file: string; error: PromptOpsError }>;
  /** Changes whenever what the name serves changes; used to notify watchers only on real changes. */
  signature: string;
}

/** A problem reported by `fileStore(...).problems()`. */
export interface FileStoreProblem {
  /** The prompt name it makes fail, when known. */
  name: string | undefined;
  /** The file (as shown in messages). */
  file: string;
  /** The error `getVersion`/`listVersions` of that name reject with. */
  error: PromptOpsError;
}

/**
 * Build the state of `name` from its file entries. A problem never takes away a version that loads: a broken
 * file that loaded before keeps serving its last good record, a second file of the same version is set aside
 * (an identical copy silently; the file that served the version before keeps it), and a label on two versions
 * stays where it was (or, new, on the first in file order). The problems are reported; the name fails only
 * when none of its versions loads.
 */
export function buildNameState(name: string, entries: readonly FileEntry[], previous?: NameState): NameState {
  const sorted = [...entries].sort((a, b) => a.rel.localeCompare(b.rel));
  // The file that served a version before goes first, so that a new duplicate never displaces it.
  const before = (entry: FileEntry): number => {
    const version = (entry.record ?? entry.lastGood?.record)?.version;
    return version !== undefined && previous?.versions.get(version)?.file === entry.file ? 0 : 1;
  };
  sorted.sort((a, b) => before(a) - before(b));
  const problems: NameState['problems'] = [];
  const versions: NameState['versions'] = new Map();
  const labelOwner = new Map<string, { version: string; file: string }>();
  const previousLabel = (label: string): string | undefined => {
    if (previous === undefined) return undefined;
    for (const [version, v] of previous.versions) if (v.record.labels?.includes(label)) return version;
    return undefined;
  };
  const usable: Array<{ entry: FileEntry; record: PromptRecord; hash: string }> = [];
  for (const entry of sorted) {
    if (entry.error !== undefined) problems.push({ file: entry.file, error: entry.error });
    const good = entry.error === undefined && entry.record !== undefined && entry.hash !== undefined;
    if (good) usable.push({ entry, record: entry.record as PromptRecord, hash: entry.hash as string });
    else if (entry.lastGood !== undefined) usable.push({ entry, ...entry.lastGood });
  }
  // Labels held before keep their version while two files claim them.
  for (const { entry, record } of usable) {
    for (const label of record.labels ?? []) {
      if (previousLabel(label) === record.version && !labelOwner.has(label)) {
        labelOwner.set(label, { version: record.version, file: entry.file });
      }
    }
  }
  for (const { entry, record: original, hash } of usable) {
    let record = original;
    const existing = versions.get(record.version);
    if (existing !== undefined) {
      if (existing.hash === hash) continue; // an identical copy: nothing to choose
      problems.push({
        file: entry.file,
        error: new PromptFormatError(
          `version ${record.version} of prompt "${name}" is defined twice, in ${existing.file} and ${entry.file}: ` +
            'remove one of the files or give it another version',
          { file: entry.file, field: 'version', promptName: name },
        ),
      });
      continue;
    }
    const kept: string[] = [];
    for (const label of record.labels ?? []) {
      const owner = labelOwner.get(label);
      if (owner !== undefined && owner.version !== record.version) {
        problems.push({
          file: entry.file,
          error: new PromptFormatError(
            `label "${label}" of prompt "${name}" is on two versions: ${owner.version} (${owner.file}) and ` +
              `${record.version} (${entry.file}); a label may sit on one version only: remove it from one file ` +
              `(it stays on ${owner.version} meanwhile)`,
            { file: entry.file, field: 'labels', promptName: name },
          ),
        });
        continue;
      }
      labelOwner.set(label, { version: record.version, file: entry.file });
      kept.push(label);
    }
    if (kept.length !== (record.labels ?? []).length) record = { ...record, labels: kept };
    versions.set(record.version, { record: frozenRecord(record, record.labels ?? [], hash), hash, file: entry.file });
  }
  const signature = sorted
    .map(
      (e) => `${e.rel}\u0000${e.hash ?? ''}\u0000${(e.record?.labels ?? []).join(',')}\u0000${e.error?.message ?? ''}`,
    )
    .join('\n');
  const state: NameState = { versions, problems, signature };
  const first = problems[0];
  if (first !== undefined && versions.size === 0) state.error = first.error;
  return state;
}

/** The versions of a healthy name, highest first. */
export function versionInfos(state: NameState): VersionInfo[] {
  const out: VersionInfo[] = [];
  for (const [version, { record, hash }] of state.versions) {
    out.push({ version, labels: [...(record.labels ?? [])], hash });
  }
  return sortVersionsDescending(out);
}

/** Files grouped by name, with each name's state kept up to date as files come and go. */
export class PromptIndex {
  readonly files = new Map<string, FileEntry>();
  readonly names = new Map<string, NameState>();
  private readonly byName = new Map<string, Set<string>>();
  /** Problems not tied to a prompt file (e.g. a directory link leading outside the root). */
  readonly otherProblems = new Map<string, FileStoreProblem>();

  /** Replace the entries of `removed` paths and add `added` entries; returns the names whose state changed. */
  update(removed: Iterable<string>, added: Iterable<FileEntry>): string[] {
    const touched = new Set<string>();
    const replaced = new Map<string, FileEntry>();
    for (const rel of removed) {
      const entry = this.files.get(rel);
      if (entry === undefined) continue;
      replaced.set(rel, entry);
      this.files.delete(rel);
      this.byName.get(entry.name)?.delete(rel);
      touched.add(entry.name);
    }
    for (const entry of added) {
      const previous = this.files.get(entry.rel);
      const before = previous ?? replaced.get(entry.rel);
      if (entry.error !== undefined && before !== undefined) {
        // Broken after it loaded: keep serving what it held, under the name it had.
        const good =
          before.record !== undefined && before.hash !== undefined && before.error === undefined
            ? { record: before.record, hash: before.hash }
            : before.lastGood;
        if (good !== undefined) {
          entry.lastGood = good;
          entry.name = before.name;
        }
      }
      if (previous !== undefined) {
        this.byName.get(previous.name)?.delete(entry.rel);
        touched.add(previous.name);
      }
      this.files.set(entry.rel, entry);
      let set = this.byName.get(entry.name);
      if (set === undefined) {
        set = new Set();
        this.byName.set(entry.name, set);
      }
      set.add(entry.rel);
      touched.add(entry.name);
    }
    const changed: string[] = [];
    for (const name of touched) {
      const rels = this.byName.get(name);
      const before = this.names.get(name);
      if (rels === undefined || rels.size === 0) {
        this.byName.delete(name);
        this.names.delete(name);
        if (before !== undefined) changed.push(name);
        continue;
      }
      const entries = [...rels].map((rel) => this.files.get(rel)).filter((e): e is FileEntry => e !== undefined);
      const after = buildNameState(name, entries, before);
      this.names.set(name, after);
      if (before?.signature !== after.signature) changed.push(name);
    }
    return changed.sort();
  }

  /** Paths of the indexed files equal to `rel` or under the directory `rel` (`''`: all). */
  filesUnder(rel: string): string[] {
    if (rel === '') return [...this.files.keys()];
    return [...this.files.keys()].filter((f) => f === rel || f.startsWith(`${rel}/`));
  }

  /** Names that load (at least one version), sorted. */
  healthyNames(): string[] {
    const out: string[] = [];
    for (const [name, state] of this.names) if (state.versions.size > 0) out.push(name);
    return out.sort();
  }

  /**
   * Files that look like versions of `name` but did not load, so they were filed under their path name
   * (`support/summarize/1.2.0.prompt.md` without `name:` is prompt `support/summarize/1.2.0`): the broken
   * files of the names `<name>/<version>` that serve nothing. Sorted by path.
   */
  misfiledVersions(name: string): FileEntry[] {
    const out: FileEntry[] = [];
    const prefix = `${name}/`;
    for (const [other, rels] of this.byName) {
      if (!other.startsWith(prefix) || !isVersionSegment(other.slice(prefix.length))) continue;
      if ((this.names.get(other)?.versions.size ?? 0) > 0) continue; // it loads: a prompt of its own
      for (const rel of rels) {
        const entry = this.files.get(rel);
        if (entry?.error !== undefined) out.push(entry);
      }
    }
    return out.sort((a, b) => a.rel.localeCompare(b.rel));
  }

  /** Every problem, sorted by file. */
  problems(): FileStoreProblem[] {
    const out: FileStoreProblem[] = [...this.otherProblems.values()];
    for (const [name, state] of this.names) {
      for (const problem of state.problems) out.push({ name, file: problem.file, error: problem.error });
    }
    return out.sort((a, b) => a.file.localeCompare(b.file) || a.error.message.localeCompare(b.error.message));
  }
}
