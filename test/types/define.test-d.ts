import { describe, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { createPromptClient } from '../../src/client/client.js';
import {
  type DefinedPrompt,
  definePrompt,
  type LatestOf,
  type RegistryOf,
  typedClient,
  type VersionCmp,
} from '../../src/client/define.js';
import type { PromptVariables } from '../../src/client/prompt.js';
import type { PromptIn, TypedPrompt } from '../../src/client/registry-types.js';
import { memoryStore } from '../../src/stores/memory.js';

const greetingV1 = definePrompt({
  name: 'define/greeting',
  version: '1.2.0',
  input: z.object({ customer: z.string() }),
  template: 'Hi {{customer}}',
});

const greetingV2 = definePrompt({
  name: 'define/greeting',
  version: '2.0.0',
  input: z.object({
    company: z.string(),
    customer: z.string(),
    tone: z.enum(['formal', 'friendly']),
    note: z.string().optional(),
  }),
  default: { tone: 'friendly' },
  template: '{{company}}: greet {{customer}}, {{tone}}. {{note}}',
});

const triage = definePrompt({
  name: 'define/triage',
  version: '1.0.0',
  input: z.object({ ticket: z.string() }),
  messages: [
    { role: 'system', content: 'Triage.' },
    { placeholder: 'history' },
    { role: 'user', content: '{{ticket}}' },
  ],
});

const loose = definePrompt({ name: 'define/loose', version: '0.1.0', template: 'Hi {{x}}' });

describe('definePrompt', () => {
  it('infers render() from the schema, defaults optional', () => {
    expectTypeOf(greetingV2.render).parameter(0).toEqualTypeOf<{
      company: string;
      customer: string;
      note?: string | undefined;
      tone?: 'formal' | 'friendly';
    }>();
    greetingV2.render({ company: 'Acme', customer: 'Ada' });
    // @ts-expect-error customer is required
    greetingV2.render({ company: 'Acme' });
    // @ts-expect-error company must be a string
    greetingV2.render({ company: 1, customer: 'Ada' });
    // @ts-expect-error vars are required
    greetingV2.render();
    expectTypeOf(greetingV2.name).toEqualTypeOf<'define/greeting'>();
    expectTypeOf(greetingV2).toExtend<DefinedPrompt>();
  });

  it('types placeholders', () => {
    triage.renderMessages({ ticket: 't' }, { history: [] });
    // @ts-expect-error placeholders are required
    triage.renderMessages({ ticket: 't' });
    // @ts-expect-error unknown placeholder
    triage.renderMessages({ ticket: 't' }, { history: [], other: [] });
  });

  it('is loose without a schema', () => {
    expectTypeOf(loose.render).parameter(0).toEqualTypeOf<PromptVariables | undefined>();
  });

  it('rejects defaults that do not fit', () => {
    definePrompt({
      name: 'define/bad',
      version: '1.0.0',
      input: z.object({ tone: z.enum(['a', 'b']) }),
      // @ts-expect-error not one of the enum values
      default: { tone: 'c' },
      template: '{{tone}}',
    });
  });
});

describe('version comparison', () => {
  it('compares', () => {
    expectTypeOf<VersionCmp<'1.2.0', '1.10.0'>>().toEqualTypeOf<'lt'>();
    expectTypeOf<VersionCmp<'10.0.0', '9.9.9'>>().toEqualTypeOf<'gt'>();
    expectTypeOf<VersionCmp<'2.0.0', '2.0.0-beta.1'>>().toEqualTypeOf<'gt'>();
    expectTypeOf<VersionCmp<'1.0.0', '1.0.0'>>().toEqualTypeOf<'eq'>();
    expectTypeOf<LatestOf<'1.0.0' | '1.10.0' | '1.9.3' | '0.9.0'>>().toEqualTypeOf<'1.10.0'>();
  });
});

describe('typedClient', () => {
  const defs = [greetingV2, greetingV1, triage, loose] as const;
  const prompts = typedClient(createPromptClient({ store: memoryStore(defs) }), defs);
  type R = RegistryOf<typeof defs>;

  it('builds the registry', () => {
    expectTypeOf<keyof R>().toEqualTypeOf<'define/greeting' | 'define/triage' | 'define/loose'>();
    expectTypeOf<R['define/greeting']['releases']>().toEqualTypeOf<'1.2.0' | '2.0.0'>();
    expectTypeOf<R['define/greeting']['versions']['1']['input']>().toEqualTypeOf<{ customer: string }>();
    expectTypeOf<PromptIn<R, 'define/triage'>>().toEqualTypeOf<
      TypedPrompt<{ ticket: string }, 'history', unknown, 'chat', undefined>
    >();
  });

  it('types getPrompt', async () => {
    const p = await prompts.getPrompt('define/greeting');
    p.render({ company: 'Acme', customer: 'Ada' });
    // @ts-expect-error company is required by the latest version
    p.render({ customer: 'Ada' });
    const v1 = await prompts.getPrompt('define/greeting@^1');
    v1.render({ customer: 'Ada' });
    // @ts-expect-error v1 has no company
    v1.render({ customer: 'Ada', company: 'x' });
    const t = await prompts.getPrompt('define/triage');
    t.renderMessages({ ticket: 'x' }, { history: [{ role: 'user', content: 'hi' }] });
    const other = await prompts.getPrompt('define/other');
    other.render({ anything: 1 });
  });

  it('is strict on request', async () => {
    const strict = typedClient(createPromptClient({ store: memoryStore(defs) }), defs, { strict: true });
    // @ts-expect-error unknown name in a strict registry
    await strict.getPrompt('define/greting');
    await strict.getPrompt('define/greeting@2.0.0');
  });
});
