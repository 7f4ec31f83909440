/**
 * The one mapping between Langfuse labels and promptops labels, shared by `langfuseStore` and
 * `promptops pull --from langfuse`: a Langfuse label that is a valid promptops label keeps its name, one
 * that is not (`2024-q1`: promptops labels start with a letter) is `lf-<label>`, and the `labels`
 * option (`--label` of `pull`) renames any of them. Two Langfuse labels of one prompt that would get the
 * same promptops name are a collision: refused, never merged.
 * @module
 */
import { selectorKind } from '../engine/selector.js';
import { ConfigError } from '../errors.js';

/** Prefix of the promptops label that stands for a Langfuse label promptops cannot spell (`2024-q1`). */
export const ALIAS_PREFIX = 'lf-';

/** Two or more Langfuse labels of one prompt that would have the same promptops name. */
export interface LabelCollision {
  /** The promptops name they would share. */
  promptops: string;
  /** The Langfuse labels, sorted. */
  langfuse: string[];
}

/** A Langfuse label that has another name here, found from the name it would have had. */
export interface RenamedLabel {
  /** The Langfuse label. */
  langfuse: string;
  /** Its promptops name (the `labels` option). */
  promptops: string;
}

/** Two-way mapping between Langfuse labels and promptops labels. */
export interface LangfuseLabelMapping {
  /** Langfuse label → promptops label; `undefined` for Langfuse's automatic `latest`. */
  toPromptops(label: string): string | undefined;
  /**
   * The Langfuse labels that `toPromptops` maps to this promptops label: none (no Langfuse label has this
   * name here), one (the usual case), or several (a collision if a prompt has more than one of them).
   */
  candidates(label: string): string[];
  /**
   * The Langfuse label that a promptops label would stand for but that the `labels` option renamed
   * (`lf-2024-q1` with `{ '2024-q1': 'q1-2024' }`; `production` with `{ production: 'prod' }`), if any.
   */
  renamedAway(label: string): RenamedLabel | undefined;
  /** Whether a Langfuse label is renamed by the `labels` option (rather than kept or spelled `lf-<label>`). */
  isRenamed(label: string): boolean;
}

/**
 * The label mapping of `langfuseStore` (see its `labels` option). Langfuse's automatic `latest` is
 * left out (`latest` is a reserved selector meaning the newest version, which it is in Langfuse too).
 *
 * @throws {ConfigError} (option `labels`) for a rename to a name that is not a promptops label, or two
 *   renames to one name.
 */
export function langfuseLabelMapping(renames: Record<string, string> = {}): LangfuseLabelMapping {
  if (typeof renames !== 'object' || renames === null) {
    throw new ConfigError('must be an object of Langfuse label → promptops label', { option: 'labels' });
  }
  const own = new Map<string, string>();
  const back = new Map<string, string>();
  for (const [from, to] of Object.entries(renames)) {
    if (typeof to !== 'string' || selectorKind(to) !== 'label' || to === 'latest') {
      throw new ConfigError(
        `maps ${JSON.stringify(from)} to ${JSON.stringify(to)}, which is not a promptops label: use letters, digits, ".", "_" and "-", starting with a letter`,
        { option: 'labels' },
      );
    }
    const other = back.get(to);
    if (other !== undefined) {
      throw new ConfigError(
        `maps both ${JSON.stringify(other)} and ${JSON.stringify(from)} to ${JSON.stringify(to)}: give each Langfuse label its own name`,
        { option: 'labels' },
      );
    }
    own.set(from, to);
    back.set(to, from);
  }
  const toPromptops = (label: string): string | undefined => {
    if (label === 'latest') return undefined;
    const renamed = own.get(label);
    if (renamed !== undefined) return renamed;
    return selectorKind(label) === 'label' ? label : `${ALIAS_PREFIX}${label}`;
  };
  /** The Langfuse labels a promptops label could stand for before renames: itself, and `X` for `lf-X`. */
  const spellings = (label: string): string[] => {
    const out = [label];
    if (label.startsWith(ALIAS_PREFIX)) {
      const rest = label.slice(ALIAS_PREFIX.length);
      if (rest !== '' && selectorKind(rest) !== 'label') out.push(rest);
    }
    return out;
  };
  return {
    toPromptops,
    candidates(label) {
      const found = new Set<string>();
      const original = back.get(label);
      if (original !== undefined) found.add(original);
      for (const spelling of spellings(label)) if (toPromptops(spelling) === label) found.add(spelling);
      return [...found];
    },
    renamedAway(label) {
      for (const spelling of spellings(label)) {
        const renamed = own.get(spelling);
        if (renamed !== undefined && renamed !== label) return { langfuse: spelling, promptops: renamed };
      }
      return undefined;
    },
    isRenamed(label) {
      return own.has(label);
    },
  };
}

/** The collisions among one prompt's Langfuse labels under `toPromptops` (`[]` when there are none). */
export function labelCollisions(
  langfuseLabels: readonly string[],
  toPromptops: (label: string) => string | undefined,
): LabelCollision[] {
  const groups = new Map<string, Set<string>>();
  for (const label of langfuseLabels) {
    const mapped = toPromptops(label);
    if (mapped === undefined) continue;
    const group = groups.get(mapped) ?? new Set<string>();
    group.add(label);
    groups.set(mapped, group);
  }
  return [...groups]
    .filter(([, group]) => group.size > 1)
    .map(([promptops, group]) => ({ promptops, langfuse: [...group].sort() }))
    .sort((a, b) => (a.promptops < b.promptops ? -1 : 1));
}

/**
 * What a collision is and how to fix it, as one sentence after the prompt it is about: the Langfuse labels,
 * why they share a name, and the rename that separates them (`renameFix(label)` says how to rename in the
 * caller's terms: the store's `labels` option, or `--label` of `pull`).
 */
export function describeCollision(
  prompt: string,
  collision: LabelCollision,
  renameFix: (langfuseLabel: string) => string,
  isRenamed: (label: string) => boolean,
): string {
  const quoted = collision.langfuse.map((label) => JSON.stringify(label));
  const list = quoted.length === 2 ? `${quoted[0]} and ${quoted[1]}` : quoted.join(', ');
  const why = collision.langfuse
    .filter((label) => label !== collision.promptops)
    .map((label) =>
      isRenamed(label)
        ? `${JSON.stringify(label)} is renamed to it`
        : `${JSON.stringify(label)} does not start with a letter, so promptops spells it ${collision.promptops}`,
    )
    .join('; ');
  // Rename the label that is not already spelled as itself (the escaped or renamed one).
  const toRename = collision.langfuse.find((label) => label !== collision.promptops) ?? collision.langfuse[0] ?? '';
  return (
    `Langfuse prompt ${JSON.stringify(prompt)} has the labels ${list}, which would ${quoted.length === 2 ? 'both' : 'all'} be ` +
    `"${collision.promptops}" here (${why}), and one label cannot point at two versions. ` +
    `Fix: give ${JSON.stringify(toRename)} another name with ${renameFix(toRename)}`
  );
}
