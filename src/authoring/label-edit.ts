/**
 * Moving labels in prompt files: add or remove one label in the `labels` of a `.prompt.md` front
 * matter, a `.prompt.yaml` or a `.prompt.json`, changing nothing else in the file. YAML is located
 * with the `yaml` library's document API (node ranges) and only the `labels` entry's text is
 * rewritten, so comments, key order, quoting and line endings stay as they were.
 * @module
 */
import { isMap, isScalar, isSeq, parseDocument, stringify, type YAMLMap } from 'yaml';
import { promptFileFormat } from '../engine/parse.js';
import { PromptFormatError } from '../errors.js';

/** The labels a file should have after the edit. */
export type LabelChange = { add: string } | { remove: string };

/**
 * The text of a prompt file with one label added or removed; the text unchanged when the label is
 * already there (add) or absent (remove).
 *
 * @throws {PromptFormatError} when the file's fields cannot be located (not a mapping, no front matter).
 * @example
 * ```ts
 * editLabels('---\nversion: 1.0.0\n---\nHi', 'a.prompt.md', { add: 'production' });
 * // '---\nversion: 1.0.0\nlabels: [production]\n---\nHi'
 * ```
 */
export function editLabels(text: string, file: string, change: LabelChange): string {
  const format = promptFileFormat(file);
  if (format === 'json') return editJsonLabels(text, file, change);
  if (format === 'yaml') return editYamlLabels(text, file, change);
  if (format === 'md') {
    const { start, end } = frontMatterRange(text, file);
    return text.slice(0, start) + editYamlLabels(text.slice(start, end), file, change) + text.slice(end);
  }
  throw new PromptFormatError('not a prompt file: cannot move labels in it', { file });
}

/** Offsets of the YAML between the two `---` lines of a `.prompt.md` text. */
function frontMatterRange(text: string, file: string): { start: number; end: number } {
  const fence = /^---[ \t]*\r?$/;
  const firstEnd = text.indexOf('\n');
  if (firstEnd === -1 || !fence.test(text.slice(0, firstEnd))) {
    throw new PromptFormatError('missing front matter: the file must start with a line "---"', { file, line: 1 });
  }
  let lineStart = firstEnd + 1;
  while (lineStart <= text.length) {
    const next = text.indexOf('\n', lineStart);
    const lineEnd = next === -1 ? text.length : next;
    if (fence.test(text.slice(lineStart, lineEnd))) return { start: firstEnd + 1, end: lineStart };
    if (next === -1) break;
    lineStart = next + 1;
  }
  throw new PromptFormatError('the front matter is never closed: add a line "---"', { file, line: 1 });
}

function labelText(label: string): string {
  return stringify(label, { lineWidth: 0 }).trim();
}

function nextLabels(current: readonly string[], change: LabelChange): string[] | undefined {
  if ('add' in change) return current.includes(change.add) ? undefined : [...current, change.add];
  return current.includes(change.remove) ? current.filter((l) => l !== change.remove) : undefined;
}

function editYamlLabels(yaml: string, file: string, change: LabelChange): string {
  const doc = parseDocument(yaml, { keepSourceTokens: false });
  if (doc.errors.length > 0) {
    throw new PromptFormatError(`the YAML cannot be parsed: ${doc.errors[0]?.message ?? 'syntax error'}`, { file });
  }
  const eol = yaml.includes('\r\n') ? '\r\n' : '\n';
  const map = doc.contents;
  if (!isMap(map)) throw new PromptFormatError('the fields must be a YAML mapping', { file });
  const pair = (map as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === 'labels');
  if (pair === undefined || pair.value === null || (isScalar(pair.value) && pair.value.value === null)) {
    if ('remove' in change) return yaml;
    return insertLabelsLine(yaml, map as YAMLMap, file, `labels: [${labelText(change.add)}]`, eol);
  }
  const node = pair.value;
  if (!isSeq(node) || node.range === undefined || node.range === null) {
    throw new PromptFormatError('"labels" must be a list such as [production]', { file, field: 'labels' });
  }
  const current = node.items.map((item) => String(isScalar(item) ? item.value : item));
  const next = nextLabels(current, change);
  if (next === undefined) return yaml;
  const [start, valueEnd] = node.range;
  if (next.length === 0) {
    // Remove the whole `labels:` entry, from the start of its line to the end of its last line.
    const keyStart = isScalar(pair.key) && pair.key.range ? pair.key.range[0] : start;
    const lineStart = yaml.lastIndexOf('\n', keyStart - 1) + 1;
    let lineEnd = yaml.indexOf('\n', Math.max(valueEnd - 1, keyStart));
    lineEnd = lineEnd === -1 ? yaml.length : lineEnd + 1;
    return yaml.slice(0, lineStart) + yaml.slice(lineEnd);
  }
  let replacement: string;
  if (node.flow === true) {
    const padded = /^\[[ \t]/.test(yaml.slice(start, valueEnd));
    const inner = next.map(labelText).join(', ');
    replacement = padded ? `[ ${inner} ]` : `[${inner}]`;
  } else {
    const lineStart = yaml.lastIndexOf('\n', start - 1) + 1;
    const indent = yaml.slice(lineStart, start);
    replacement = next.map((label, i) => `${i === 0 ? '' : `${eol}${indent}`}- ${labelText(label)}`).join('');
  }
  // A block sequence's range may end after its last line break: keep what follows the last item.
  const trailing = yaml.slice(start, valueEnd).match(/\s*$/)?.[0] ?? '';
  return yaml.slice(0, start) + replacement + trailing + yaml.slice(valueEnd);
}

/** Add a `labels:` line after the `version:` entry (or at the end of the mapping). */
function insertLabelsLine(yaml: string, map: YAMLMap, file: string, line: string, eol: string): string {
  const version = map.items.find((p) => isScalar(p.key) && p.key.value === 'version');
  const value = version?.value;
  const range = isScalar(value) || isMap(value) || isSeq(value) ? value.range : undefined;
  if (range !== undefined && range !== null) {
    const lineEnd = yaml.indexOf('\n', range[1] - 1);
    if (lineEnd === -1) return `${yaml}${eol}${line}`;
    const at = yaml[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    return `${yaml.slice(0, at)}${eol}${line}${yaml.slice(at)}`;
  }
  if (map.flow === true) throw new PromptFormatError('cannot add labels to a flow mapping', { file });
  if (yaml === '' || yaml.endsWith('\n')) return `${yaml}${line}${eol}`;
  return `${yaml}${eol}${line}`;
}

function editJsonLabels(text: string, file: string, change: LabelChange): string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PromptFormatError(`the JSON cannot be parsed: ${(error as Error).message}`, { file });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new PromptFormatError('the file must hold one JSON object', { file });
  }
  const record = data as Record<string, unknown>;
  const current = Array.isArray(record.labels) ? record.labels.map(String) : [];
  const next = nextLabels(current, change);
  if (next === undefined) return text;
  const out: Record<string, unknown> = {};
  const hadLabels = 'labels' in record;
  for (const [key, value] of Object.entries(record)) {
    if (key === 'labels') {
      if (next.length > 0) out.labels = next;
      continue;
    }
    out[key] = value;
    if (key === 'version' && !hadLabels && next.length > 0) out.labels = next;
  }
  if (!('labels' in out) && next.length > 0) out.labels = next;
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const body = JSON.stringify(out, null, indent).replaceAll('\n', eol);
  return /\r?\n$/.test(text) ? `${body}${eol}` : body;
}
