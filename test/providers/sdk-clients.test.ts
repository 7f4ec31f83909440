// The adapters' requests sent by the REAL SDK clients (openai, @anthropic-ai/sdk, ai + @ai-sdk/openai)
// to a local recording server: the bodies on the wire must carry the model settings, the system
// split, the tools, the structured-output schema and the placeholder history exactly.

import { createOpenAI } from '@ai-sdk/openai';
import Anthropic from '@anthropic-ai/sdk';
import { generateText } from 'ai';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toAISDK } from '../../src/ai-sdk.js';
import { toAnthropic } from '../../src/anthropic.js';
import { createPromptClient, memoryStore, type PromptClient } from '../../src/index.js';
import { toOpenAIChat, toOpenAIResponses } from '../../src/openai.js';
import * as F from './fixtures.js';
import { type RecordingServer, startRecordingServer } from './recording-server.js';

const TOOL_PARAMETERS = {
  type: 'object',
  properties: {
    orderId: { type: 'string', description: 'the order id' },
    verbose: { type: ['boolean', 'null'] },
  },
  required: ['orderId'],
  additionalProperties: false,
};

const OUTPUT_PROPERTIES = {
  category: { type: 'string' },
  urgent: { type: 'boolean' },
  summary: { type: ['string', 'null'] },
};
const STRICT_OUTPUT = {
  type: 'object',
  properties: OUTPUT_PROPERTIES,
  required: ['category', 'urgent', 'summary'],
  additionalProperties: false,
};
const CLOSED_OUTPUT = { ...STRICT_OUTPUT, required: ['category', 'urgent'] };

const TICKET_TEXT = 'Ticket: Refund my order A1';

let server: RecordingServer;
let prompts: PromptClient;

beforeAll(async () => {
  server = await startRecordingServer();
  prompts = createPromptClient({
    store: memoryStore([
      F.TRIAGE,
      { ...F.TRIAGE_ANTHROPIC, name: 'support/triage-claude' },
      { ...F.TRIAGE_AI_SDK, name: 'support/triage-ai' },
    ]),
  });
});
afterAll(async () => {
  await prompts.close();
  await server.close();
});

const lastBody = () => server.requests.at(-1)?.body;

describe('toOpenAIChat through the openai client', () => {
  it('sends model settings, history with tool calls and ids, content parts, tools and a strict json_schema', async () => {
    const openai = new OpenAI({ apiKey: 'sk-test', baseURL: `${server.url}/v1`, maxRetries: 0 });
    const p = await prompts.getPrompt('support/triage');
    const res = await openai.chat.completions.create(
      toOpenAIChat(p, F.VARS, { placeholders: { history: F.OPENAI_HISTORY } }),
    );
    expect(server.requests.at(-1)?.path).toBe('/v1/chat/completions');
    expect(lastBody()).toEqual({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'You triage support tickets.' },
        ...F.OPENAI_HISTORY,
        {
          role: 'user',
          content: [
            { type: 'text', text: TICKET_TEXT },
            { type: 'image_url', image_url: { url: F.SCREENSHOT } },
          ],
        },
      ],
      temperature: 0.2,
      max_completion_tokens: 400,
      top_p: 0.9,
      stop: ['###'],
      seed: 7,
      tools: [
        {
          type: 'function',
          function: { name: 'lookup_order', description: 'Find an order by its id', parameters: TOOL_PARAMETERS },
        },
      ],
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'support_triage', schema: STRICT_OUTPUT, strict: true },
      },
      user: 'user-1',
    });
    expect(p.parseOutput(res.choices[0]?.message.content)).toEqual({
      category: 'billing',
      urgent: true,
      summary: null,
    });
  });

  it('overrides win over the record, params merge', async () => {
    const openai = new OpenAI({ apiKey: 'sk-test', baseURL: `${server.url}/v1`, maxRetries: 0 });
    const p = await prompts.getPrompt('support/triage');
    await openai.chat.completions.create(
      toOpenAIChat(p, F.VARS, {
        placeholders: { history: [] },
        overrides: { name: 'gpt-4.1', temperature: 0, params: { service_tier: 'flex' } },
      }),
    );
    expect(lastBody()).toMatchObject({ model: 'gpt-4.1', temperature: 0, user: 'user-1', service_tier: 'flex' });
  });
});

