/**
 * `promptops validate`'s check of `promptops.config.json`: every pin and experiment names a prompt that
 * is there, and every pinned selector and experiment variant matches one of its versions. Findings point
 * at the line of the key in the config file and word the problem as the client's `error` event does.
 * @module
 */
import { readFile } from 'node:fs/promises';
import type { ConfigFile } from '../client/config-file.js';
import { unknownNameText } from '../client/unknown-names.js';
import { parseJsonSource } from '../engine/parse/json-source.js';
import type { FieldSegment } from '../engine/schema/field-path.js';
import { labelMap, resolveSelector, sortVersionsDescending } from '../engine/selector.js';
import { suggestNames } from '../stores/suggest.js';
import type { VersionInfo } from '../stores/types.js';

/** The config file whose names `validate` checks. */
export interface ConfigToCheck {
  /** The file's absolute path (read for the lines of its keys). */
  file: string;
  /** The file as printed in findings (relative to the working directory). */
  shown: string;
  /** Its validated contents. */
  config: ConfigFile;
}

/** One problem with a pin or experiment (validate makes it an error finding of rule `config`). */
export interface ConfigNameProblem {
  /** The line of the key in the config file (1 when not found). */
  line: number;
  /** The prompt name the pin or experiment is keyed on. */
  name: string;
  message: string;
  /** How to fix it (starts lower-case, or with "did you mean"). */
  fix: string;
}

/**
 * The problems of the pins and experiments of `target` that name prompts absent from `versions` (name →
 * its versions and labels), or selectors that match none of a prompt's versions. `where` says what was
 * checked, e.g. `'the folder prompts'`.
 */
export async function configNameProblems(
  target: ConfigToCheck,
  versions: ReadonlyMap<string, readonly VersionInfo[]>,
  where: string,
): Promise<ConfigNameProblem[]> {
  const { pins = {}, experiments = {}, defaultSelector } = target.config;
  if (Object.keys(pins).length === 0 && Object.keys(experiments).length === 0) return [];
  const lineOf = await keyLines(target.file);
  const problems: ConfigNameProblem[] = [];
  const finding = (path: FieldSegment[], name: string, message: string, fix: string): void => {
    problems.push({ line: lineOf(path), name, message, fix });
  };
  const checkSelector = (path: FieldSegment[], label: string, name: string, selector: string): void => {
    const known = versions.get(name) ?? [];
    // No version parsed: the findings of its files say why.
    if (known.length === 0 || resolveSelector(known, selector) !== undefined) return;
    const sorted = sortVersionsDescending(known);
    const labels = Object.entries(labelMap(sorted)).map(([l, v]) => `${l} → ${v}`);
    finding(
      path,
      name,
      `${label}: "${selector}" matches no version of "${name}" (versions: ${sorted.map((v) => v.version).join(', ')}; ` +
        `labels: ${labels.join(', ') || '(none)'})`,
      'pick a selector that matches one of these versions or labels, or publish a matching version',
    );
  };
  const checkName = (option: 'pins' | 'experiments', name: string): boolean => {
    if (versions.has(name)) return true;
    const { problem, fix } = unknownNameText(option, where, suggestNames(name, versions.keys()), defaultSelector);
    finding([option, name], name, `${option}[${JSON.stringify(name)}] ${problem}`, `${fix} (in ${target.shown})`);
    return false;
  };
  for (const [name, selector] of Object.entries(pins)) {
    if (checkName('pins', name)) checkSelector(['pins', name], `pins[${JSON.stringify(name)}]`, name, selector);
  }
  for (const [name, experiment] of Object.entries(experiments)) {
    if (!checkName('experiments', name)) continue;
    for (const [variant, selector] of Object.entries(experiment.variants)) {
      const path = ['experiments', name, 'variants', variant];
      checkSelector(path, `experiments[${JSON.stringify(name)}].variants.${variant}`, name, selector);
    }
  }
  return problems;
}

/** The line of a key path in a JSON file (1 when the file cannot be read or parsed again). */
async function keyLines(file: string): Promise<(path: FieldSegment[]) => number> {
  try {
    const source = parseJsonSource(await readFile(file, 'utf8'), { file });
    return (path) => source.locate(path)?.line ?? 1;
  } catch {
    return () => 1;
  }
}
