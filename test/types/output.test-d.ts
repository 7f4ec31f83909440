/**
 * `parseOutput()`, the model config and the kind of a registered prompt are typed: by a generated
 * registry (`fixtures/outputs.gen.ts`, what `promptops typegen` writes for the records in
 * test/typegen/typegen.test.ts) and by `definePrompt` / `typedClient`. Calling `render()` on a chat
 * prompt or `renderMessages()` on a text prompt is a compile error; unregistered names stay loose.
 */
import { describe, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { toAnthropic } from '../../src/anthropic.js';
import type { PromptClient } from '../../src/client/client.js';
import { createPromptClient } from '../../src/client/client.js';
import { definePrompt, type RegistryOf, typedClient } from '../../src/client/define.js';
import type { Prompt, PromptVariables } from '../../src/client/prompt.js';
import type { ModelOf, OutputOf } from '../../src/client/registry-types.js';
import type { ModelConfig } from '../../src/engine/record.js';
import { toOpenAIChat } from '../../src/openai.js';
import { memoryStore } from '../../src/stores/memory.js';
import './fixtures/outputs.gen.js';

declare const client: PromptClient;

type People = { people: Array<{ name: string; email?: string | null }>; status: 'complete' | 'partial' };

describe('a generated registry', () => {
  it('types parseOutput() by output.schema (Picoschema and JSON Schema), per major', async () => {
    const extract = await client.getPrompt('typed/extract');
    expectTypeOf(extract.parseOutput('{}')).toEqualTypeOf<People>();
    expectTypeOf<OutputOf<'typed/extract'>>().toEqualTypeOf<People>();
    const v1 = await client.getPrompt('typed/extract@^1');
    expectTypeOf(v1.parseOutput('{}')).toEqualTypeOf<{ name: string; age?: number | null }>();
    const summary = await client.getPrompt('typed/summary');
    expectTypeOf(summary.parseOutput({ summary: 's' })).toEqualTypeOf<{ summary: string; tags?: Array<string> }>();
  });

  it('types the model config', async () => {
    const extract = await client.getPrompt('typed/extract');
    expectTypeOf(extract.model.name).toEqualTypeOf<'claude-sonnet-4-5'>();
    expectTypeOf(extract.model.maxTokens).toEqualTypeOf<number>();
    expectTypeOf(extract.model).toExtend<ModelConfig>();
    expectTypeOf<ModelOf<'typed/extract@1.0.0'>>().toEqualTypeOf<'gpt-4o-mini'>();
    expectTypeOf<ModelOf<'typed/summary'>>().toEqualTypeOf<undefined>();
  });

  it('makes the wrong render method a compile error', async () => {
    const extract = await client.getPrompt('typed/extract');
    expectTypeOf(extract.type).toEqualTypeOf<'chat'>();
    extract.renderMessages({ text: 'Ada, ada@example.com' }, { history: [] });
    // @ts-expect-error render() on a chat prompt
    extract.render({ text: 'x' });
    const v1 = await client.getPrompt('typed/extract@1.0.0');
    expectTypeOf(v1.type).toEqualTypeOf<'text'>();
    v1.render({ text: 'x' });
    // @ts-expect-error renderMessages() on a text prompt
    v1.renderMessages({ text: 'x' });
  });

  it('still goes into the adapters', async () => {
    const extract = await client.getPrompt('typed/extract');
    toAnthropic(extract, { text: 'x' }, { placeholders: { history: [] } });
    const summary = await client.getPrompt('typed/summary');
    toOpenAIChat(summary, { doc: 'x' });
  });

  it('keeps unregistered names loose', async () => {
    const other = await client.getPrompt('typed/other');
    expectTypeOf(other).toEqualTypeOf<Prompt<PromptVariables>>();
    expectTypeOf(other.parseOutput('{}')).toEqualTypeOf<unknown>();
    expectTypeOf(other.model).toEqualTypeOf<string | ModelConfig | undefined>();
    other.render({ anything: 1 });
    other.renderMessages({ anything: 1 }, { history: [] });
    expectTypeOf<OutputOf<'typed/other'>>().toEqualTypeOf<unknown>();
  });
});

const classify = definePrompt({
  name: 'define-output/classify',
  version: '1.0.0',
  input: z.object({ ticket: z.string() }),
  messages: [
    { role: 'system', content: 'Classify the ticket.' },
    { role: 'user', content: '{{ticket}}' },
  ],
  output: { schema: z.object({ queue: z.enum(['billing', 'tech']), urgent: z.boolean() }) },
  model: { name: 'gpt-4o-mini', temperature: 0 },
});

const summarize = definePrompt({
  name: 'define-output/summarize',
  version: '1.0.0',
  input: z.object({ doc: z.string() }),
  template: 'Summarize {{doc}}',
  model: 'gpt-4.1',
});

type Classified = { queue: 'billing' | 'tech'; urgent: boolean };

describe('definePrompt', () => {
  it('types parseOutput() and the model config', () => {
    expectTypeOf(classify.parseOutput('{}')).toEqualTypeOf<Classified>();
    expectTypeOf(classify.model).toEqualTypeOf<{ readonly name: 'gpt-4o-mini'; readonly temperature: 0 } | undefined>();
    expectTypeOf(summarize.parseOutput('{}')).toEqualTypeOf<unknown>();
    expectTypeOf(summarize.model).toEqualTypeOf<'gpt-4.1' | undefined>();
  });

  it('makes the wrong render method a compile error', () => {
    expectTypeOf(classify.type).toEqualTypeOf<'chat'>();
    classify.renderMessages({ ticket: 't' });
    // @ts-expect-error render() on a chat prompt
    classify.render({ ticket: 't' });
    expectTypeOf(summarize.type).toEqualTypeOf<'text'>();
    summarize.render({ doc: 'd' });
    // @ts-expect-error renderMessages() on a text prompt
    summarize.renderMessages({ doc: 'd' });
  });

  it('carries the types through typedClient', async () => {
    const defs = [classify, summarize] as const;
    const prompts = typedClient(createPromptClient({ store: memoryStore(defs) }), defs);
    expectTypeOf<RegistryOf<typeof defs>['define-output/classify']['output']>().toEqualTypeOf<Classified>();
    const c = await prompts.getPrompt('define-output/classify');
    expectTypeOf(c.parseOutput('{}')).toEqualTypeOf<Classified>();
    expectTypeOf(c.model.name).toEqualTypeOf<'gpt-4o-mini'>();
    // @ts-expect-error render() on a chat prompt
    c.render({ ticket: 't' });
    const s = await prompts.getPrompt('define-output/summarize');
    expectTypeOf(s.model).toEqualTypeOf<'gpt-4.1'>();
    // @ts-expect-error renderMessages() on a text prompt
    s.renderMessages({ doc: 'd' });
    const loose = await prompts.getPrompt('define-output/other');
    expectTypeOf(loose.parseOutput('{}')).toEqualTypeOf<unknown>();
    loose.render({});
    loose.renderMessages({});
  });
});
