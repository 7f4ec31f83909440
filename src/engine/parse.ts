/**
 * Prompt files → records: `*.prompt.md` (YAML front matter + template body), `*.prompt.yaml` /
 * `*.prompt.yml` and `*.prompt.json` (every record field). Takes text, not paths: no `node:` import.
 *
 * Decisions:
 * - A `.prompt.md` file holds a text prompt: its body (minus the final line break, CRLF → LF) is
 *   the template. `template`, `messages` or `type: chat` in its front matter are errors that point
 *   to `.prompt.yaml`/`.prompt.json` for chat prompts.
 * - In every format, the shorthand top-level fields `owner`, `description` and `tags` go into
 *   `metadata` (giving one both ways is an error).
 * - A top-level field set to `null` (a blank `model:` in YAML) counts as not given.
 * - The name is `options.name` (derived from the path by the file store) unless the file says `name:`.
 * - Files over {@link MAX_PROMPT_FILE_BYTES} are rejected before parsing; YAML aliases are capped.
 * @module
 */
import { PromptFormatError, type PromptFormatLocation } from '../errors.js';
import { splitFrontMatter } from './parse/front-matter.js';
import { parseJsonSource } from './parse/json-source.js';
import { type ParsedSource, parseYamlSource } from './parse/yaml-source.js';
import type { PromptRecord } from './record.js';
import { parseRecord } from './record-schema.js';
import { RECORD_FIELDS } from './record-shape.js';
import { type FieldSegment, formatFieldPath, splitFieldPath } from './schema/field-path.js';
import { isPlainRecord } from './schema/picoschema.js';
import { closestMatch, describeValue } from './schema/suggest.js';

/** Largest prompt file accepted: 1 MiB. */
export const MAX_PROMPT_FILE_BYTES = 1024 * 1024;

/** The prompt file formats, by extension. */
export type PromptFileFormat = 'md' | 'yaml' | 'json';

const EXTENSIONS: ReadonlyArray<[string, PromptFileFormat]> = [
  ['.prompt.md', 'md'],
  ['.prompt.yaml', 'yaml'],
  ['.prompt.yml', 'yaml'],
  ['.prompt.json', 'json'],
];

/** A path segment that is a semver version (`1.2.0`, `v2.0.0-beta.1`): a version file that lost its `name:`. */
const SEMVER_SEGMENT = /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** True when a path segment is a semver version (`1.2.0`, `v2.0.0-beta.1`), as a version file is named. */
export function isVersionSegment(segment: string): boolean {
  return SEMVER_SEGMENT.test(segment);
}

/** Fields that may be written at the top level of a file and land in `metadata`. */
const SHORTHANDS = ['owner', 'description', 'tags'] as const;

const MD_FIELDS = [
  'version',
  'name',
  'labels',
  'type',
  'input',
  'output',
  'model',
  'tools',
  'metadata',
  'hash',
  ...SHORTHANDS,
];
const RECORD_FILE_FIELDS = [...RECORD_FIELDS, ...SHORTHANDS];

/** Options of {@link parsePromptFile}. */
export interface ParsePromptFileOptions {
  /** The file path (or URL); its extension picks the format, and errors name it. */
  file: string;
  /** The name derived from the path (e.g. `support/greeting`); a `name:` in the file wins. */
  name?: string;
}

/**
 * The format of a prompt file by its extension, or `undefined` when it is not a prompt file.
 *
 * @example
 * ```ts
 * promptFileFormat('support/greeting.prompt.md'); // 'md'
 * promptFileFormat('README.md');                  // undefined
 * ```
 */
export function promptFileFormat(file: string): PromptFileFormat | undefined {
  for (const [extension, format] of EXTENSIONS) if (file.endsWith(extension)) return format;
  return undefined;
}

/**
 * Parse the text of one prompt file into a checked record (see `parseRecord` for the record rules).
 *
 * @throws {PromptFormatError} naming the file, the 1-based line in the file, the field and the
 *   fix: bad YAML or JSON syntax, duplicate keys, a `.prompt.md` without (or with unterminated)
 *   front matter, a missing or non-semver version, an unknown type or field, a chat prompt without
 *   messages, an invalid name, a malformed input schema, …
 * @example
 * ```ts
 * const record = parsePromptFile(await readFile(path, 'utf8'), { file: path, name: 'support/greeting' });
 * ```
 */
