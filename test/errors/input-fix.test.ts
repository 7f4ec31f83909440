/**
 * The fix line of a PromptInputError talks about what went wrong (issue 14): placeholders have their
 * own fix (input.default cannot fill them), variables theirs, both when both are wrong.
 */
import { describe, expect, it } from 'vitest';
import { compilePrompt } from '../../src/engine/prompt.js';
import type { PromptRecord } from '../../src/engine/record.js';
import { PromptInputError } from '../../src/errors.js';

const VARIABLES_FIX =
  'Pass the listed variables with the declared types, or add defaults to the prompt\'s "input.default".';
const HISTORY_FIX =
  'Pass placeholder "history" as an array of { role, content } messages ([] for none): ' +
  'renderMessages(vars, { "history": [...] }), or { placeholders: { "history": [...] } } for the adapters. ' +
  'Placeholders are not variables: "input.default" does not fill them.';

const triage: PromptRecord = {
  name: 'support/triage',
  version: '1.0.0',
  type: 'chat',
  input: { schema: { ticket: 'string' } },
  messages: [{ placeholder: 'history' }, { role: 'user', content: '{{ticket}}' }],
};

function inputError(run: () => unknown): PromptInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof PromptInputError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('PromptInputError fix line', () => {
  it('gives placeholder errors their own fix, naming the placeholder', () => {
    const prompt = compilePrompt(triage, { strict: true });
    const missing = inputError(() => prompt.renderMessages({ ticket: 'T' }, {}));
    expect(missing.message).toBe(
      'Invalid input for prompt "support/triage@1.0.0" (1 problem):\n' +
        '  - history: placeholder "history" needs an array of { role, content } messages (pass [] for none)\n' +
        HISTORY_FIX,
    );
    expect(missing.issues[0]?.placeholder).toBe('history');
    const wrong = inputError(() => prompt.renderMessages({ ticket: 'T' }, { history: [42] as never }));
    expect(wrong.message.split('\n').at(-1)).toBe(HISTORY_FIX);
    expect(wrong.issues.map((i) => [i.path, i.placeholder])).toEqual([[['history', 0], 'history']]);
    const two = inputError(() => prompt.renderMessages({ ticket: 'T' }, { history: [42, 'x'] as never }));
    expect(two.issues).toHaveLength(2);
    expect(two.message.split('\n').at(-1)).toBe(HISTORY_FIX);
  });

  it('gives both fixes when variables and placeholders are wrong', () => {
    const prompt = compilePrompt(triage, { strict: true });
    const both = inputError(() => prompt.renderMessages({}, {}));
    expect(both.message.split('\n').at(-1)).toBe(`${VARIABLES_FIX} ${HISTORY_FIX}`);
  });

  it('keeps the variables fix for variables, and says "each listed placeholder" for several', () => {
    const greeting = compilePrompt(
      {
        name: 'g',
        version: '1.0.0',
        type: 'text',
        template: 'Hi {{customer}}',
        input: { schema: { customer: 'string' } },
      },
      { strict: true },
    );
    expect(
      inputError(() => greeting.render({}))
        .message.split('\n')
        .at(-1),
    ).toBe(VARIABLES_FIX);
    const two = compilePrompt(
      {
        ...triage,
        messages: [{ placeholder: 'history' }, { placeholder: 'notes' }, { role: 'user', content: '{{ticket}}' }],
      },
      { strict: true },
    );
    expect(
      inputError(() => two.renderMessages({ ticket: 'T' }, {}))
        .message.split('\n')
        .at(-1),
    ).toMatch(/^Pass each listed placeholder as an array of \{ role, content \} messages/);
  });

  it('takes a caller-specific fix', () => {
    const error = new PromptInputError(
      'a',
      '1.0.0',
      [{ path: ['n'], code: 'invalid_type', message: 'expected number' }],
      {
        fix: 'Use --var n:=3.',
      },
    );
    expect(error.message.split('\n').at(-1)).toBe('Use --var n:=3.');
  });
});
