/**
 * Parsing: `mustache`'s parser turns the template into tokens; this module turns those tokens into a small
 * typed syntax tree ({@link TemplateNode}). Comments and set-delimiter tags disappear here; standalone-line
 * whitespace has already been removed by the parser.
 *
 * The parser runs on a private `Mustache.Writer` with its template cache switched off and the default tags
 * passed explicitly, so no global of `mustache` is read or written (the host application may use mustache
 * too, with its own `Mustache.tags` or `Mustache.escape`).
 * @module
 */
import Mustache from 'mustache';
import { PromptFormatError, type PromptFormatLocation } from '../../errors.js';
import { type NamePath, parseNamePath } from './lookup.js';

/** Literal text. */
export interface TextNode {
  readonly kind: 'text';
  readonly text: string;
}

/** `{{name}}` (escaped when an `escape` function is set) or `{{{name}}}` / `{{&name}}` (never escaped). */
export interface VariableNode {
  readonly kind: 'variable';
  readonly name: string;
  readonly path: NamePath;
  readonly escaped: boolean;
}

/** `{{#name}}…{{/name}}` or, when `inverted`, `{{^name}}…{{/name}}`. */
export interface SectionNode {
  readonly kind: 'section';
  readonly name: string;
  readonly path: NamePath;
  readonly inverted: boolean;
  readonly children: readonly TemplateNode[];
}

/**
 * `{{> name}}`. `indentation` is the whitespace before a standalone partial tag ('' otherwise);
 * `lineEnding` is the line ending (`'\n'` or `'\r\n'`) the parser removed with a standalone tag's line ('' when
 * the tag is not standalone or ends the template without one).
 */
export interface PartialNode {
  readonly kind: 'partial';
  readonly name: string;
  readonly indentation: string;
  readonly lineEnding: string;
}

/** One node of a parsed template. */
export type TemplateNode = TextNode | VariableNode | SectionNode | PartialNode;

/** The tags every template starts with. Passed explicitly so `Mustache.tags` is never consulted. */
const DEFAULT_TAGS: [string, string] = ['{{', '}}'];

interface TokenParser {
  parse(template: string, tags?: [string, string]): unknown;
}

let parser: TokenParser | undefined;

function tokenParser(): TokenParser {
  if (parser === undefined) {
    const writer = new Mustache.Writer();
    // A private writer without a cache: parsed templates are not kept (and never shared with other code).
    (writer as unknown as { templateCache: unknown }).templateCache = undefined;
    parser = writer;
  }
  return parser;
}

/**
 * Parse a template into nodes.
 *
 * @param source - the mustache template
 * @param location - where the template comes from, for errors. When `location.line` is set it is the line of
 *   the file on which the template starts, and errors point at the exact file line.
 * @throws {PromptFormatError} on a syntax error (unclosed tag or section, a stray closing tag, bad delimiters)
 */
export function parseTemplate(source: string, location: PromptFormatLocation = {}): TemplateNode[] {
  let tokens: unknown;
  try {
    tokens = tokenParser().parse(source, DEFAULT_TAGS);
  } catch (error) {
    throw syntaxError(error, source, location);
  }
  return convertTokens(asTokenList(tokens), 0, source, source.length, location);
}

/**
 * Deepest nesting of sections a template may have. Real prompts nest a few levels; the bound keeps the
 * recursive conversion, compilation and rendering far from the stack limit (a template of 10,000 nested
 * sections would otherwise end in a bare `RangeError`).
 */
export const MAX_SECTION_DEPTH = 256;

type Token = readonly unknown[];

function asTokenList(value: unknown): readonly Token[] {
  return Array.isArray(value) ? (value as Token[]) : [];
}

/**
 * Convert one list of tokens (the template's, or a section's children). `end` is where the list ends in
 * `source`: the template's length, or the start of the section's closing tag.
 */