export function parsePromptFile(text: string, options: ParsePromptFileOptions): PromptRecord {
  const { file } = options;
  const format = promptFileFormat(file);
  if (format === undefined) {
    const lower = promptFileFormat(file.toLowerCase());
    throw new PromptFormatError(
      lower === undefined
        ? 'not a prompt file: the name must end with .prompt.md, .prompt.yaml, .prompt.yml or .prompt.json'
        : 'prompt file extensions are lowercase: rename the file',
      { file },
    );
  }
  checkSize(text, file);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return format === 'md' ? parseMarkdown(text, options) : parseRecordFile(text, format, options);
  } catch (error) {
    // Input nested deeply enough to exhaust the stack of a parser is a format error, not a crash.
    if (error instanceof RangeError) {
      throw new PromptFormatError('the file is nested too deeply to read: flatten it', { file }, { cause: error });
    }
    throw error;
  }
}

function checkSize(text: string, file: string): void {
  if (text.length <= MAX_PROMPT_FILE_BYTES / 3) return;
  const bytes = text.length > MAX_PROMPT_FILE_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_PROMPT_FILE_BYTES) {
    throw new PromptFormatError(
      `the file is larger than ${MAX_PROMPT_FILE_BYTES / 1024 / 1024} MiB (${bytes} bytes): a prompt file this big is ` +
        'almost certainly not a prompt; split it, or move data out of the prompt',
      { file },
    );
  }
}

function parseMarkdown(text: string, options: ParsePromptFileOptions): PromptRecord {
  const { file } = options;
  const split = splitFrontMatter(text, file);
  const source = parseYamlSource(split.yaml, { file, lineOffset: split.yamlLineOffset, what: 'front matter' });
  const data = source.data === null ? {} : source.data;
  if (!isPlainRecord(data)) {
    throw new PromptFormatError(
      `the front matter must be YAML fields (\`version: 1.0.0\`, …), got ${describeValue(data)}`,
      { file, line: 2 },
    );
  }
  const fail = (detail: string, path: FieldSegment[]): never => {
    throw new PromptFormatError(detail, { file, ...positionOf(source, path, 1), field: formatFieldPath(path) });
  };
  const chatHint =
    'a .prompt.md file holds a text prompt (its body is the template); write a chat prompt as .prompt.yaml or .prompt.json';
  if (data.template !== undefined) {
    fail('the template of a .prompt.md file is its body, after the front matter: remove "template"', ['template']);
  }
  if (data.messages !== undefined) fail(`"messages" is not allowed here: ${chatHint}`, ['messages']);
  if (data.type === 'chat') fail(`type: chat is not allowed here: ${chatHint}`, ['type']);
  checkFields(data, MD_FIELDS, fail);
  const built = buildCandidate(data, options, fail);
  built.candidate.template = split.body;
  return checkRecord(built, source, options, split.bodyLine);
}

function parseRecordFile(text: string, format: 'yaml' | 'json', options: ParsePromptFileOptions): PromptRecord {
  const { file } = options;
  const source = format === 'json' ? parseJsonSource(text, { file }) : parseYamlSource(text, { file });
  if (!isPlainRecord(source.data)) {
    const example = format === 'json' ? '{ "version": "1.0.0", … }' : '`version: 1.0.0`, …';
    throw new PromptFormatError(
      `the file must hold the record's fields (${example}), got ${describeValue(source.data)}`,
      {
        file,
        line: 1,
      },
    );
  }
  const fail = (detail: string, path: FieldSegment[]): never => {
    throw new PromptFormatError(detail, { file, ...positionOf(source, path, 1), field: formatFieldPath(path) });
  };
  checkFields(source.data, RECORD_FILE_FIELDS, fail);
  return checkRecord(buildCandidate(source.data, options, fail), source, options, undefined);
}

