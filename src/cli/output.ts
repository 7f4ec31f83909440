/**
 * CLI output: human text with colour on a TTY only, or one JSON document with `--json`.
 * Progress goes to stderr so that stdout stays parseable.
 * @module
 */

/** Exit codes of every command. */
export const ExitCode = { ok: 0, findings: 1, usage: 2 } as const;

/** Streams and switches of one CLI run; injectable for tests. */
export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan';
const CODES: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
};

/** What a command prints through. */
export interface Output {
  readonly json: boolean;
  /** Colour a piece of text (no-op when colour is off). */
  style(style: Style, text: string): string;
  /** A line of human output on stdout (suppressed with `--json`). */
  line(text?: string): void;
  /** Progress or a notice on stderr (suppressed with `--json`, and when stderr is not a TTY for `transient`). */
  progress(text: string, transient?: boolean): void;
  /** A warning or error line on stderr. */
  problem(text: string): void;
  /** The machine result: printed as JSON with `--json`, else `human()` is called. */
  result(data: unknown, human: () => void): void;
}

/** Make the {@link Output} of one run. Colour only on a TTY, never with `NO_COLOR` or `--no-color`. */
export function createOutput(io: CliIO, options: { json?: boolean; color?: boolean }): Output {
  const json = options.json === true;
  const color = options.color !== false && io.stdout.isTTY === true && io.env.NO_COLOR === undefined && !json;
  let transientShown = false;
  const clearTransient = () => {
    if (transientShown) {
      io.stderr.write('\r\u001b[2K');
      transientShown = false;
    }
  };
  return {
    json,
    style: (style, text) => (color ? `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m` : text),
    line(text = '') {
      if (json) return;
      clearTransient();
      io.stdout.write(`${text}\n`);
    },
    progress(text, transient = false) {
      if (json) return;
      if (transient) {
        if (io.stderr.isTTY !== true) return;
        io.stderr.write(`\r\u001b[2K${text}`);
        transientShown = true;
        return;
      }
      clearTransient();
      io.stderr.write(`${text}\n`);
    },
    problem(text) {
      clearTransient();
      io.stderr.write(`${text}\n`);
    },
    result(data, human) {
      clearTransient();
      if (json) io.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
      else human();
    },
  };
}
