/**
 * The cases of an eval: inline in the eval, or a dataset file next to it: `.jsonl` (one case per line),
 * `.yaml` / `.yml` (a list of cases), `.csv` (a header row of variable names, one case per row). Each
 * case keeps the file and line it came from, so that a problem with it names both.
 * @module
 */

import { readFile } from 'node:fs/promises';
import { extname, relative, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import type { ChatMessage } from '../engine/record.js';
import type { ProblemList } from './errors.js';
import type { EvalSource } from './eval-file.js';
import type { AssertionSpec } from './types.js';

/** A case as the runner uses it. */
export interface LoadedCase {
  /** 0-based index in the dataset. */
  index: number;
  vars: Record<string, unknown>;
  placeholders: Record<string, ChatMessage[]>;
  expect: AssertionSpec[];
  /** Where it is written. */
  file: string;
  line?: number;
}

const CASE_FIELDS = ['vars', 'placeholders', 'expect'];

/**
 * Load the cases of an eval. A path is relative to the eval's folder. Problems (an unreadable file, a
 * line that is not JSON, a case of the wrong shape) are added to `problems`.
 */
export async function loadCases(
  cases: string | readonly unknown[],
  source: EvalSource,
  problems: ProblemList,
  cwd: string,
): Promise<LoadedCase[]> {
  if (typeof cases !== 'string') {
    const out: LoadedCase[] = [];
    cases.forEach((raw, index) => {
      const line = source.lineOf(['cases', index]);
      const c = toCase(raw, index, source.file, line, problems);
      if (c !== undefined) out.push(c);
    });
    return out;
  }
  const abs = resolve(source.dir, cases);
  const rel = relative(cwd, abs);
  const shown = rel === '' || rel.startsWith('..') ? abs : rel;
  const ext = extname(abs).toLowerCase();
  if (!['.jsonl', '.yaml', '.yml', '.csv'].includes(ext)) {
    problems.add(
      source.file,
      source.lineOf(['cases']),
      `the dataset "${cases}" has an unknown extension: use .jsonl, .yaml or .csv`,
    );
    return [];
  }
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    problems.add(
      source.file,
      source.lineOf(['cases']),
      `the dataset "${cases}" cannot be read (${code}): the path is relative to the eval file (${abs})`,
    );
    return [];
  }
  if (ext === '.jsonl') return jsonlCases(text, shown, problems);
  if (ext === '.csv') return csvCases(text, shown, problems);
  return yamlCases(text, shown, problems);
}

function jsonlCases(text: string, file: string, problems: ProblemList): LoadedCase[] {
  const out: LoadedCase[] = [];
  const lines = text.split(/\r?\n/);
  let index = 0;
  lines.forEach((lineText, i) => {
    if (lineText.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(lineText);
    } catch (error) {
      problems.add(file, i + 1, `is not valid JSON (${(error as Error).message}): write one case object per line`);
      index++;
      return;
    }
    const c = toCase(raw, index++, file, i + 1, problems);
    if (c !== undefined) out.push(c);
  });
  return out;
}

function yamlCases(text: string, file: string, problems: ProblemList): LoadedCase[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors)
      problems.add(file, lineCounter.linePos(e.pos[0]).line, `is not valid YAML: ${e.message.split('\n')[0]}`);
    return [];
  }
  if (!isSeq(doc.contents)) {
    problems.add(file, 1, 'a .yaml dataset is a list of cases (- vars: {...})');
    return [];
  }
  const items = doc.contents.items;
  const values = doc.toJS({ maxAliasCount: 100 }) as unknown[];
  const out: LoadedCase[] = [];
  values.forEach((raw, index) => {
    const node = items[index] as { range?: [number, number, number] } | undefined;
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    const c = toCase(raw, index, file, line, problems);
    if (c !== undefined) out.push(c);
  });
  return out;
}

function csvCases(text: string, file: string, problems: ProblemList): LoadedCase[] {
  let rows: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    rows = parseCsv(text, { columns: true, info: true, skip_empty_lines: true, bom: true, trim: false }) as typeof rows;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    problems.add(
      file,
      line,
      `is not valid CSV (${(error as Error).message}): the first row names the variables, one case per row`,
    );
    return [];
  }
  return rows.map((row, index) => ({
    index,
    vars: { ...row.record },
    placeholders: {},
    expect: [],
    file,
    line: row.info.lines,
  }));
}

/**
 * One case from its written form: `{ vars, placeholders?, expect? }`, or a plain object of variables
 * (a line of a dataset that has none of those three keys).
 */
function toCase(
  raw: unknown,
  index: number,
  file: string,
  line: number | undefined,
  problems: ProblemList,
): LoadedCase | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.add(file, line, `case ${index} must be an object: { "vars": { ... } }`);
    return undefined;
  }
  const obj = raw as Record<string, unknown>;
  const structured = CASE_FIELDS.some((k) => k in obj);
  if (!structured)
    return { index, vars: { ...obj }, placeholders: {}, expect: [], file, ...(line === undefined ? {} : { line }) };
  let ok = true;
  for (const key of Object.keys(obj)) {
    if (!CASE_FIELDS.includes(key)) {
      problems.add(file, line, `case ${index} has an unknown field "${key}": a case has vars, placeholders and expect`);
      ok = false;
    }
  }
  const vars = obj.vars ?? {};
  if (vars === null || typeof vars !== 'object' || Array.isArray(vars)) {
    problems.add(file, line, `case ${index}: "vars" must be an object of variable values`);
    ok = false;
  }
  const placeholders = obj.placeholders ?? {};
  if (placeholders === null || typeof placeholders !== 'object' || Array.isArray(placeholders)) {
    problems.add(file, line, `case ${index}: "placeholders" must map each placeholder name to a list of messages`);
    ok = false;
  }
  const expect = obj.expect ?? [];
  if (!Array.isArray(expect)) {
    problems.add(file, line, `case ${index}: "expect" must be a list of assertions`);
    ok = false;
  }
  if (!ok) return undefined;
  return {
    index,
    vars: { ...(vars as Record<string, unknown>) },
    placeholders: placeholders as Record<string, ChatMessage[]>,
    expect: expect as AssertionSpec[],
    file,
    ...(line === undefined ? {} : { line }),
  };
}
