/**
 * The one wording of "`{{> name}}` includes nothing", shared by the engine (strict compile), the
 * client's partial loading, `createLockfile` and `promptops validate`, so that a tag in a prompt and a
 * tag in one of its partials are reported alike.
 * @module
 */
import { explainInvalidName } from './name.js';

/**
 * Why `{{> name}}` includes nothing, and the fix, as one message `"<what>; <fix>"`:
 * - a name no prompt can have (`{{> Header}}`): says so and to fix the name; never "create it", since
 *   no file can give a prompt that name;
 * - a valid name that no prompt has: says to create it (`name.prompt.md`) or to fix the name.
 *
 * @param includedBy who holds the tag, e.g. `included by support/reply@1.2.0` or
 *   `included by partial "partials/sig" of support/reply@1.2.0`.
 * @param suggestions close names that exist, offered as "did you mean".
 */
export function unresolvedPartialMessage(
  name: string,
  includedBy: string,
  suggestions: readonly string[] = [],
): string {
  const didYouMean =
    suggestions.length > 0 ? `did you mean ${suggestions.map((s) => `"{{> ${s}}}"`).join(', ')}? ` : '';
  const invalid = explainInvalidName(name);
  return invalid !== undefined
    ? `partial "${name}" (${includedBy}) can include nothing: ${invalid}; ${didYouMean}fix the name in "{{> ${name}}}"`
    : `partial "${name}" not found (${includedBy}); ${didYouMean}create it (e.g. ${name}.prompt.md; shared ` +
        `snippets usually live under partials/) or fix the name in "{{> ${name}}}"`;
}
