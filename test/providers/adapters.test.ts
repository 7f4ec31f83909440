// The adapters without a network: text prompts, model resolution, refusals of what a target cannot
// take (naming the placeholder and the index), image URL rules, and the record checks of the new fields.
import { describe, expect, it } from 'vitest';
import { toAISDK } from '../../src/ai-sdk.js';
import { toAnthropic } from '../../src/anthropic.js';
import { parsePromptFile } from '../../src/engine/parse.js';
import type { PromptRecord } from '../../src/engine/record.js';
import { parseRecord } from '../../src/engine/record-schema.js';
import { ConfigError, definePrompt, PromptFormatError, PromptInputError } from '../../src/index.js';
import { toOpenAIChat, toOpenAIResponses } from '../../src/openai.js';
import { thrownBy } from '../helpers/errors.js';
import * as F from './fixtures.js';

const greeting: PromptRecord = {
  name: 'support/greeting',
  version: '1.0.0',
  type: 'text',
  template: 'Greet {{customer}}.',
  model: 'gpt-4o-mini',
};

describe('text prompts', () => {
  it('become one user message in every adapter', () => {
    expect(toOpenAIChat(greeting, { customer: 'Ada' })).toEqual({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Greet Ada.' }],
    });
    expect(toOpenAIResponses(greeting, { customer: 'Ada' })).toEqual({
      model: 'gpt-4o-mini',
      input: [{ role: 'user', content: 'Greet Ada.' }],
    });
    expect(toAnthropic(greeting, { customer: 'Ada' }, { overrides: { maxTokens: 100 } })).toEqual({
      model: 'gpt-4o-mini',
      max_tokens: 100,
      messages: [{ role: 'user', content: 'Greet Ada.' }],
    });
    expect(toAISDK(greeting, { customer: 'Ada' })).toEqual({ messages: [{ role: 'user', content: 'Greet Ada.' }] });
  });

  it('validate the variables as render does', () => {
    const error = thrownBy(PromptInputError, () => toOpenAIChat(greeting, {}));
    expect(error.issues[0]?.path).toEqual(['customer']);
  });

  it('work with definePrompt records', () => {
    const defined = definePrompt({ name: 'x', version: '1.0.0', template: 'Hi {{who}}', model: 'gpt-4o' });
    expect(toOpenAIChat(defined, { who: 'Bo' }).messages).toEqual([{ role: 'user', content: 'Hi Bo' }]);
  });
});

describe('model settings', () => {
  it('no model is a ConfigError that says to set model or pass overrides.name', () => {
    const { model: _, ...noModel } = greeting;
    const error = thrownBy(ConfigError, () => toOpenAIChat(noModel, { customer: 'Ada' }));
    expect(error.message).toContain('has no model: set `model` in the prompt');
    expect(error.message).toContain("overrides: { name: '…' }");
    expect(toOpenAIChat(noModel, { customer: 'Ada' }, { overrides: { name: 'gpt-4.1' } }).model).toBe('gpt-4.1');
  });

  it('a model of another provider is a ConfigError; the AI SDK adapter takes any provider', () => {
    const error = thrownBy(ConfigError, () =>
      toOpenAIChat(F.TRIAGE_ANTHROPIC, F.VARS, { placeholders: { history: [] } }),
    );
    expect(error.message).toContain('is set up for provider "anthropic" (model.provider), not openai');
    thrownBy(ConfigError, () => toAnthropic(F.TRIAGE, F.VARS, { placeholders: { history: [] } }));
    expect(toAISDK(F.TRIAGE_ANTHROPIC, F.VARS, { placeholders: { history: [] } }).maxOutputTokens).toBe(400);
  });

  it('Anthropic without maxTokens is a ConfigError naming model.maxTokens', () => {
    const error = thrownBy(ConfigError, () => toAnthropic(greeting, { customer: 'Ada' }));
    expect(error.option).toBe('model.maxTokens');
    expect(error.message).toContain('set model.maxTokens in the prompt');
  });
});

