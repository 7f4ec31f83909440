/**
 * Assertions on the text of an answer: `contains`, `not-contains`, `regex`, `equals`. Their values are
 * templates rendered with the case's variables.
 * @module
 */

import { templateValue } from './template-value.js';
import type { CompiledAssertion } from './types.js';

/** `contains: text`: the answer holds the text (case-sensitive). */
export function containsAssertion(value: string, negate: boolean): CompiledAssertion {
  const expected = templateValue(value);
  const type = negate ? 'not-contains' : 'contains';
  return {
    type,
    check(answer) {
      const text = expected(answer.vars);
      const found = answer.output.includes(text);
      const pass = negate ? !found : found;
      return pass
        ? { type, pass, score: 1 }
        : {
            type,
            pass,
            score: 0,
            reason: negate ? `contains ${JSON.stringify(text)}` : `does not contain ${JSON.stringify(text)}`,
          };
    },
  };
}

/** `regex: pattern` (with optional `flags`): the answer matches. */
export function regexAssertion(pattern: string, flags: string): CompiledAssertion {
  const source = templateValue(pattern);
  const fixed = pattern.includes('{{') ? undefined : new RegExp(pattern, flags);
  return {
    type: 'regex',
    check(answer) {
      const re = fixed ?? new RegExp(source(answer.vars), flags);
      re.lastIndex = 0;
      const pass = re.test(answer.output);
      return pass
        ? { type: 'regex', pass, score: 1 }
        : { type: 'regex', pass, score: 0, reason: `does not match /${re.source}/${re.flags}` };
    },
  };
}

/** `equals: text`: the answer, without leading and trailing white space, is the text. */
export function equalsAssertion(value: string): CompiledAssertion {
  const expected = templateValue(value);
  return {
    type: 'equals',
    check(answer) {
      const text = expected(answer.vars).trim();
      const pass = answer.output.trim() === text;
      return pass
        ? { type: 'equals', pass, score: 1 }
        : { type: 'equals', pass, score: 0, reason: `is not ${JSON.stringify(text)}` };
    },
  };
}