function convertTokens(
  tokens: readonly Token[],
  depth: number,
  source: string,
  end: number,
  location: PromptFormatLocation,
): TemplateNode[] {
  const nodes: TemplateNode[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const type = token[0];
    const value = String(token[1] ?? '');
    switch (type) {
      case 'text': {
        const last = nodes[nodes.length - 1];
        if (last?.kind === 'text') nodes[nodes.length - 1] = { kind: 'text', text: last.text + value };
        else nodes.push({ kind: 'text', text: value });
        break;
      }
      case 'name':
      case '&':
        nodes.push({ kind: 'variable', name: value, path: parseNamePath(value), escaped: type === 'name' });
        break;
      case '#':
      case '^':
        if (depth >= MAX_SECTION_DEPTH) {
          const { where, at } = locate(source, Number(token[2]), location);
          throw new PromptFormatError(
            `invalid mustache template${at}: sections nest deeper than ${MAX_SECTION_DEPTH} levels ` +
              `(at "{{${type}${value}}}"); flatten the template`,
            where,
          );
        }
        nodes.push({
          kind: 'section',
          name: value,
          path: parseNamePath(value),
          inverted: type === '^',
          children: convertTokens(asTokenList(token[4]), depth + 1, source, Number(token[5]), location),
        });
        break;
      case '>':
        nodes.push({
          kind: 'partial',
          name: value,
          indentation: standaloneIndentation(token, tokens[i - 1]),
          lineEnding: removedLineEnding(source, Number(token[3]), Number(tokens[i + 1]?.[2] ?? end)),
        });
        break;
      default:
        // '!' comments and '=' set-delimiter tags render nothing.
        break;
    }
  }
  return nodes;
}

/**
 * The indentation to apply to a partial: the whitespace before the tag when the tag stands alone on its line
 * (spec "Standalone Indentation"), '' otherwise. mustache's partial token is
 * `['>', name, start, end, indentation, tagIndex, lineHasNonSpace]`. The tag is standalone when it is the first
 * tag of a line holding only whitespace before it, and the parser removed that whitespace (so the previous
 * text token does not end right where the tag starts).
 */
function standaloneIndentation(token: Token, previous: Token | undefined): string {
  const indentation = typeof token[4] === 'string' ? token[4] : '';
  if (indentation === '' || token[5] !== 0 || token[6] === true) return '';
  if (previous !== undefined && previous[0] === 'text' && previous[3] === token[2]) return '';
  return indentation.replace(/[^ \t]/g, '');
}

/**
 * The line ending the parser removed right after a partial tag that stands alone on its line. Every character
 * the parser keeps is a token starting where the previous one ends, so a gap between the tag's end and the next
 * token's start (or the end of the list) is the standalone line's trailing whitespace it stripped; a gap ending
 * in a line ending means that line ending was removed too.
 */
function removedLineEnding(source: string, tagEnd: number, nextStart: number): string {
  if (!(nextStart > tagEnd)) return '';
  const gap = /^[ \t]*(\r?\n)$/.exec(source.slice(tagEnd, nextStart));
  return gap?.[1] ?? '';
}

const MESSAGE_OFFSET = /\bat (\d+)$/;

function syntaxError(error: unknown, source: string, location: PromptFormatLocation): PromptFormatError {
  const raw = error instanceof Error ? error.message : String(error);
  const offsetMatch = MESSAGE_OFFSET.exec(raw);
  const offset = offsetMatch ? Number(offsetMatch[1]) : undefined;
  const problem = describeSyntaxError(raw);
  const { where, at } = locate(source, offset, location);
  return new PromptFormatError(`invalid mustache template${at}: ${problem}`, where, { cause: error });
}

/**
 * The error location of an offset in a template: the exact file line (and column) when the template's start
 * line is known, else a "(template line L, column C)" note for the message.
 */
function locate(
  source: string,
  offset: number | undefined,
  location: PromptFormatLocation,
): { where: PromptFormatLocation; at: string } {
  const where: PromptFormatLocation = { ...location, field: location.field ?? 'template' };
  if (offset === undefined || Number.isNaN(offset)) return { where, at: '' };
  const { line, column } = lineAndColumn(source, offset);
  if (location.line === undefined) return { where, at: ` (template line ${line}, column ${column})` };
  where.line = location.line + line - 1;
  where.column = line === 1 && location.column !== undefined ? location.column + column - 1 : column;
  return { where, at: '' };
}

function describeSyntaxError(raw: string): string {
  let m = /^Unclosed tag/.exec(raw);
  if (m) return 'a tag is opened but never closed; close it (e.g. "{{name}}")';
  m = /^Unopened section "(.*)"/.exec(raw);
  if (m) return `"{{/${m[1]}}}" closes a section that was never opened; add "{{#${m[1]}}}" before it or remove it`;
  m = /^Unclosed section "(.*)"/.exec(raw);
  if (m) return `section "{{#${m[1]}}}" is not closed; add "{{/${m[1]}}}" at its end (sections close in nesting order)`;
  m = /^Invalid tags: (.*)/.exec(raw);
  if (m) return `invalid set-delimiter tag "${m[1]}"; use two delimiters separated by a space, e.g. "{{=<% %>=}}"`;
  return `${raw}; fix the template syntax`;
}

function lineAndColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, source.length);
  for (let i = 0; i < end; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
