/**
 * What a command module is and what it gets: the types every file of `commands/` imports (kept apart
 * from `program.ts`, which imports the commands, so that no import runs in a circle).
 * @module
 */
import type { Command } from 'commander';
import type { CliIO, Output } from './output.js';

/** What every command gets: the streams, and its output made from the global flags. */
export interface CommandContext {
  io: CliIO;
  /** Output for this run (`--json`, `--no-color` applied). */
  output(command: Command): Output;
  /** Set the exit code of the run (the highest wins). */
  exit(code: number): void;
}

/** A CLI command: registers itself on the program. */
export type CommandModule = (program: Command, context: CommandContext) => void;
