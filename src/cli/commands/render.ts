/**
 * `promptops render <spec>`: render one prompt with variables from flags or a JSON file, through a
 * client (so pins, the lockfile and validation apply as in the application).
 * @module
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { renderSpec } from '../../authoring/index.js';
import { contentText } from '../../engine/content.js';
import type { ChatMessage } from '../../engine/record.js';
import { ConfigError, isPromptOpsError, PromptInputError } from '../../errors.js';
import type { CommandContext, CommandModule } from '../command.js';
import { usingStore, withExamples } from '../command-kit.js';
import { addStoreOptions, STORE_HELP, type StoreFlags } from '../store-args.js';

interface RenderFlags extends StoreFlags {
  var?: string[];
  vars?: string;
  placeholders?: string;
  strict?: boolean;
  assignmentKey?: string;
}

/** One `--var` flag: `key:=<json>` (the JSON text) or `key=value` (a string); `undefined` when it is neither. */
function splitVarFlag(flag: string): { key: string; json: string } | { key: string; text: string } | undefined {
  const json = /^([^=:]+):=(.*)$/s.exec(flag);
  if (json !== null) return { key: json[1]!, json: json[2]! };
  const eq = flag.indexOf('=');
  return eq <= 0 ? undefined : { key: flag.slice(0, eq), text: flag.slice(eq + 1) };
}

/**
 * Parse `--var` flags: `key=value` gives a string, `key:=json` a parsed JSON value.
 * @throws {ConfigError} for a flag without `=`, or invalid JSON after `:=`.
 */
export function parseVarFlags(flags: readonly string[]): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  for (const flag of flags) {
    const split = splitVarFlag(flag);
    if (split === undefined) {
      throw new ConfigError(
        `--var ${JSON.stringify(flag)}: write key=value (a string) or key:=<json> (any JSON value)`,
        {
          option: 'var',
        },
      );
    }
    if ('text' in split) {
      vars[split.key] = split.text;
      continue;
    }
    try {
      vars[split.key] = JSON.parse(split.json);
    } catch (error) {
      throw new ConfigError(`--var ${flag}: the value after ":=" must be JSON (${(error as Error).message})`, {
        option: 'var',
      });
    }
  }
  return vars;
}

/** The variables given as `--var key=value` (strings), by key: a later `key:=<json>` replaces one. */
function stringVars(flags: readonly string[]): Map<string, string> {
  const vars = new Map<string, string>();
  for (const flag of flags) {
    const split = splitVarFlag(flag);
    if (split === undefined) continue;
    if ('text' in split) vars.set(split.key, split.text);
    else vars.delete(split.key);
  }
  return vars;
}

/** A shell word: as is when it needs no quoting, else in single quotes. */
function shellWord(text: string): string {
  return /^[\w.,:=+/@%-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

/**
 * `error` with a CLI fix when it is a `PromptInputError` about the type of variables given as
 * `--var key=value` (always a string): pass them as JSON with `--var key:=<json>`, e.g. `--var count:=3`.
 * Any other error is returned as it is.
 */
export function withJsonVarFix(error: unknown, flags: readonly string[]): unknown {
  if (!isPromptOpsError(error, 'PROMPT_INPUT')) return error;
  const given = stringVars(flags);
  const keys = new Set<string>();
  for (const issue of error.issues) {
    const key = issue.path[0];
    if (issue.code === 'invalid_type' && issue.placeholder === undefined && typeof key === 'string' && given.has(key)) {
      keys.add(key);
    }
  }
  if (keys.size === 0) return error;
  const examples = [...keys].map((key) => {
    const value = given.get(key) as string;
    let json = '<json>';
    try {
      if (typeof JSON.parse(value) !== 'string') json = value;
    } catch {
      // Not JSON as written: show the placeholder.
    }
    return `--var ${shellWord(`${key}:=${json}`)}`;
  });
  const others = error.issues.some((issue) => typeof issue.path[0] !== 'string' || !keys.has(issue.path[0]))
    ? ' Pass the other listed variables with the declared types.'
    : '';
  const fix =
    `--var key=value always gives a string: pass a number, boolean, array or object as JSON with ` +
    `--var key:=<json> (here: ${examples.join(' ')}).${others}`;
  return new PromptInputError(error.promptName, error.version, error.issues, { cause: error, fix });
}

/** Read a JSON object from a file, for `--vars` and `--placeholders`. */
export async function readJsonObject(path: string, cwd: string, option: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read ${path}: ${(error as Error).message}`, { option });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${path} is not valid JSON (${(error as Error).message})`, { option });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(`${path} must hold a JSON object ({ "name": value, … })`, { option });
  }
  return value as Record<string, unknown>;
}

