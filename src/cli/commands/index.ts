/**
 * Every command of the CLI, in the order `--help` lists them.
 * @module
 */
import type { CommandModule } from '../program.js';

/** The registered commands. */
export const commands: CommandModule[] = [];
