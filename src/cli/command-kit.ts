/**
 * Small helpers shared by the command modules: help examples, the store a command works on, and
 * printing findings.
 * @module
 */
import type { Command } from 'commander';
import type { CommandContext } from './command.js';
import type { Output } from './output.js';
import { type SelectedStore, type StoreFlags, selectStore } from './store-args.js';

/** Append an "Examples:" block (and optional notes) to a command's `--help`. */
export function withExamples(command: Command, examples: readonly string[], notes?: string): Command {
  const lines = ['', 'Examples:', ...examples.map((example) => `  $ ${example}`)];
  if (notes !== undefined) lines.push(notes);
  return command.addHelpText('after', lines.join('\n'));
}

/** Run `work` with the selected store, closing it afterwards. */
export async function usingStore<T>(
  context: CommandContext,
  positional: string | undefined,
  flags: StoreFlags,
  work: (selected: SelectedStore) => Promise<T>,
): Promise<T> {
  const selected = await selectStore(positional, flags, context.io);
  try {
    return await work(selected);
  } finally {
    await selected.close();
  }
}

/** `'1 error'`, `'2 errors'`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Show a transient progress counter, at most every `step` items and at the end. */
export function progressCounter(output: Output, label: string, step = 25): (done: number, total: number) => void {
  return (done, total) => {
    if (total < step) return;
    if (done % step === 0 || done === total) output.progress(`${label} ${done}/${total}`, true);
  };
}
