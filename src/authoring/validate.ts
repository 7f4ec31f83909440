/**
 * The checks of `promptops validate`, as plain functions: every file parses; template ⇄ schema;
 * labels unique; partials resolve; one file per version; the semver rule between consecutive
 * versions of a name; optionally an owner on every prompt. Each finding names the file, the line
 * and the fix.
 * @module
 */
import { open, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { verifyRecordHash } from '../engine/hash.js';
import { explainInvalidName } from '../engine/name.js';
import { splitFrontMatter } from '../engine/parse/front-matter.js';
import { parseJsonSource } from '../engine/parse/json-source.js';
import { type ParsedSource, parseYamlSource } from '../engine/parse/yaml-source.js';
import { parsePromptFile, promptFileFormat } from '../engine/parse.js';
import { unresolvedPartialMessage } from '../engine/partial-messages.js';
import { compilePrompt, partialNamesOf } from '../engine/prompt.js';
import type { PromptRecord } from '../engine/record.js';
import { type FieldSegment, splitFieldPath } from '../engine/schema/field-path.js';
import { compileInputSchema } from '../engine/schema/index.js';
import { closestMatch } from '../engine/schema/suggest.js';
import { resolveSelector } from '../engine/selector.js';
import * as semver from '../engine/semver.js';
import { isPromptOpsError } from '../errors.js';
import { nameFromPath, readPromptFile, walk } from '../stores/fs/paths.js';
import { mapLimited } from '../stores/map-limited.js';
import type { PromptStore, VersionInfo } from '../stores/types.js';
import { type ConfigToCheck, configNameProblems } from './config-names.js';
import { describeInput } from './input-api.js';

/** How bad a finding is: errors fail the run (exit 1), warnings do not. */
export type Severity = 'error' | 'warning';

/** The class of mistake a finding belongs to. */
export type FindingRule =
  | 'format'
  | 'file'
  | 'integrity'
  | 'template'
  | 'template-schema'
  | 'unused-input'
  | 'partial'
  | 'duplicate-version'
  | 'label'
  | 'semver'
  | 'owner'
  | 'store'
  | 'config';

/** One problem found by `validate`. */
export interface Finding {
  severity: Severity;
  rule: FindingRule;
  /** The file (relative to the working directory), or `name@version` for records from a server. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column, when known. */
  column?: number;
  /** The prompt name, when known. */
  name?: string;
  /** The version, when known. */
  version?: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** Options of the checks. */
export interface ValidateOptions {
  /** Every prompt must name an owner (`owner:` / `metadata.owner`). */
  requireOwner?: boolean;
  /** Called as files are checked (for progress on long runs). */
  onProgress?: (done: number, total: number) => void;
  /**
   * `promptops.config.json`, whose pins and experiments must name prompts that are there, with
   * selectors that match one of their versions.
   * @default undefined (no config file: nothing to check)
   */
  config?: ConfigToCheck;
}

/** The outcome of `validate`. */
export interface ValidateReport {
  /** No errors (warnings allowed). */
  ok: boolean;
  /** Prompt files read (0 for a server). */
  files: number;
  /** Distinct prompt names that parsed. */
  prompts: number;
  /** Versions that parsed. */
  versions: number;
  errors: number;
  warnings: number;
  /** Sorted by file, line, rule. */
  findings: Finding[];
}

/** One version to check, and how to find lines in its source. */
interface Entry {
  readonly file: string;
  readonly record: PromptRecord;
  /** Line of a record field (`['input', 'schema', 'tone']`), or of its nearest existing ancestor. */
  fieldLine(path: readonly FieldSegment[]): number | undefined;
  /** First line (from `from`) whose text matches `pattern`. */
  textLine(pattern: RegExp, from?: number): number | undefined;
  /** First line of the template text (the body of a `.prompt.md`). */
  readonly templateLine: number | undefined;
}

/**
 * Validate every prompt file under `root` (`shown` is how paths are printed, e.g. `prompts`).
 *
 * @example
 * ```ts
 * const report = await validateFolder('/repo/prompts', 'prompts', { requireOwner: true });
 * for (const f of report.findings) console.log(`${f.file}:${f.line} ${f.message} (${f.fix})`);
 * ```
 */
export async function validateFolder(
  root: string,
  shown: string,
  options: ValidateOptions = {},
): Promise<ValidateReport> {
  const real = await realpath(root);
  const base = shown.replace(/\/+$/, '');
  const show = (rel: string) => (base === '' || base === '.' ? rel : `${base}/${rel}`);
  const findings: Finding[] = [];
  const { files, refusals, nearMisses } = await walk(real);
  for (const rel of nearMisses) {
    const fix = await nearMissFix(join(real, ...rel.split('/')), rel);
    if (fix === undefined) continue;
    findings.push({
      severity: 'warning',
      rule: 'file',
      file: show(rel),
      line: 1,
      message:
        'looks like a prompt file but is skipped: only *.prompt.md, *.prompt.yaml, *.prompt.yml and *.prompt.json are read',
      fix,
    });
  }
  for (const refusal of refusals) {
    findings.push({
      severity: 'error',
      rule: 'file',
      file: show(refusal.rel),
      line: 1,
      message: `the path ${refusal.reason.split(/[;:] /)[0]}`,
      fix: fixOf(refusal.reason) ?? 'remove the path or move it inside the prompt folder',
    });
  }
  const entries: Entry[] = [];
  const fileNames: string[] = [];
  let done = 0;
  await mapLimited(files, 32, async (rel) => {
    const file = show(rel);
    const read = await readPromptFile(real, rel);
    if (!read.ok) {
      if (read.missing !== true) {
        findings.push({
          severity: 'error',
          rule: 'file',
          file,
          line: 1,
          message: `the file ${read.reason}`,
          fix: 'make it a readable regular file inside the prompt folder',
        });
      }
    } else {
      fileNames.push(nameFromPath(rel));
      const entry = parseEntry(read.text, file, nameFromPath(rel), findings);
      if (entry !== undefined) {
        try {
          await verifyRecordHash(entry.record);
          entries.push(entry);
        } catch (error) {
          findings.push({
            ...at(entry, ['hash']),
            severity: 'error',
            rule: 'integrity',
            message: integrityText(error),
            fix: 'remove the "hash" field (it is computed), or restore the content it was computed for',
          });
        }
      }
    }
    done++;
    options.onProgress?.(done, files.length);
  });
  entries.sort((a, b) => compareText(a.file, b.file));
  if (options.config !== undefined) {
    const where = `the folder ${base === '' ? '.' : base}`;
    findings.push(...(await configFindings(options.config, versionsByName(entries, fileNames), where)));
  }
  return report(files.length, entries, findings, options);
}

/**
 * Validate every record a store serves (a promptops server, say): the same checks as for a folder,
 * with `name@version` in place of file and line.
 */
export async function validateStore(store: PromptStore, options: ValidateOptions = {}): Promise<ValidateReport> {
  const findings: Finding[] = [];
  const entries: Entry[] = [];
  const names = typeof store.list === 'function' ? await store.list() : [];
  let done = 0;
  await mapLimited(names, 16, async (name) => {
    try {
      for (const info of await store.listVersions(name)) {
        const record = await store.getVersion(name, info.version);
        if (record !== undefined) entries.push(recordEntry(record));
      }
    } catch (error) {
      findings.push({
        severity: 'error',
        rule: 'store',
        file: name,
        line: 1,
        name,
        message: errorText(error),
        fix: 'fix the prompt on the server (run `promptops validate` on its folder for file and line)',
      });
    }
    done++;
    options.onProgress?.(done, names.length);
  });
  entries.sort((a, b) => compareText(a.file, b.file));
  if (options.config !== undefined) {
    const where = `the ${store.name} store`;
    findings.push(...(await configFindings(options.config, versionsByName(entries, names), where)));
  }
  return report(0, entries, findings, options);
}

/** The pins and experiments of the config file that name no prompt, or no version, of `versions`. */
async function configFindings(
  config: ConfigToCheck,
  versions: ReadonlyMap<string, readonly VersionInfo[]>,
  where: string,
): Promise<Finding[]> {
  const problems = await configNameProblems(config, versions, where);
  return problems.map((p) => ({ severity: 'error', rule: 'config', file: config.shown, ...p }));
}

/** Name → the versions and labels that parsed (`[]` for a name whose versions all failed). */
function versionsByName(entries: readonly Entry[], names: readonly string[]): Map<string, VersionInfo[]> {
  const versions = new Map<string, VersionInfo[]>(names.map((name) => [name, []]));
  for (const { record } of entries) {
    const info = { version: record.version, labels: record.labels ?? [] };
    const list = versions.get(record.name);
    if (list === undefined) versions.set(record.name, [info]);
    else list.push(info);
  }
  return versions;
}

function report(files: number, entries: Entry[], findings: Finding[], options: ValidateOptions): ValidateReport {
  checkEntries(entries, findings, options);
  for (const finding of findings) finding.fix = capitalize(finding.fix);
  findings.sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.line - b.line ||
      compareText(a.rule, b.rule) ||
      compareText(a.message, b.message),
  );
  const errors = findings.filter((f) => f.severity === 'error').length;
  const names = new Set(entries.map((e) => e.record.name));
  return {
    ok: errors === 0,
    files,
    prompts: names.size,
    versions: entries.length,
    errors,
    warnings: findings.length - errors,
    findings,
  };
}

// ------------------------------------------------------------------------------------------------
// Reading

/** Parse one file; on failure, add the finding and return `undefined`. */
export function parseEntry(text: string, file: string, derivedName: string, findings: Finding[]): Entry | undefined {
  let record: PromptRecord;
  try {
    record = parsePromptFile(text, { file, name: derivedName });
  } catch (error) {
    findings.push(formatFinding(error, file, text));
    return undefined;
  }
  return sourceEntry(text, file, record);
}

function sourceEntry(text: string, file: string, record: PromptRecord): Entry {
  const lines = text.split('\n');
  let source: ParsedSource | undefined;
  let templateLine: number | undefined;
  try {
    const format = promptFileFormat(file);
    if (format === 'md') {
      const split = splitFrontMatter(text, file);
      templateLine = split.bodyLine;
      source = parseYamlSource(split.yaml, { file, lineOffset: split.yamlLineOffset, what: 'front matter' });
    } else if (format === 'json') {
      source = parseJsonSource(text, { file });
    } else {
      source = parseYamlSource(text, { file });
    }
  } catch {
    source = undefined;
  }
  return {
    file,
    record,
    templateLine,
    fieldLine: (path) => {
      if (source === undefined || path.length === 0) return undefined;
      const direct = source.locate(path);
      if (direct !== undefined) return direct.line;
      // Shorthands: `owner` / `description` / `tags` written at the top level.
      if (path[0] === 'metadata' && typeof path[1] === 'string') return source.locate(path.slice(1))?.line;
      return undefined;
    },
    textLine: (pattern, from = 1) => {
      for (let i = Math.max(0, from - 1); i < lines.length; i++) if (pattern.test(lines[i] ?? '')) return i + 1;
      return undefined;
    },
  };
}

function recordEntry(record: PromptRecord): Entry {
  return {
    file: `${record.name}@${record.version}`,
    record,
    templateLine: undefined,
    fieldLine: () => 1,
    textLine: () => undefined,
  };
}

/** A finding for an error thrown while parsing a file. */
function formatFinding(error: unknown, file: string, text: string): Finding {
  if (isPromptOpsError(error, 'PROMPT_FORMAT')) {
    const { message, fix } = splitDetail(error.detail, error.field);
    let line = error.line;
    if (line === undefined && error.field !== undefined) {
      try {
        line = sourceEntry(text, file, { name: 'x', version: '0.0.0', type: 'text' }).fieldLine(
          splitFieldPath(error.field),
        );
      } catch {
        line = undefined;
      }
    }
    return {
      severity: 'error',
      rule: 'format',
      file,
      line: line ?? 1,
      ...(error.column === undefined ? {} : { column: error.column }),
      ...(error.promptName === undefined ? {} : { name: error.promptName }),
      message: error.field === undefined ? message : `${message} (field "${error.field}")`,
      fix,
    };
  }
  return {
    severity: 'error',
    rule: 'format',
    file,
    line: 1,
    message: errorText(error),
    fix: 'fix the file so that it parses',
  };
}

const FIX_VERBS =
  /^(add|bump|change|create|declare|describe|did you mean|fix|flatten|give|include|keep|list|make|move|pass|pick|publish|put|quote|remove|rename|replace|run|set|split|use|write)\b/i;

/** Split an engine message "what: how to fix" into its two parts. */
export function splitDetail(detail: string, field?: string): { message: string; fix: string } {
  const firstLine = (detail.split(/\n\s*\n/)[0] ?? detail).trim();
  const separators = [...firstLine.matchAll(/[:;] /g)].map((m) => m.index ?? 0);
  for (const index of separators) {
    const rest = firstLine.slice(index + 2);
    if (FIX_VERBS.test(rest)) {
      const message = firstLine.slice(0, index).trim();
      if (message !== '') return { message, fix: capitalize(rest) };
    }
  }
  return { message: firstLine, fix: capitalize(genericFix(field)) };
}

/** A fix for messages that do not carry one, by the field at fault. */
function genericFix(field: string | undefined): string {
  if (field === undefined) return 'correct the file at this line as the message says';
  if (field === 'version') return 'give the prompt a semver version, e.g. `version: 1.0.0`';
  if (field === 'name') return 'fix `name:`, or rename the file (the name comes from its path)';
  if (field.startsWith('input.default'))
    return `change the default of "${field.slice(14)}" to a value input.schema accepts, or change the schema`;
  if (field.startsWith('input.schema'))
    return `fix "${field}" (Picoschema: \`name: type, description\`, \`name?: type\` for optional)`;
  if (field.startsWith('messages')) return `write "${field}" as { role, content } or { placeholder }`;
  if (field.startsWith('labels')) return 'list labels as words such as `production` (letters, digits, ".", "_", "-")';
  return `correct "${field}" as the message says`;
}

function fixOf(reason: string): string | undefined {
  const { fix } = splitDetail(reason);
  return fix.startsWith('Correct') ? undefined : fix;
}

// ------------------------------------------------------------------------------------------------
// Checks across files

function checkEntries(entries: Entry[], findings: Finding[], options: ValidateOptions): void {
  const byName = new Map<string, Entry[]>();
  for (const entry of entries) {
    const list = byName.get(entry.record.name);
    if (list === undefined) byName.set(entry.record.name, [entry]);
    else list.push(entry);
  }
  // One file per version; keep the first (by file) for the other checks.
  for (const [name, list] of byName) {
    const kept: Entry[] = [];
    for (const entry of list) {
      const first = kept.find((k) => k.record.version === entry.record.version);
      if (first === undefined) {
        kept.push(entry);
        continue;
      }
      findings.push({
        ...at(entry, ['version']),
        severity: 'error',
        rule: 'duplicate-version',
        message: `version ${entry.record.version} of "${name}" is also defined in ${first.file}`,
        fix: 'give this file a new version (e.g. bump the patch number) or delete one of the two files',
      });
    }
    kept.sort((a, b) => semver.compare(a.record.version, b.record.version));
    byName.set(name, kept);
  }

  const latest = new Map<string, PromptRecord>();
  for (const [name, list] of byName) {
    const chosen =
      resolveSelector(
        list.map((e) => ({ version: e.record.version, labels: [], entry: e })),
        'latest',
      )?.entry ?? list[list.length - 1];
    if (chosen !== undefined) latest.set(name, chosen.record);
  }

  for (const [name, list] of byName) {
    checkLabels(name, list, findings);
    for (const entry of list) checkEntry(entry, latest, findings, options);
    checkSemver(name, list, latest, findings);
  }
}

function checkLabels(name: string, list: readonly Entry[], findings: Finding[]): void {
  const owner = new Map<string, Entry>();
  for (const entry of list) {
    (entry.record.labels ?? []).forEach((label, index) => {
      const first = owner.get(label);
      if (first === undefined) {
        owner.set(label, entry);
        return;
      }
      findings.push({
        ...at(entry, ['labels', index]),
        severity: 'error',
        rule: 'label',
        message: `label "${label}" of "${name}" is also on version ${first.record.version} (${first.file}); a label may sit on one version only`,
        fix: `remove "${label}" from this file or from ${first.file}, keeping it on the version it should serve`,
      });
    });
  }
}

/** What one version takes as input: property type texts, and required names (after defaults). */
interface InputInterface {
  readonly declared: boolean;
  readonly types: ReadonlyMap<string, string>;
  readonly required: ReadonlySet<string>;
}

function checkEntry(
  entry: Entry,
  latest: ReadonlyMap<string, PromptRecord>,
  findings: Finding[],
  options: ValidateOptions,
): void {
  const { record } = entry;
  const id = { name: record.name, version: record.version };
  const before = findings.length;

  if (options.requireOwner === true) {
    const owner = record.metadata?.owner;
    if (typeof owner !== 'string' || owner.trim() === '') {
      findings.push({
        ...at(entry, ['metadata']),
        severity: 'error',
        rule: 'owner',
        message: `prompt "${record.name}@${record.version}" names no owner`,
        fix:
          entry.templateLine !== undefined
            ? 'add `owner: <team>` to the front matter'
            : 'add `owner: <team>` (or metadata.owner) to the file',
      });
    }
  }

  // Partials: every {{> name}} must be a text prompt of the folder.
  let partialNames: string[];
  try {
    partialNames = partialNamesOf(record);
  } catch (error) {
    findings.push(compileFinding(entry, error, 'template'));
    return;
  }
  for (const partial of partialNames) {
    const target = partial === record.name ? record : latest.get(partial);
    const line = tagLine(entry, '>', partial);
    if (target === undefined && explainInvalidName(partial) !== undefined) {
      // No prompt can have this name (`{{> Header}}`): creating one is not a fix. Worded as the engine
      // words it for a tag inside a partial (the nested case), so both read alike.
      const guess = closestMatch(partial, latest.keys()) ?? closestMatch(partial.toLowerCase(), latest.keys());
      const detail = unresolvedPartialMessage(
        partial,
        `included by ${record.name}@${record.version}`,
        guess === undefined ? [] : [guess],
      );
      findings.push({ ...id, severity: 'error', rule: 'partial', file: entry.file, line, ...splitDetail(detail) });
    } else if (target === undefined) {
      const guess = closestMatch(partial, latest.keys());
      findings.push({
        ...id,
        severity: 'error',
        rule: 'partial',
        file: entry.file,
        line,
        message: `the partial "${partial}" ({{> ${partial}}}) does not exist`,
        fix:
          guess === undefined
            ? `create a prompt named "${partial}" (e.g. partials go in ${partial}.prompt.md), or remove the tag`
            : `did you mean {{> ${guess}}}? Fix the name, or create a prompt named "${partial}"`,
      });
    } else if (target.type !== 'text') {
      findings.push({
        ...id,
        severity: 'error',
        rule: 'partial',
        file: entry.file,
        line,
        message: `the partial "${partial}" is a chat prompt; only text prompts can be included`,
        fix: `include a text prompt, or remove {{> ${partial}}}`,
      });
    }
  }
  const partials = (name: string) => (name === record.name ? record : latest.get(name));
  const stubbed = (name: string) => partials(name) ?? STUB;

  // Template ⇄ schema, in both directions.
  let used: readonly string[];
  let read: readonly string[];
  let own: readonly string[];
  try {
    const inferred = compilePrompt({ ...record, input: undefined }, { strict: false, partials: stubbed });
    used = inferred.variables;
    read = inferred.inputSchema.properties;
    own = compilePrompt({ ...record, input: undefined }, { strict: false, partials: () => STUB }).variables;
  } catch (error) {
    findings.push(compileFinding(entry, error, isPartialError(error) ? 'partial' : 'template'));
    return;
  }
  const schema = record.input?.schema;
  if (schema !== undefined && schema !== null) {
    const compiled = compileInputSchema(schema);
    if (typeof compiled.jsonSchema.properties === 'object' && compiled.jsonSchema.properties !== null) {
      const declared = compiled.properties;
      for (const variable of used.filter((v) => !declared.includes(v))) {
        const guess = closestMatch(variable, declared);
        const viaPartial = !own.includes(variable);
        findings.push({
          ...id,
          severity: 'error',
          rule: 'template-schema',
          file: entry.file,
          line: viaPartial ? tagLine(entry, '>', partialNames[0] ?? '') : variableLine(entry, variable),
          message: viaPartial
            ? `a partial it includes (${partialNames.map((p) => `{{> ${p}}}`).join(', ')}) reads {{${variable}}}, which input.schema does not declare`
            : `the template uses {{${variable}}}, which input.schema does not declare`,
          fix: viaPartial
            ? `declare "${variable}" under input.schema (optional if the partial allows it: \`${variable}?: string\`)`
            : guess === undefined
              ? `declare "${variable}" under input.schema (e.g. \`${variable}: string\`), or remove {{${variable}}} from the template`
              : `did you mean {{${guess}}}? Fix the tag, or declare "${variable}" under input.schema`,
        });
      }
      for (const variable of declared.filter((v) => !read.includes(v))) {
        findings.push({
          ...id,
          severity: 'warning',
          rule: 'unused-input',
          file: entry.file,
          line: schemaKeyLine(entry, variable),
          message: `input "${variable}" is declared but the template never reads it`,
          fix: `use {{${variable}}} in the template, or remove "${variable}" from input.schema`,
        });
      }
    }
  }
  if (findings.length > before) return;

  // Everything else the engine checks when it loads the prompt (e.g. partial cycles).
  try {
    compilePrompt(record, {
      strict: true,
      partials,
      file: entry.file,
      ...(entry.templateLine === undefined ? {} : { templateLine: entry.templateLine }),
    });
  } catch (error) {
    findings.push(compileFinding(entry, error, isPartialError(error) ? 'partial' : 'template'));
  }
}

const STUB: PromptRecord = { name: 'stub', version: '0.0.0', type: 'text', template: '' };

function isPartialError(error: unknown): boolean {
  return error instanceof Error && /partial/i.test(error.message);
}

function compileFinding(entry: Entry, error: unknown, rule: FindingRule): Finding {
  const { record } = entry;
  const format = isPromptOpsError(error, 'PROMPT_FORMAT') ? error : undefined;
  const detail = format?.detail ?? errorText(error);
  const { message, fix } = splitDetail(detail, format?.field);
  const line =
    format?.line ??
    (format?.field === undefined ? undefined : entry.fieldLine(splitFieldPath(format.field))) ??
    entry.templateLine ??
    1;
  return {
    severity: 'error',
    rule,
    file: entry.file,
    line,
    ...(format?.column === undefined ? {} : { column: format.column }),
    name: record.name,
    version: record.version,
    message,
    fix,
  };
}

function inputInterface(record: PromptRecord, partials: (name: string) => PromptRecord | undefined): InputInterface {
  const api = describeInput(record, partials);
  return {
    declared: api.declared,
    types: new Map(api.variables.map((v) => [v.name, v.type])),
    required: new Set(api.variables.filter((v) => v.required).map((v) => v.name)),
  };
}

/**
 * The semver rule: between consecutive versions of a name with the same major (the same minor in
 * 0.x), the newer one may not add a required input nor remove an input. A changed input type is a
 * warning.
 */
function checkSemver(
  name: string,
  list: readonly Entry[],
  latest: ReadonlyMap<string, PromptRecord>,
  findings: Finding[],
): void {
  const partials = (n: string) => latest.get(n);
  let previous: { entry: Entry; api: InputInterface } | undefined;
  for (const entry of list) {
    let api: InputInterface;
    try {
      api = inputInterface(entry.record, partials);
    } catch {
      previous = undefined; // reported by checkEntry
      continue;
    }
    const prev = previous;
    previous = { entry, api };
    if (prev === undefined) continue;
    const from = prev.entry.record.version;
    const to = entry.record.version;
    const major = semver.major(to);
    if (major !== semver.major(from)) continue;
    if (major === 0 && semver.minor(to) !== semver.minor(from)) continue;
    const bump =
      semver.prerelease(to) !== null ? 'prerelease' : semver.minor(to) !== semver.minor(from) ? 'minor' : 'patch';
    const nextMajor = major === 0 ? `0.${semver.minor(to) + 1}.0` : `${major + 1}.0.0`;
    const id = { name, version: to };
    for (const key of api.required) {
      if (prev.api.required.has(key)) continue;
      const had = prev.api.types.has(key);
      findings.push({
        ...id,
        severity: 'error',
        rule: 'semver',
        file: entry.file,
        line: api.declared ? schemaKeyLine(entry, key) : variableLine(entry, key),
        message: `${to} ${had ? 'makes the optional input' : 'adds the required input'} "${key}", which ${from} ${
          had ? 'did not require' : 'did not have'
        }: callers of ${from} do not pass it (a ${bump} release must stay compatible)`,
        fix: `make "${key}" optional or give it a default in input.default, or release this version as ${nextMajor}`,
      });
    }
    for (const key of prev.api.types.keys()) {
      if (api.types.has(key)) continue;
      findings.push({
        ...id,
        severity: 'error',
        rule: 'semver',
        file: entry.file,
        line: entry.fieldLine(['input', 'schema']) ?? entry.fieldLine(['version']) ?? 1,
        message: `${to} removes the input "${key}" that ${from} has: callers of ${from} that pass it are rejected (a ${bump} release must stay compatible)`,
        fix: `keep "${key}" in input.schema (optional, if it is no longer used), or release this version as ${nextMajor}`,
      });
    }
    if (!api.declared || !prev.api.declared) continue;
    for (const [key, type] of api.types) {
      const before = prev.api.types.get(key);
      if (before === undefined || before === type) continue;
      findings.push({
        ...id,
        severity: 'warning',
        rule: 'semver',
        file: entry.file,
        line: schemaKeyLine(entry, key),
        message: `${to} changes the type of input "${key}" from ${before} to ${type}`,
        fix: `keep the type of ${from} (or widen it), or release this version as ${nextMajor}`,
      });
    }
  }
}

// ------------------------------------------------------------------------------------------------
// Lines

function at(entry: Entry, path: readonly FieldSegment[]): Pick<Finding, 'file' | 'line' | 'name' | 'version'> {
  return {
    file: entry.file,
    line: entry.fieldLine(path) ?? 1,
    name: entry.record.name,
    version: entry.record.version,
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Line of the first `{{<sigil> name}}` tag. */
function tagLine(entry: Entry, sigil: string, name: string): number {
  const pattern = new RegExp(`\\{\\{\\s*${escapeRegExp(sigil)}\\s*${escapeRegExp(name)}\\s*\\}\\}`);
  return entry.textLine(pattern, entry.templateLine) ?? entry.templateLine ?? entry.fieldLine(['template']) ?? 1;
}

/** Line of the first tag reading `variable` (`{{x}}`, `{{{x}}}`, `{{&x}}`, `{{#x}}`, `{{^x}}`, `{{x.y}}`). */
function variableLine(entry: Entry, variable: string): number {
  const pattern = new RegExp(`\\{\\{\\{?\\s*[#^&]?\\s*${escapeRegExp(variable)}(?=[\\s}.|])`);
  return (
    entry.textLine(pattern, entry.templateLine) ??
    entry.templateLine ??
    entry.fieldLine(['template']) ??
    entry.fieldLine(['messages']) ??
    1
  );
}

/** Line of `key` (Picoschema `key?(type)` included) under input.schema. */
function schemaKeyLine(entry: Entry, key: string): number {
  const schemaLine = entry.fieldLine(['input', 'schema']) ?? entry.fieldLine(['input']) ?? 1;
  const pattern = new RegExp(`(^|[\\s{,])["']?${escapeRegExp(key)}\\??(\\([^)]*\\))?["']?\\s*:`);
  return entry.textLine(pattern, schemaLine) ?? schemaLine;
}

// ------------------------------------------------------------------------------------------------

function integrityText(error: unknown): string {
  const hashes = error as { expected?: unknown; actual?: unknown };
  if (typeof hashes.expected === 'string' && typeof hashes.actual === 'string') {
    return `the "hash" field (${hashes.expected.slice(0, 19)}…) does not match the content (${hashes.actual.slice(0, 19)}…)`;
  }
  return errorText(error);
}

function errorText(error: unknown): string {
  if (isPromptOpsError(error) || error instanceof Error) return error.message;
  return String(error);
}

function capitalize(text: string): string {
  return text.length === 0 ? text : `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The fix for a file the walk skipped that looks meant as a prompt (`undefined` when it does not):
 * a misspelt `.prompt.` or another extension after it (or none: `greeting.prompt`), or a Markdown / YAML /
 * JSON file that starts with front matter or holds a `version` and a `template` or `messages`. The extension
 * it is told to take follows what the file holds (YAML in `x.prompt.txt` becomes `x.prompt.yaml`), else its name.
 */
async function nearMissFix(abs: string, rel: string): Promise<string | undefined> {
  const base = rel.slice(rel.lastIndexOf('/') + 1);
  const stem = base.replace(/\.[^.]+$/, '').replace(/\.[a-z]*$/i, '');
  const rename = (ext: string) => `rename it to ${rel.slice(0, rel.length - base.length)}${stem}.prompt.${ext}`;
  const held = formatHeld(await readHead(abs));
  const typo = /\.(pro?m?p?t\w*)(?:\.([^.]+))?$/i.exec(base);
  if (typo !== null) {
    const named = typo[2] ?? '';
    return rename(held ?? (/^ya?ml$/i.test(named) ? 'yaml' : /^json$/i.test(named) ? 'json' : 'md'));
  }
  const ext = base.slice(base.lastIndexOf('.') + 1).toLowerCase();
  if ((ext === 'md' || ext === 'markdown' || ext === 'txt') && held === 'md') return rename('md');
  if ((ext === 'yaml' || ext === 'yml' || ext === 'txt') && held === 'yaml') return rename('yaml');
  if ((ext === 'json' || ext === 'txt') && held === 'json') return rename('json');
  return undefined;
}

/** The first 4 kB of a file as text, or `undefined` when it cannot be read. */
async function readHead(abs: string): Promise<string | undefined> {
  try {
    const handle = await open(abs, 'r');
    try {
      const buffer = Buffer.alloc(4096);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}

/** The prompt file format a text is written in: front matter with a `version`, YAML or JSON with a body; else `undefined`. */
function formatHeld(head: string | undefined): 'md' | 'yaml' | 'json' | undefined {
  if (head === undefined) return undefined;
  if (/^---\r?\n[\s\S]*?^version\s*:/m.test(head)) return 'md';
  if (/^version\s*:/m.test(head) && /^(template|messages)\s*:/m.test(head)) return 'yaml';
  if (/^\s*\{/.test(head) && /"version"\s*:/.test(head) && /"(template|messages)"\s*:/.test(head)) return 'json';
  return undefined;
}
