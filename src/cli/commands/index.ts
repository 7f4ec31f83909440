/**
 * Every command of the CLI, in the order `--help` lists them.
 * @module
 */
import type { CommandModule } from '../command.js';
import { dbCommand } from './db.js';
import { diffCommand } from './diff.js';
import { evalCommand } from './eval.js';
import { historyCommand } from './history.js';
import { listCommand } from './list.js';
import { lockCommand } from './lock.js';
import { promoteCommand } from './promote.js';
import { publishCommand } from './publish.js';
import { pullCommand } from './pull.js';
import { renderCommand } from './render.js';
import { reportCommand } from './report.js';
import { rollbackCommand } from './rollback.js';
import { serveCommand } from './serve.js';
import { typegenCommand } from './typegen.js';
import { validateCommand } from './validate.js';

/** The registered commands. */
export const commands: CommandModule[] = [
  validateCommand,
  renderCommand,
  listCommand,
  diffCommand,
  lockCommand,
  typegenCommand,
  serveCommand,
  pullCommand,
  publishCommand,
  promoteCommand,
  rollbackCommand,
  historyCommand,
  dbCommand,
  reportCommand,
  evalCommand,
];