function checkFields(
  data: Record<string, unknown>,
  allowed: readonly string[],
  fail: (d: string, p: FieldSegment[]) => never,
) {
  for (const key of Object.keys(data)) {
    if (allowed.includes(key)) continue;
    const guess = closestMatch(key, allowed);
    fail(
      `unknown field "${key}"${guess === undefined ? '' : `; did you mean "${guess}"?`} Allowed fields: ${allowed.join(', ')}. ` +
        'Put custom data under "metadata"',
      [key],
    );
  }
}

/** The record as the file states it, and the shorthand fields it used. */
interface Candidate {
  readonly candidate: Record<string, unknown>;
  readonly shorthands: ReadonlySet<string>;
}

/** The record as the file states it: nulls dropped, shorthands moved into metadata, name filled in. */
function buildCandidate(
  data: Record<string, unknown>,
  options: ParsePromptFileOptions,
  fail: (d: string, p: FieldSegment[]) => never,
): Candidate {
  const candidate: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) if (value !== null) candidate[key] = value;
  const shorthands = SHORTHANDS.filter((key) => candidate[key] !== undefined);
  if (shorthands.length > 0) {
    const metadata = candidate.metadata ?? {};
    if (!isPlainRecord(metadata)) {
      return fail(`"metadata" must be an object (description, owner, tags, …), got ${describeValue(metadata)}`, [
        'metadata',
      ]);
    }
    const merged: Record<string, unknown> = { ...metadata };
    for (const key of shorthands) {
      if (merged[key] !== undefined) fail(`"${key}" is given both at the top level and in metadata: keep one`, [key]);
      merged[key] = candidate[key];
      delete candidate[key];
    }
    candidate.metadata = merged;
  }
  if (candidate.name === undefined) {
    if (options.name === undefined) {
      fail('the prompt has no name: add `name: support/greeting` (or load the file through a file store)', ['name']);
    }
    const last = options.name.slice(options.name.lastIndexOf('/') + 1);
    if (SEMVER_SEGMENT.test(last) && options.name.includes('/')) {
      const parent = options.name.slice(0, options.name.lastIndexOf('/'));
      fail(
        `the file name is a version ("${last}") and the file has no \`name:\`, so it would become a new prompt ` +
          `"${options.name}": add \`name: ${parent}\` (each version file of a prompt kept in a folder needs it)`,
        ['name'],
      );
    }
    candidate.name = options.name;
  }
  return { candidate, shorthands: new Set(shorthands) };
}

/** `metadata.owner` → `owner` when the file used the shorthand. */
function shorthandPath(path: FieldSegment[], shorthands: ReadonlySet<string>): FieldSegment[] {
  if (path[0] === 'metadata' && typeof path[1] === 'string' && shorthands.has(path[1])) return path.slice(1);
  return path;
}

function checkRecord(
  { candidate, shorthands }: Candidate,
  source: ParsedSource,
  options: ParsePromptFileOptions,
  bodyLine: number | undefined,
): PromptRecord {
  try {
    return parseRecord(candidate, { file: options.file });
  } catch (error) {
    if (!(error instanceof PromptFormatError)) throw error;
    const field = error.field;
    const path = field === undefined ? [] : splitFieldPath(field);
    let detail = error.detail;
    let position: { line: number; column?: number };
    if (bodyLine !== undefined && path[0] === 'template') position = { line: bodyLine };
    else position = positionOf(source, shorthandPath(path, shorthands), 1);
    if (path[0] === 'name' && source.locate(['name']) === undefined) {
      detail += '. The name comes from the file path: rename the file, or set `name:` in the file';
    }
    const location: PromptFormatLocation = { file: options.file, ...position, field, promptName: error.promptName };
    throw new PromptFormatError(detail, location, { cause: error.cause ?? error });
  }
}

/** The position of `path` in the source, or `fallbackLine` when no part of it exists (a missing field). */
function positionOf(
  source: ParsedSource,
  path: FieldSegment[],
  fallbackLine: number,
): { line: number; column?: number } {
  return source.locate(path) ?? { line: fallbackLine };
}
