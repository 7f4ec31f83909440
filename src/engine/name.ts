/**
 * Prompt names: segments of `[a-z0-9][a-z0-9._-]*` joined by `/`.
 * @module
 */
import { PromptFormatError } from '../errors.js';

/** Longest accepted prompt name, in characters. */
export const MAX_NAME_LENGTH = 200;

const NAME_PATTERN = /^[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)*$/;

/** True when `name` is a valid prompt name. */
export function isValidName(name: unknown): name is string {
  return typeof name === 'string' && name.length <= MAX_NAME_LENGTH && NAME_PATTERN.test(name);
}

/** Describe what is wrong with a prompt name, or `undefined` when it is valid. */
export function explainInvalidName(name: unknown): string | undefined {
  if (typeof name !== 'string') return `a prompt name must be a string, got ${typeof name}`;
  if (name.length === 0) return 'a prompt name must not be empty';
  if (name.length > MAX_NAME_LENGTH)
    return `a prompt name must be at most ${MAX_NAME_LENGTH} characters, got ${name.length}`;
  if (NAME_PATTERN.test(name)) return undefined;
  const shown = JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}…` : name);
  return (
    `invalid prompt name ${shown}: use lowercase segments of [a-z0-9][a-z0-9._-]* joined by "/" ` +
    `(e.g. "support/greeting"); no leading "/", no empty, "." or ".." segments`
  );
}

/** Throw a {@link PromptFormatError} unless `name` is valid. */
export function assertValidName(
  name: unknown,
  location: { file?: string; line?: number } = {},
): asserts name is string {
  const problem = explainInvalidName(name);
  if (problem !== undefined) throw new PromptFormatError(problem, { ...location, field: 'name' });
}