describe('placeholders: what a target cannot take is refused, naming the placeholder and index', () => {
  const chat = (history: unknown[]) => ({ placeholders: { history: history as never[] } });

  it('plain { role, content } messages go to every adapter', () => {
    const plain = [
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Hello' },
    ];
    expect(toOpenAIChat(F.TRIAGE, F.VARS, chat(plain)).messages.slice(1, 3)).toEqual(plain);
    expect(toAnthropic(F.TRIAGE_ANTHROPIC, F.VARS, chat(plain)).messages.slice(0, 2)).toEqual(plain);
    expect(toAISDK(F.TRIAGE_AI_SDK, F.VARS, chat(plain)).messages.slice(0, 2)).toEqual(plain);
    expect(toOpenAIResponses(F.TRIAGE, F.VARS, chat(plain)).input?.slice(0, 2)).toEqual(plain);
  });

  it('system messages of a placeholder join the system text for Anthropic and the AI SDK', () => {
    const history = [{ role: 'system', content: 'Be brief.' }];
    expect(toAnthropic(F.TRIAGE_ANTHROPIC, F.VARS, chat(history)).system).toBe(
      'You triage support tickets.\n\nBe brief.',
    );
    expect(toAISDK(F.TRIAGE_AI_SDK, F.VARS, chat(history)).system).toBe('You triage support tickets.\n\nBe brief.');
  });

  it('toOpenAIChat refuses Anthropic and AI SDK messages', () => {
    const error = thrownBy(PromptInputError, () =>
      toOpenAIChat(F.TRIAGE, F.VARS, chat([F.ANTHROPIC_HISTORY[0], F.ANTHROPIC_HISTORY[1], F.AI_SDK_HISTORY[2]])),
    );
    expect(error.issues).toEqual([
      {
        path: ['history', 1],
        code: 'unsupported_message',
        message:
          'placeholder "history" message 1: content[0] has type "tool_use" (an Anthropic content block), which an OpenAI ' +
          'assistant message cannot take (text, refusal); toOpenAIChat takes plain { role, content } messages or OpenAI chat messages',
        placeholder: 'history',
      },
      {
        path: ['history', 2],
        code: 'unsupported_message',
        message:
          'placeholder "history" message 2: a tool message needs its "tool_call_id"; toOpenAIChat takes plain { role, content } messages or OpenAI chat messages',
        placeholder: 'history',
      },
    ]);
    expect(error.message).toContain('placeholder "history" message 1');
    expect(error.message.split('\n').at(-1)).toMatch(
      /^Pass placeholder "history" as an array of \{ role, content \} messages/,
    );
  });

  it('toAnthropic refuses OpenAI tool messages and AI SDK parts', () => {
    const error = thrownBy(PromptInputError, () =>
      toAnthropic(F.TRIAGE_ANTHROPIC, F.VARS, chat([F.OPENAI_HISTORY[2], F.AI_SDK_HISTORY[1]])),
    );
    expect(error.issues.map((i) => i.path)).toEqual([
      ['history', 0],
      ['history', 1],
    ]);
    expect(error.issues[0]?.message).toContain('role "tool" (a tool result is a tool_result block in a user message)');
    expect(error.issues[1]?.message).toContain('type "tool-call" (an AI SDK part)');
  });

  it('toAISDK refuses OpenAI tool calls; toOpenAIResponses refuses Chat Completions tool messages', () => {
    const ai = thrownBy(PromptInputError, () => toAISDK(F.TRIAGE_AI_SDK, F.VARS, chat([F.OPENAI_HISTORY[1]])));
    expect(ai.issues[0]?.message).toContain(
      'field "tool_calls" (an OpenAI chat field) is not part of an AI SDK assistant message',
    );
    const responses = thrownBy(PromptInputError, () =>
      toOpenAIResponses(F.TRIAGE, F.VARS, chat([F.OPENAI_HISTORY[2]])),
    );
    expect(responses.issues[0]?.message).toContain('send a function_call_output item instead');
  });

  it('an image URL that is not https: or data: is a PromptInputError, in the prompt and in a placeholder', () => {
    const template = thrownBy(PromptInputError, () =>
      toOpenAIChat(F.TRIAGE, { ...F.VARS, screenshot: 'http://example.com/a.png' }, chat([])),
    );
    expect(template.issues).toEqual([
      {
        path: ['messages[2].content[1].url'],
        code: 'invalid_image_url',
        message: 'an image URL must start with https: or data:, got a http: URL',
      },
    ]);
    const placeholder = thrownBy(PromptInputError, () =>
      toAnthropic(
        F.TRIAGE_ANTHROPIC,
        F.VARS,
        chat([{ role: 'user', content: [{ type: 'image', url: 'file:///etc/passwd' }] }]),
      ),
    );
    expect(placeholder.issues[0]?.path).toEqual(['history', 0, 'content']);
    expect(placeholder.issues[0]?.message).toContain('an image URL must start with https: or data:');
  });
});

describe('record fields', () => {
  it('a role typo is a PromptFormatError with file, line and "did you mean"', () => {
    const text = 'version: 1.0.0\nmessages:\n  - role: sytem\n    content: Hi\n';
    const error = thrownBy(PromptFormatError, () => parsePromptFile(text, { file: 'x.prompt.yaml', name: 'x' }));
    expect(error.file).toBe('x.prompt.yaml');
    expect(error.line).toBe(3);
    expect(error.field).toBe('messages[0].role');
    expect(error.message).toContain('unknown role "sytem"');
    expect(error.message).toContain('did you mean "system"?');
  });

  it('model settings are checked, with the fix', () => {
    const base = { name: 'x', version: '1.0.0', template: 'x' };
    expect(() => parseRecord({ ...base, model: { name: 'm', max_tokens: 5 } })).toThrow(
      'unknown model setting "max_tokens"; did you mean "maxTokens"?',
    );
    expect(() => parseRecord({ ...base, model: { temperature: 1 } })).toThrow('"model.name" must be');
    expect(() => parseRecord({ ...base, model: { name: 'm', pricing: { inputPerMTok: 1 } } })).toThrow(
      '"model.pricing.outputPerMTok" must be a price',
    );
    expect(parseRecord({ ...base, model: { name: 'm', params: { reasoning_effort: 'low' } } }).model).toEqual({
      name: 'm',
      params: { reasoning_effort: 'low' },
    });
  });

  it('tools are checked: names, unique, schema', () => {
    const base = { name: 'x', version: '1.0.0', template: 'x' };
    expect(() => parseRecord({ ...base, tools: [{ name: 'bad name', input: {} }] })).toThrow(
      'a tool\'s "name" must be 1-64 letters',
    );
    expect(() =>
      parseRecord({
        ...base,
        tools: [
          { name: 'a', input: {} },
          { name: 'a', input: {} },
        ],
      }),
    ).toThrow('tool "a" is listed twice');
    expect(() => parseRecord({ ...base, tools: [{ name: 'a', input: { q: 'strin' } }] })).toThrow(PromptFormatError);
  });

  it('content parts only in user messages, text and image only', () => {
    const base = { name: 'x', version: '1.0.0' };
    expect(() =>
      parseRecord({ ...base, messages: [{ role: 'system', content: [{ type: 'text', text: 'x' }] }] }),
    ).toThrow('only a user message takes a list of content parts');
    expect(() => parseRecord({ ...base, messages: [{ role: 'user', content: [{ type: 'imge', url: 'x' }] }] })).toThrow(
      'did you mean "image"?',
    );
  });
});
