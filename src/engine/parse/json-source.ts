/**
 * JSON text → plain data, with syntax errors at file lines and columns, duplicate keys rejected
 * (`JSON.parse` silently keeps the last one), and a lookup from field paths to lines.
 *
 * `JSON.parse` builds the value; a small scanner walks the text once to record where each key
 * sits and to explain a syntax error at its exact position (the wording and position of V8's
 * own messages vary between Node versions).
 * @module
 */
import { PromptFormatError } from '../../errors.js';
import { type FieldSegment, formatFieldPath } from '../schema/field-path.js';
import type { ParsedSource, SourcePosition } from './yaml-source.js';

const SINGLE_QUOTES = 'invalid JSON: strings take double quotes ("), not single quotes';

/** Deepest nesting the scanner follows. */
const MAX_JSON_DEPTH = 200;

/**
 * Parse a JSON document.
 *
 * @throws {PromptFormatError} at the line and column of the first syntax error, or of the second
 *   occurrence of a duplicate key.
 */
export function parseJsonSource(text: string, options: { file: string }): ParsedSource {
  const scan = new JsonScanner(text);
  const failure = scan.run();
  const positionOf = (offset: number): SourcePosition => lineColumn(text, offset);
  if (failure !== undefined) {
    throw new PromptFormatError(failure.message, {
      file: options.file,
      ...positionOf(failure.offset),
      field: failure.field,
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PromptFormatError(
      `invalid JSON: ${(error as Error).message}`,
      { file: options.file, line: 1 },
      { cause: error },
    );
  }
  return {
    data,
    locate(path: readonly FieldSegment[]): SourcePosition | undefined {
      for (let length = path.length; length > 0; length--) {
        const offset = scan.keys.get(formatFieldPath(path.slice(0, length)));
        if (offset !== undefined) return positionOf(offset);
      }
      return undefined;
    },
  };
}

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): SourcePosition {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

interface ScanFailure {
  offset: number;
  message: string;
  field?: string;
}

class ScanError extends Error {
  constructor(
    readonly offset: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** A JSON (RFC 8259) scanner that records key offsets by field path. */
class JsonScanner {
  /** Offset of each key (and of each array item), by field path. */
  readonly keys = new Map<string, number>();
  private pos = 0;

  constructor(private readonly text: string) {}

  run(): ScanFailure | undefined {
    try {
      this.space();
      if (this.pos >= this.text.length)
        throw new ScanError(this.pos, 'the file is empty: write a JSON object with name, version, …');
      this.value([], 0);
      this.space();
      if (this.pos < this.text.length) {
        throw new ScanError(this.pos, `unexpected ${this.describe()} after the end of the JSON value: remove it`);
      }
      return undefined;
    } catch (error) {
      if (error instanceof ScanError) {
        return {
          offset: error.offset,
          message: error.message,
          ...(error.field === undefined ? {} : { field: error.field }),
        };
      }
      throw error;
    }
  }

  private describe(): string {
    const char = this.text[this.pos];
    if (char === undefined) return 'end of file';
    return `character ${JSON.stringify(char)}`;
  }

  private fail(expected: string): never {
    throw new ScanError(this.pos, `invalid JSON: expected ${expected}, found ${this.describe()}`);
  }

  private space(): void {
    const text = this.text;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.pos++;
      else break;
    }
  }

  private value(path: FieldSegment[], depth: number): void {
    if (depth > MAX_JSON_DEPTH) throw new ScanError(this.pos, `the JSON nests more than ${MAX_JSON_DEPTH} levels deep`);
    const char = this.text[this.pos];
    if (char === '{') this.object(path, depth);
    else if (char === '[') this.array(path, depth);
    else if (char === '"') this.string();
    else if (char === 't') this.word('true');
    else if (char === 'f') this.word('false');
    else if (char === 'n') this.word('null');
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) this.number();
    else if (char === "'")
      throw new ScanError(this.pos, 'invalid JSON: strings take double quotes ("), not single quotes');
    else this.fail('a value (object, array, string, number, true, false or null)');
  }

  private object(path: FieldSegment[], depth: number): void {
    this.pos++;
    this.space();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    const seen = new Set<string>();
    for (;;) {
      this.space();
      if (this.text[this.pos] !== '"') {
        if (this.text[this.pos] === '}') throw new ScanError(this.pos, 'invalid JSON: remove the comma before "}"');
        if (this.text[this.pos] === "'") throw new ScanError(this.pos, SINGLE_QUOTES);
        this.fail('a property name in double quotes');
      }
      const start = this.pos;
      const key = this.string();
      const keyPath = [...path, key];
      if (seen.has(key)) {
        const field = formatFieldPath(keyPath);
        throw new ScanError(start, `the key "${field}" appears twice: keep one`, field);
      }
      seen.add(key);
      this.keys.set(formatFieldPath(keyPath), start);
      this.space();
      if (this.text[this.pos] !== ':') this.fail('":" after the property name');
      this.pos++;
      this.space();
      this.value(keyPath, depth + 1);
      this.space();
      const next = this.text[this.pos];
      if (next === ',') {
        this.pos++;
        continue;
      }
      if (next === '}') {
        this.pos++;
        return;
      }
      this.fail('"," or "}"');
    }
  }

  private array(path: FieldSegment[], depth: number): void {
    this.pos++;
    this.space();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    for (let index = 0; ; index++) {
      this.space();
      if (this.text[this.pos] === ']') throw new ScanError(this.pos, 'invalid JSON: remove the comma before "]"');
      this.keys.set(formatFieldPath([...path, index]), this.pos);
      this.value([...path, index], depth + 1);
      this.space();
      const next = this.text[this.pos];
      if (next === ',') {
        this.pos++;
        continue;
      }
      if (next === ']') {
        this.pos++;
        return;
      }
      this.fail('"," or "]"');
    }
  }

  /** Scan a string starting at the opening quote; returns its value. */
  private string(): string {
    const start = this.pos;
    this.pos++;
    const text = this.text;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === 34) {
        this.pos++;
        return JSON.parse(text.slice(start, this.pos)) as string;
      }
      if (c === 92) {
        const escaped = text[this.pos + 1];
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(this.pos + 2, this.pos + 6))) {
            throw new ScanError(this.pos, 'invalid JSON: "\\u" must be followed by 4 hex digits');
          }
          this.pos += 6;
          continue;
        }
        if (escaped === undefined || !'"\\/bfnrt'.includes(escaped)) {
          throw new ScanError(this.pos, `invalid JSON: unknown escape "\\${escaped ?? ''}" in a string`);
        }
        this.pos += 2;
        continue;
      }
      if (c < 32) {
        throw new ScanError(
          this.pos,
          'invalid JSON: a line break or control character inside a string; write it as \\n or \\t',
        );
      }
      this.pos++;
    }
    throw new ScanError(start, 'invalid JSON: this string is never closed; add the closing "');
  }

  private word(word: string): void {
    if (this.text.startsWith(word, this.pos)) {
      this.pos += word.length;
      return;
    }
    this.fail('a value (object, array, string, number, true, false or null)');
  }

  private number(): void {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 400));
    if (match === null || match[0] === '-') this.fail('a number');
    this.pos += match![0].length;
  }
}
