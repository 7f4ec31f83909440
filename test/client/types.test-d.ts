import { describe, expectTypeOf, it } from 'vitest';
import type { PromptClient } from '../../src/client/client.js';
import type { Prompt, PromptVariables } from '../../src/client/prompt.js';
import type { VariablesOf } from '../../src/client/registry-types.js';
import type { ChatMessage } from '../../src/engine/record.js';

declare module '../../src/client/prompt.js' {
  interface PromptRegistry {
    'typetest/greeting': { customer: string; tone?: 'formal' | 'friendly' | null };
    'typetest/optional': { tone?: string };
  }
}

declare const client: PromptClient;

describe('PromptRegistry typing', () => {
  it('types render() of a registered name, with or without a selector', async () => {
    expectTypeOf<VariablesOf<'typetest/greeting'>>().toEqualTypeOf<{
      customer: string;
      tone?: 'formal' | 'friendly' | null;
    }>();
    expectTypeOf<VariablesOf<'typetest/greeting@^1.2'>>().toEqualTypeOf<VariablesOf<'typetest/greeting'>>();
    const p = await client.getPrompt('typetest/greeting');
    p.render({ customer: 'Ada' });
    // @ts-expect-error customer is required
    p.render({});
    // @ts-expect-error vars are required when a variable is
    p.render();
    // @ts-expect-error unknown variable type
    p.render({ customer: 1 });
  });

  it('makes vars optional when every variable is', async () => {
    const p = await client.getPrompt('typetest/optional');
    p.render();
    p.render({ tone: 'x' });
  });

  it('types unknown names loosely', async () => {
    expectTypeOf<VariablesOf<'some/other'>>().toEqualTypeOf<PromptVariables>();
    const p = await client.getPrompt('some/other@latest');
    expectTypeOf(p).toEqualTypeOf<Prompt<PromptVariables>>();
    p.render();
    p.render({ anything: 1 });
    expectTypeOf(p.renderMessages).returns.toEqualTypeOf<ChatMessage[]>();
  });
});
