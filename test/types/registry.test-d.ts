/**
 * Typing by a generated registry: `fixtures/prompts.gen.ts` is what `promptops typegen` writes for
 * `test/fixtures/cli/prompts` (test/typegen/typegen.test.ts checks that it still does).
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { TypedPromptClient } from '../../src/client/define.js';
import type { Prompt, PromptRegistry, PromptVariables } from '../../src/client/prompt.js';
import type {
  PlaceholdersOf,
  PromptOf,
  PromptSpecIn,
  PromptSpecString,
  StrictOf,
  TypedPrompt,
  VariablesIn,
  VariablesOf,
} from '../../src/client/registry-types.js';
import type { ChatMessage } from '../../src/engine/record.js';
import './fixtures/prompts.gen.js';

/** The client as `getPrompt` is typed by the global registry. */
declare const prompts: TypedPromptClient<PromptRegistry>;
/** The same registry, strict: unknown names are compile errors. */
declare const strictPrompts: TypedPromptClient<PromptRegistry, true>;

type Greeting = {
  company: string;
  customer: string;
  tone?: 'formal' | 'friendly' | null;
};

describe('generated registry', () => {
  it('types render() by name', async () => {
    expectTypeOf<VariablesOf<'helpdesk/greeting'>>().toEqualTypeOf<Greeting>();
    const p = await prompts.getPrompt('helpdesk/greeting');
    p.render({ company: 'Acme', customer: 'Ada' });
    p.render({ company: 'Acme', customer: 'Ada', tone: 'formal' });
    p.render({ company: 'Acme', customer: 'Ada', tone: null });
    // @ts-expect-error a missing required variable
    p.render({ customer: 'Ada' });
    // @ts-expect-error a wrong type
    p.render({ company: 'Acme', customer: 42 });
    // @ts-expect-error a value outside the enum
    p.render({ company: 'Acme', customer: 'Ada', tone: 'rude' });
    // @ts-expect-error a misspelt variable
    p.render({ company: 'Acme', customer: 'Ada', tones: 'formal' });
    // @ts-expect-error variables are required
    p.render();
  });

  it('makes optional and defaulted fields optional', async () => {
    // `tone` is optional in the schema and has a default: both make it optional.
    expectTypeOf<VariablesOf<'helpdesk/greeting@^1'>>().toEqualTypeOf<{
      customer: string;
      tone?: 'formal' | 'friendly' | null;
    }>();
    const signature = await prompts.getPrompt('helpdesk/partials/signature');
    signature.render();
    // @ts-expect-error no variables at all
    signature.render({ agent: 'Bo' });
  });

  it('types a versioned spec by its major', async () => {
    const v1 = await prompts.getPrompt('helpdesk/greeting@^1');
    v1.render({ customer: 'Ada' });
    // @ts-expect-error version 1 has no "company"
    v1.render({ customer: 'Ada', company: 'Acme' });
    expectTypeOf<VariablesOf<'helpdesk/greeting@1.1.0'>>().toEqualTypeOf<VariablesOf<'helpdesk/greeting@^1'>>();
    expectTypeOf<VariablesOf<'helpdesk/greeting@~1.0'>>().toEqualTypeOf<VariablesOf<'helpdesk/greeting@^1'>>();
    expectTypeOf<VariablesOf<'helpdesk/greeting@1.x'>>().toEqualTypeOf<VariablesOf<'helpdesk/greeting@^1'>>();
    expectTypeOf<VariablesOf<'helpdesk/greeting@2.0.0'>>().toEqualTypeOf<Greeting>();
    expectTypeOf<VariablesOf<'helpdesk/greeting@latest'>>().toEqualTypeOf<Greeting>();
    // A label is typed by the major it pointed to when the file was generated.
    expectTypeOf<VariablesOf<'helpdesk/greeting@production'>>().toEqualTypeOf<VariablesOf<'helpdesk/greeting@^1'>>();
    expectTypeOf<VariablesOf<'helpdesk/greeting@staging'>>().toEqualTypeOf<Greeting>();
    // Unknown majors and complex ranges: loose.
    expectTypeOf<VariablesOf<'helpdesk/greeting@^3'>>().toEqualTypeOf<PromptVariables>();
    expectTypeOf<VariablesOf<'helpdesk/greeting@>=1 <3'>>().toEqualTypeOf<PromptVariables>();
    // An unknown label: the latest version's types.
    expectTypeOf<VariablesOf<'helpdesk/greeting@canary'>>().toEqualTypeOf<Greeting>();
  });

  it('types chat placeholders', async () => {
    expectTypeOf<PlaceholdersOf<'helpdesk/triage'>>().toEqualTypeOf<'history'>();
    expectTypeOf<PromptOf<'helpdesk/triage'>>().toEqualTypeOf<
      TypedPrompt<
        { ticket: string; queues: Array<string> },
        'history',
        unknown,
        'chat',
        { name: 'gpt-4o-mini'; temperature: number }
      >
    >();
    const triage = await prompts.getPrompt('helpdesk/triage');
    const history: ChatMessage[] = [{ role: 'user', content: 'Hi' }];
    expectTypeOf(triage.renderMessages({ ticket: 'Refund?', queues: ['billing'] }, { history })).toEqualTypeOf<
      ChatMessage[]
    >();
    // @ts-expect-error the "history" placeholder is required
    triage.renderMessages({ ticket: 'Refund?', queues: [] });
    // @ts-expect-error an unknown placeholder
    triage.renderMessages({ ticket: 'Refund?', queues: [] }, { history, notes: [] });
    // @ts-expect-error a placeholder takes messages
    triage.renderMessages({ ticket: 'Refund?', queues: [] }, { history: 'hi' });
    // @ts-expect-error a missing variable
    triage.renderMessages({ ticket: 'Refund?' }, { history });
    const greeting = await prompts.getPrompt('helpdesk/greeting');
    // @ts-expect-error a text prompt has no placeholders
    greeting.renderMessages({ company: 'Acme', customer: 'Ada' }, { history });
  });

  it('autocompletes names and keeps unknown names loose', async () => {
    expectTypeOf<'helpdesk/greeting'>().toExtend<PromptSpecString>();
    expectTypeOf<'helpdesk/greeting@1.1.0'>().toExtend<PromptSpecString>();
    expectTypeOf<'anything/else'>().toExtend<PromptSpecString>();
    const other = await prompts.getPrompt('helpdesk/unknown');
    expectTypeOf(other).toEqualTypeOf<Prompt<PromptVariables>>();
    other.render({ anything: 1 });
    const dynamic = await prompts.getPrompt(String('helpdesk/greeting'));
    expectTypeOf(dynamic).toEqualTypeOf<Prompt<PromptVariables>>();
  });

  it('makes unknown names a compile error in a strict registry', async () => {
    expectTypeOf<StrictOf<{ strict: true }>>().toEqualTypeOf<true>();
    expectTypeOf<StrictOf<object>>().toEqualTypeOf<false>();
    expectTypeOf<'helpdesk/greting'>().not.toExtend<PromptSpecIn<PromptRegistry, true>>();
    expectTypeOf<'helpdesk/greeting@^2'>().toExtend<PromptSpecIn<PromptRegistry, true>>();
    // @ts-expect-error an unknown (misspelt) name in a strict registry
    await strictPrompts.getPrompt('helpdesk/greting');
    const p = await strictPrompts.getPrompt('helpdesk/greeting@^2');
    p.render({ company: 'Acme', customer: 'Ada' });
  });

  it('reads flat entries too', () => {
    type Flat = { 'flat/prompt': { customer: string } };
    expectTypeOf<VariablesIn<Flat, 'flat/prompt@^1'>>().toEqualTypeOf<{ customer: string }>();
  });
});
