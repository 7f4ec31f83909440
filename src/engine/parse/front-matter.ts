/**
 * Splitting a `.prompt.md` file into YAML front matter and template body.
 *
 * The file must start with a line `---`, and the front matter must end with a line `---`. A file
 * that does not is an error, never a template: a broken or unterminated front matter silently
 * rendered as prompt text (as Dotprompt does) would send YAML to the model.
 * @module
 */
import { PromptFormatError } from '../../errors.js';

/** The parts of a `.prompt.md` file. */
export interface FrontMatterSplit {
  /** The YAML between the two `---` lines. */
  readonly yaml: string;
  /** Lines before the YAML (the opening `---`): add to YAML line numbers to get file lines. */
  readonly yamlLineOffset: number;
  /**
   * The template: everything after the closing `---` line, with CRLF line breaks turned into LF and
   * without the file's final line break.
   */
  readonly body: string;
  /** File line where the body starts. */
  readonly bodyLine: number;
}

const FENCE = /^---[ \t]*$/;

/**
 * Split a `.prompt.md` text.
 *
 * @throws {PromptFormatError} at line 1 when the file does not start with `---` or the front
 *   matter is never closed.
 */
export function splitFrontMatter(text: string, file: string): FrontMatterSplit {
  const lines = text.split('\n');
  const first = stripCr(lines[0] ?? '');
  if (!FENCE.test(first)) {
    const startsLate = lines.findIndex((line) => FENCE.test(stripCr(line)));
    const hint =
      startsLate > 0 && lines.slice(0, startsLate).every((line) => stripCr(line).trim() === '')
        ? ` (found it on line ${startsLate + 1}: remove the blank lines before it)`
        : '';
    throw new PromptFormatError(
      `missing front matter: a .prompt.md file must start with a line "---"${hint}, then YAML fields ` +
        '(at least `version: 1.0.0`), then a line "---", then the template',
      { file, line: 1, field: 'version' },
    );
  }
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    if (FENCE.test(stripCr(lines[i]!))) {
      close = i;
      break;
    }
  }
  if (close === -1) {
    throw new PromptFormatError(
      'the front matter opened on line 1 is never closed: add a line "---" after the YAML fields, before the template',
      { file, line: 1 },
    );
  }
  const yaml = lines.slice(1, close).map(stripCr).join('\n');
  // CRLF → LF: a checkout with Windows line endings must not change the template or its hash.
  let body = lines
    .slice(close + 1)
    .map(stripCr)
    .join('\n');
  if (body.endsWith('\n')) body = body.slice(0, -1);
  return { yaml, yamlLineOffset: 1, body, bodyLine: close + 2 };
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
