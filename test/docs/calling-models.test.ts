// The examples of docs/calling-models.md, extracted from the page and run as they are written, with the
// real SDK clients aimed at a local recording server (through the SDKs' own base-URL variables): the
// documentation's examples cannot rot.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RecordingServer, startRecordingServer } from '../providers/recording-server.js';

const root = join(import.meta.dirname, '../..');
const page = readFileSync(join(root, 'docs/calling-models.md'), 'utf8');

function example(name: string): string {
  const block = new RegExp(
    `<!-- example:${name}:start -->\\s*\`\`\`ts\\n([\\s\\S]*?)\`\`\`\\s*<!-- example:${name}:end -->`,
  ).exec(page)?.[1];
  if (block === undefined) throw new Error(`docs/calling-models.md lost its ${name} example`);
  return (
    block
      // The examples run on a Node server: 'promptops' is the Node entry there (the price table priced by default).
      .replace(/from 'promptops'/g, "from '../../src/index.node.js'")
      .replace(/from 'promptops\/(openai|anthropic|ai-sdk)'/g, "from '../../src/$1.js'")
  );
}

async function run(name: string): Promise<Record<string, unknown>> {
  const dir = join(root, 'test/.generated');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `calling-models-${name}.ts`);
  writeFileSync(file, example(name));
  const mod = (await import(/* @vite-ignore */ file)) as { result: Record<string, unknown> };
  return mod.result;
}

let server: RecordingServer;
const saved = { ...process.env };
beforeAll(async () => {
  server = await startRecordingServer();
  Object.assign(process.env, {
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: `${server.url}/v1`,
    ANTHROPIC_API_KEY: 'sk-test',
    ANTHROPIC_BASE_URL: server.url,
    AI_SDK_LOG_WARNINGS: 'false',
  });
});
afterAll(async () => {
  for (const key of [
    'OPENAI_API_KEY',
    'OPENAI_BASE_URL',
    'ANTHROPIC_API_KEY',
    'ANTHROPIC_BASE_URL',
    'AI_SDK_LOG_WARNINGS',
  ]) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  await server.close();
});

describe('docs/calling-models.md examples', () => {
  it('OpenAI: chat completions with history, tools and output schema; Responses; usage', async () => {
    server.answer('/v1/chat/completions', {
      ...(await import('../providers/recording-server.js')).CHAT_COMPLETION,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: '{"category":"shipping","urgent":true}', refusal: null },
          finish_reason: 'stop',
          logprobs: null,
        },
      ],
    });
    const result = await run('openai');
    const [chat, responses] = server.requests.slice(-2).map((r) => r.body);
    expect(chat).toMatchObject({
      model: 'gpt-4o-mini',
      temperature: 0.2,
      max_completion_tokens: 400,
      tools: [{ type: 'function', function: { name: 'lookup_order' } }],
      response_format: { type: 'json_schema', json_schema: { name: 'support_triage', strict: true } },
    });
    expect(((chat?.messages ?? []) as unknown[])[2]).toMatchObject({
      role: 'assistant',
      tool_calls: [{ id: 'call_1' }],
    });
    expect(((chat?.messages ?? []) as unknown[])[3]).toEqual({
      role: 'tool',
      tool_call_id: 'call_1',
      content: '{"status":"lost"}',
    });
    expect(responses).toMatchObject({ instructions: 'You triage support tickets.', max_output_tokens: 400 });
    expect(result.verdict).toEqual({ category: 'shipping', urgent: true });
    expect(result.usage).toMatchObject({ type: 'usage', name: 'support/triage', inputTokens: 1200, outputTokens: 300 });
    expect((result.usage as { costUsd?: number }).costUsd).toBeGreaterThan(0);
  });

  it('Anthropic: system apart, tool_use history, max_tokens, output_config; usage', async () => {
    server.answer('/v1/messages', {
      ...(await import('../providers/recording-server.js')).ANTHROPIC_MESSAGE,
      content: [{ type: 'text', text: '{"reply":"It arrives tomorrow."}' }],
    });
    const result = await run('anthropic');
    expect(server.requests.at(-1)?.body).toMatchObject({
      model: 'claude-haiku-4-5',
      max_tokens: 300,
      system: 'You answer support tickets politely.',
      tools: [{ name: 'lookup_order' }],
      output_config: { format: { type: 'json_schema' } },
    });
    expect(result.answer).toEqual({ reply: 'It arrives tomorrow.' });
    expect(result.usage).toMatchObject({ model: 'claude-haiku-4-5', inputTokens: 1000, cachedInputTokens: 100 });
  });

  it('AI SDK: system first, structured output, usage', async () => {
    server.answer('/v1/chat/completions', {
      ...(await import('../providers/recording-server.js')).CHAT_COMPLETION,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: '{"summary":"Late parcel","sentiment":"negative"}', refusal: null },
          finish_reason: 'stop',
          logprobs: null,
        },
      ],
    });
    const result = await run('ai-sdk');
    expect(server.requests.at(-1)?.body).toMatchObject({
      model: 'gpt-4o-mini',
      temperature: 0,
      max_tokens: 200,
      messages: [
        { role: 'system', content: 'Summarise the conversation.' },
        { role: 'user', content: 'My parcel is late.' },
        { role: 'assistant', content: 'Sorry! It arrives tomorrow.' },
      ],
      response_format: { type: 'json_schema' },
    });
    expect(result.summary).toEqual({ summary: 'Late parcel', sentiment: 'negative' });
    expect(result.usage).toMatchObject({ inputTokens: 1200, cachedInputTokens: 200 });
  });
});