describe('toOpenAIResponses through the openai client', () => {
  it('sends instructions apart, Responses items as history, tools and text.format', async () => {
    const openai = new OpenAI({ apiKey: 'sk-test', baseURL: `${server.url}/v1`, maxRetries: 0 });
    const p = await prompts.getPrompt('support/triage');
    const res = await openai.responses.create(
      toOpenAIResponses(p, F.VARS, { placeholders: { history: F.RESPONSES_HISTORY } }),
    );
    expect(server.requests.at(-1)?.path).toBe('/v1/responses');
    expect(lastBody()).toEqual({
      model: 'gpt-4o-mini',
      instructions: 'You triage support tickets.',
      input: [
        ...F.RESPONSES_HISTORY,
        {
          role: 'user',
          content: [
            { type: 'input_text', text: TICKET_TEXT },
            { type: 'input_image', image_url: F.SCREENSHOT, detail: 'auto' },
          ],
        },
      ],
      temperature: 0.2,
      max_output_tokens: 400,
      top_p: 0.9,
      tools: [
        {
          type: 'function',
          name: 'lookup_order',
          description: 'Find an order by its id',
          parameters: TOOL_PARAMETERS,
          strict: false,
        },
      ],
      text: { format: { type: 'json_schema', name: 'support_triage', schema: STRICT_OUTPUT, strict: true } },
      user: 'user-1',
    });
    expect(p.parseOutput(res.output_text)).toEqual({ category: 'billing', urgent: true, summary: null });
  });
});

describe('toAnthropic through the @anthropic-ai/sdk client', () => {
  it('sends system apart, max_tokens, tool_use/tool_result history, image blocks, tools and output_config', async () => {
    const anthropic = new Anthropic({ apiKey: 'sk-test', baseURL: server.url, maxRetries: 0 });
    const p = await prompts.getPrompt('support/triage-claude');
    const msg = await anthropic.messages.create(
      toAnthropic(p, F.VARS, { placeholders: { history: F.ANTHROPIC_HISTORY } }),
    );
    expect(server.requests.at(-1)?.path).toBe('/v1/messages');
    expect(lastBody()).toEqual({
      model: 'claude-haiku-4-5',
      max_tokens: 400,
      system: 'You triage support tickets.',
      messages: [
        ...F.ANTHROPIC_HISTORY,
        {
          role: 'user',
          content: [
            { type: 'text', text: TICKET_TEXT },
            { type: 'image', source: { type: 'url', url: F.SCREENSHOT } },
          ],
        },
      ],
      temperature: 0.2,
      top_p: 0.9,
      stop_sequences: ['###'],
      tools: [{ name: 'lookup_order', description: 'Find an order by its id', input_schema: TOOL_PARAMETERS }],
      output_config: { format: { type: 'json_schema', schema: CLOSED_OUTPUT } },
      metadata: { user_id: 'user-1' },
    });
    const block = msg.content[0];
    expect(p.parseOutput(block?.type === 'text' ? block.text : undefined)).toMatchObject({ category: 'billing' });
  });

  it('sends a data: image as a base64 block', async () => {
    const anthropic = new Anthropic({ apiKey: 'sk-test', baseURL: server.url, maxRetries: 0 });
    const p = await prompts.getPrompt('support/triage-claude');
    await anthropic.messages.create(
      toAnthropic(
        p,
        { ...F.VARS, screenshot: 'data:image/png;base64,iVBORw0KGgo=' },
        { placeholders: { history: [] } },
      ),
    );
    expect((lastBody()?.messages as unknown[] | undefined)?.at(-1)).toEqual({
      role: 'user',
      content: [
        { type: 'text', text: TICKET_TEXT },
        { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
      ],
    });
  });
});

describe('toAISDK through generateText and @ai-sdk/openai', () => {
  it('sends system first, ModelMessage history with tool calls and results, tools, settings and the output schema', async () => {
    const provider = createOpenAI({ apiKey: 'sk-test', baseURL: `${server.url}/v1` });
    const p = await prompts.getPrompt('support/triage-ai');
    const request = toAISDK(p, F.VARS, { placeholders: { history: F.AI_SDK_HISTORY } });
    expect(request.system).toBe('You triage support tickets.');
    expect(request.messages.some((m) => m.role === 'system')).toBe(false);
    const result = await generateText({ model: provider.chat('gpt-4o-mini'), maxRetries: 0, ...request });
    expect(server.requests.at(-1)?.path).toBe('/v1/chat/completions');
    expect(lastBody()).toEqual({
      model: 'gpt-4o-mini',
      max_tokens: 400,
      temperature: 0.2,
      top_p: 0.9,
      stop: ['###'],
      seed: 7,
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'support_triage-ai', schema: STRICT_OUTPUT, strict: true },
      },
      messages: [
        { role: 'system', content: 'You triage support tickets.' },
        ...F.OPENAI_HISTORY.slice(0, 3),
        { role: 'assistant', content: 'It shipped yesterday.' },
        {
          role: 'user',
          content: [
            { type: 'text', text: TICKET_TEXT },
            { type: 'image_url', image_url: { url: F.SCREENSHOT } },
          ],
        },
      ],
      tools: [
        {
          type: 'function',
          function: { name: 'lookup_order', description: 'Find an order by its id', parameters: TOOL_PARAMETERS },
        },
      ],
      tool_choice: 'auto',
    });
    expect(result.output).toEqual({ category: 'billing', urgent: true, summary: null });
    expect(p.parseOutput(result.output)).toEqual({ category: 'billing', urgent: true, summary: null });
  });
});