/** Registers `render`. */
export const renderCommand: CommandModule = (program: Command, context: CommandContext) => {
  const command = program
    .command('render')
    .description('render one prompt with variables and print the text (or the messages of a chat prompt)')
    .argument('<spec>', 'prompt name, optionally with a selector: support/greeting, support/greeting@^2, …@production')
    .option(
      '--var <key=value>',
      'a variable: key=value (always a string) or key:=<json> (a number, boolean, array or object); repeatable',
      collect,
      [],
    )
    .option('--vars <file.json>', 'variables from a JSON object file (--var flags win)')
    .option('--placeholders <file.json>', 'chat placeholders: { "history": [{ "role": "user", "content": "…" }] }')
    .option('--no-strict', 'do not validate variables; missing ones render empty')
    .option(
      '--assignment-key <key>',
      'for a name with an experiment in the config file: render the variant this key (a user id…) is assigned; without it, the control',
    );
  addStoreOptions(command);
  withExamples(
    command,
    [
      'promptops render support/greeting --var company=Acme --var customer=Ada',
      'promptops render support/greeting@^2 --vars vars.json --dir ./prompts',
      'promptops render support/digest --var count:=3 --var vip:=true --var \'tags:=["billing"]\'',
      'promptops render support/triage --var ticket="Where is my refund?" --placeholders history.json --json',
      'promptops render support/greeting --assignment-key user-42 --var company=Acme --var customer=Ada',
    ],
    `${STORE_HELP}
A bare name resolves like the application: lockfile, pins and experiments of the config file, then
"latest". A name with an experiment renders its control (first variant), as the application serves a
request without an assignment key, unless --assignment-key picks the variant a given user gets.
Placeholders that are not given render as no messages.

Exit codes: 0 rendered, 1 the prompt failed (not found, invalid variables), 2 usage error.
--json prints { name, version, hash, selector, type, text } or { …, messages: [{ role, content }] },
  with "experiment" and "variant" when an experiment served it, "notes" (the lines printed as "note …"),
  and "warnings" when a pin or experiment of the config file names a prompt the store does not have.`,
  );
  command.action(async (spec: string, flags: RenderFlags, cmd: Command) => {
    const output = context.output(cmd);
    const fromFile = flags.vars === undefined ? {} : await readJsonObject(flags.vars, context.io.cwd, 'vars');
    const vars = { ...fromFile, ...parseVarFlags(flags.var ?? []) };
    const placeholders =
      flags.placeholders === undefined
        ? {}
        : ((await readJsonObject(flags.placeholders, context.io.cwd, 'placeholders')) as Record<
            string,
            readonly ChatMessage[]
          >);
    const result = await usingStore(context, undefined, flags, (selected) =>
      renderSpec(
        selected,
        spec,
        vars,
        placeholders,
        flags.strict !== false,
        flags.assignmentKey === undefined ? {} : { assignmentKey: flags.assignmentKey },
      ),
    ).catch((error: unknown) => {
      throw withJsonVarFix(error, flags.var ?? []);
    });
    output.result(result, () => {
      for (const warning of result.warnings ?? []) output.problem(`${output.style('yellow', 'warning')} ${warning}`);
      for (const note of result.notes ?? []) output.progress(`${output.style('cyan', 'note')} ${note}`);
      const variant =
        result.variant === undefined
          ? ''
          : `, variant "${result.variant}" of experiment "${result.experiment}" for ${flags.assignmentKey}`;
      output.progress(output.style('dim', `${result.name}@${result.version} (${result.selector}${variant})`));
      if (result.text !== undefined) {
        output.line(result.text);
        return;
      }
      (result.messages ?? []).forEach((message, i) => {
        if (i > 0) output.line();
        output.line(output.style('bold', `[${message.role}]`));
        output.line(contentText(message.content));
      });
    });
  });
};

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
