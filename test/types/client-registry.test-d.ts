/** After the hookup: the real client's getPrompt is typed by the global (generated) registry. */
import { describe, expectTypeOf, it } from 'vitest';
import type { PromptClient } from '../../src/client/client.js';
import { getPrompt } from '../../src/client/default-client.js';
import type { Prompt, PromptVariables } from '../../src/client/prompt.js';
import type { TypedPrompt, VariablesOf } from '../../src/client/registry-types.js';
import './fixtures/prompts.gen.js';

declare const client: PromptClient;

describe('PromptClient with the generated registry', () => {
  it('types getPrompt per name, major and placeholder', async () => {
    const p = await client.getPrompt('helpdesk/greeting');
    p.render({ company: 'Acme', customer: 'Ada' });
    // @ts-expect-error a missing required variable
    p.render({ customer: 'Ada' });
    const v1 = await client.getPrompt('helpdesk/greeting@^1');
    v1.render({ customer: 'Ada' });
    const triage = await client.getPrompt('helpdesk/triage');
    // A chat prompt: no render() (the registry says `type: "chat"`), its model config typed.
    expectTypeOf(triage).toEqualTypeOf<
      TypedPrompt<
        { ticket: string; queues: Array<string> },
        'history',
        unknown,
        'chat',
        { name: 'gpt-4o-mini'; temperature: number }
      >
    >();
    // @ts-expect-error render() on a chat prompt
    triage.render({ ticket: 't', queues: [] });
    // @ts-expect-error renderMessages() on a text prompt
    p.renderMessages({ company: 'Acme', customer: 'Ada' });
    // @ts-expect-error the placeholder is required
    triage.renderMessages({ ticket: 't', queues: [] });
    const top = await getPrompt('helpdesk/greeting@2.0.0');
    expectTypeOf(top.render).parameter(0).toEqualTypeOf<VariablesOf<'helpdesk/greeting'>>();
    const other = await client.getPrompt('some/thing');
    expectTypeOf(other).toEqualTypeOf<Prompt<PromptVariables>>();
  });
});
