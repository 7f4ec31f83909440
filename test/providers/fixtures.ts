// Prompts and placeholder histories shared by the adapter tests.
import type { MessageParam } from '@anthropic-ai/sdk/resources/messages/messages';
import type { ModelMessage } from 'ai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ResponseInputItem } from 'openai/resources/responses/responses';
import type { PromptRecord } from '../../src/engine/record.js';

export const SCREENSHOT = 'https://example.com/screenshot.png';

/** A chat prompt with every new field: model settings, tools, content parts, output schema. */
export const TRIAGE: PromptRecord = {
  name: 'support/triage',
  version: '3.0.0',
  type: 'chat',
  model: {
    name: 'gpt-4o-mini',
    provider: 'openai',
    temperature: 0.2,
    maxTokens: 400,
    topP: 0.9,
    stop: ['###'],
    seed: 7,
    params: { user: 'user-1' },
  },
  tools: [
    {
      name: 'lookup_order',
      description: 'Find an order by its id',
      input: { orderId: 'string, the order id', 'verbose?': 'boolean' },
    },
  ],
  input: { schema: { ticket: 'string', screenshot: 'string' } },
  output: { schema: { category: 'string', urgent: 'boolean', 'summary?': 'string' } },
  messages: [
    { role: 'system', content: 'You triage support tickets.' },
    { placeholder: 'history' },
    {
      role: 'user',
      content: [
        { type: 'text', text: 'Ticket: {{ticket}}' },
        { type: 'image', url: '{{screenshot}}' },
      ],
    },
  ],
};

/** The same prompt set up for Anthropic. */
export const TRIAGE_ANTHROPIC: PromptRecord = {
  ...TRIAGE,
  model: {
    name: 'claude-haiku-4-5',
    provider: 'anthropic',
    temperature: 0.2,
    maxTokens: 400,
    topP: 0.9,
    stop: ['###'],
    params: { metadata: { user_id: 'user-1' } },
  },
};

/** The same prompt for the AI SDK (any provider). */
export const TRIAGE_AI_SDK: PromptRecord = {
  ...TRIAGE,
  model: { name: 'gpt-4o-mini', temperature: 0.2, maxTokens: 400, topP: 0.9, stop: ['###'], seed: 7 },
};

export const VARS = { ticket: 'Refund my order A1', screenshot: SCREENSHOT };

export const OPENAI_HISTORY: ChatCompletionMessageParam[] = [
  { role: 'user', content: 'Where is my order?' },
  {
    role: 'assistant',
    content: null,
    tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'lookup_order', arguments: '{"orderId":"A1"}' } }],
  },
  { role: 'tool', tool_call_id: 'call_1', content: '{"status":"shipped"}' },
  { role: 'assistant', content: 'It shipped yesterday.', name: 'support_bot' },
];

export const RESPONSES_HISTORY: ResponseInputItem[] = [
  { role: 'user', content: 'Where is my order?' },
  { type: 'function_call', call_id: 'call_1', name: 'lookup_order', arguments: '{"orderId":"A1"}' },
  { type: 'function_call_output', call_id: 'call_1', output: '{"status":"shipped"}' },
  { role: 'assistant', content: 'It shipped yesterday.' },
];

export const ANTHROPIC_HISTORY: MessageParam[] = [
  { role: 'user', content: 'Where is my order?' },
  { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'lookup_order', input: { orderId: 'A1' } }] },
  { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '{"status":"shipped"}' }] },
  { role: 'assistant', content: 'It shipped yesterday.' },
];

export const AI_SDK_HISTORY: ModelMessage[] = [
  { role: 'user', content: 'Where is my order?' },
  {
    role: 'assistant',
    content: [{ type: 'tool-call', toolCallId: 'call_1', toolName: 'lookup_order', input: { orderId: 'A1' } }],
  },
  {
    role: 'tool',
    content: [
      {
        type: 'tool-result',
        toolCallId: 'call_1',
        toolName: 'lookup_order',
        output: { type: 'json', value: { status: 'shipped' } },
      },
    ],
  },
  { role: 'assistant', content: 'It shipped yesterday.' },
];
