// Each adapter's result is assignable to its SDK's own parameter type, with no cast: the calls below
// type-check against the installed majors of openai, @anthropic-ai/sdk and ai.

import { createOpenAI } from '@ai-sdk/openai';
import Anthropic from '@anthropic-ai/sdk';
import type { MessageCreateParamsNonStreaming } from '@anthropic-ai/sdk/resources/messages/messages';
import { generateText, type ModelMessage, streamText } from 'ai';
import OpenAI from 'openai';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { ResponseCreateParamsNonStreaming } from 'openai/resources/responses/responses';
import { describe, expectTypeOf, it } from 'vitest';
import { toAISDK } from '../../src/ai-sdk.js';
import { toAnthropic } from '../../src/anthropic.js';
import type { Prompt } from '../../src/index.js';
import { toOpenAIChat, toOpenAIResponses } from '../../src/openai.js';

declare const p: Prompt;

describe('adapter results are SDK parameters', () => {
  it('toOpenAIChat → chat.completions.create', () => {
    expectTypeOf(toOpenAIChat(p, { ticket: 't' })).toExtend<ChatCompletionCreateParamsNonStreaming>();
    const openai = new OpenAI({ apiKey: 'x' });
    const call = () => openai.chat.completions.create(toOpenAIChat(p, { ticket: 't' }));
    expectTypeOf(call).returns.resolves.toHaveProperty('choices');
  });

  it('toOpenAIResponses → responses.create', () => {
    expectTypeOf(toOpenAIResponses(p)).toExtend<ResponseCreateParamsNonStreaming>();
    const openai = new OpenAI({ apiKey: 'x' });
    const call = () => openai.responses.create(toOpenAIResponses(p));
    expectTypeOf(call).returns.resolves.toHaveProperty('output_text');
  });

  it('toAnthropic → messages.create', () => {
    expectTypeOf(toAnthropic(p)).toExtend<MessageCreateParamsNonStreaming>();
    const anthropic = new Anthropic({ apiKey: 'x' });
    const call = () => anthropic.messages.create(toAnthropic(p));
    expectTypeOf(call).returns.resolves.toHaveProperty('content');
  });

  it('toAISDK → generateText / streamText', () => {
    const provider = createOpenAI({ apiKey: 'x' });
    const request = toAISDK(p, { ticket: 't' });
    expectTypeOf(request.messages).toEqualTypeOf<ModelMessage[]>();
    const call = () => generateText({ model: provider('gpt-4o-mini'), ...request });
    expectTypeOf(call).returns.resolves.toHaveProperty('text');
    const stream = () => streamText({ model: provider('gpt-4o-mini'), ...toAISDK(p) });
    expectTypeOf(stream).returns.toHaveProperty('textStream');
  });

  it('placeholders take the SDK message types', () => {
    const history: OpenAI.Chat.ChatCompletionMessageParam[] = [{ role: 'tool', tool_call_id: 'c', content: 'x' }];
    toOpenAIChat(p, {}, { placeholders: { history } });
    const claude: Anthropic.MessageParam[] = [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 't' }] }];
    toAnthropic(p, {}, { placeholders: { history: claude } });
    const ai: ModelMessage[] = [{ role: 'tool', content: [] }];
    toAISDK(p, {}, { placeholders: { history: ai } });
    // @ts-expect-error: an AI SDK tool message is not an Anthropic placeholder message
    toAnthropic(p, {}, { placeholders: { history: ai } });
  });
});
